package fi.koto.agreement.entity;

import fi.koto.access.control.Permission;

/** What an official can do to an annual places round, each with the permission it needs. */
public enum PlacesRoundAction {
    /** No more answers: the round is over (answers already given stay, and stay applied). */
    CLOSE(Permission.PLACES_ROUND_MANAGE),
    /** Opens a closed round again, for example to take a municipality's late answer. */
    REOPEN(Permission.PLACES_ROUND_MANAGE);

    private final Permission permission;

    PlacesRoundAction(Permission permission) {
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
