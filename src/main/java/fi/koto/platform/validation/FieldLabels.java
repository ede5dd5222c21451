package fi.koto.platform.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a request record: the standard reasons ({@code input.required}, {@code input.tooLong}, ...) name a field by
 * its label in the bundles, {@code value() + "." + field} (for example {@code programme.field.decisionBody}),
 * instead of by its request name.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface FieldLabels {

    /** The bundle key prefix of the labels, without the trailing dot. */
    String value();
}
