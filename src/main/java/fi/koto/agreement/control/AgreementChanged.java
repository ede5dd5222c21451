package fi.koto.agreement.control;

import fi.koto.agreement.entity.AgreementStatus;

/**
 * CDI event fired after every change of an agreement (creation, a transition or a change of places), for
 * notifications and reports to observe. {@code from} and {@code to} are equal when the status did not change.
 */
public record AgreementChanged(
        long agreementId,
        String municipalityCode,
        String action,
        AgreementStatus from,
        AgreementStatus to,
        String actor) {}
