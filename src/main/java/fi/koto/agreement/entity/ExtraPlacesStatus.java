package fi.koto.agreement.entity;

/**
 * Where an extra-places request stands: REQUESTED by the authority until the municipality's response is recorded
 * (ANSWERED, with the number of places it accepted, which may be 0). A response is final; a later change of the
 * places goes through the agreement's places like any other.
 */
public enum ExtraPlacesStatus {
    REQUESTED,
    ANSWERED
}
