package fi.koto.agreement.entity;

import fi.koto.access.control.Permission;

/** What can be done to a placement agreement, each with the permission it needs. */
public enum AgreementAction {
    /** The authority records that the wellbeing services county was consulted; required before sending. */
    RECORD_CONSULTATION(Permission.AGREEMENT_MANAGE),
    /** The authority sends the agreement to the municipality for its decision. */
    SEND(Permission.AGREEMENT_MANAGE),
    /** The municipality's coordinator records the council's or board's decision. */
    RECORD_DECISION(Permission.AGREEMENT_DECIDE),
    /** The authority records the signing; the agreement is then in force. */
    SIGN(Permission.AGREEMENT_MANAGE),
    /** The authority ends the agreement; a comment saying why is mandatory. */
    TERMINATE(Permission.AGREEMENT_MANAGE);

    private final Permission permission;

    AgreementAction(Permission permission) {
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
