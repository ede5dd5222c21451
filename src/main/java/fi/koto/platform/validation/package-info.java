/**
 * Jakarta Validation for request records, turned into the {@code Reason}s every refusal carries. A boundary
 * calls {@link fi.koto.platform.validation.RequestValidation#reasons} first and adds the checks no annotation
 * can say (a code that must exist, a date in the past), then throws one {@code InvalidInputException} with every
 * reason: one 422 problem body over REST, one message per reason on the pages, in the reader's language from the
 * bundles. A {@code ConstraintViolationException} (method validation, {@code @Valid} on a resource) is mapped
 * to the same 422 body.
 */
package fi.koto.platform.validation;
