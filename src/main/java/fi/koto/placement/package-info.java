/**
 * What actually happened under the agreements: persons placed per municipality, month and target group
 * (aggregate counts only, never personal data), how far the agreed places are used, and an estimate of the
 * calculated compensation from the rate and period tables (docs/domain.md, "Compensation"). Kept apart from
 * {@code fi.koto.agreement} because these numbers come from other registers and are read-only for the agreement
 * workflow; the calculators are pure classes so the money rules can be tested without a container.
 */
package fi.koto.placement;
