package fi.koto.notification.entity;

/**
 * What a notification is about. Stored with each outbox row so that operations can tell mails apart; a component
 * that starts sending a new kind of mail adds its constant here.
 */
public enum NotificationKind {
    /** A programme was submitted (or submitted again) for review: to the serving authority's officials. */
    PROGRAMME_SUBMITTED,
    /** An official sent a programme back for changes: to the municipality's coordinators. */
    PROGRAMME_CHANGES_REQUESTED,
    /** An official approved a programme: to the municipality's coordinators. */
    PROGRAMME_APPROVED,
    /** A coordinator recorded the municipality's adoption: to the serving authority's officials. */
    PROGRAMME_ADOPTED,
    /** The daily list of an official's overdue reviews. */
    OVERDUE_REVIEWS_DIGEST,
    /** An official reminded municipalities that have not answered the annual places round: to their coordinators. */
    PLACES_ROUND_REMINDER,
    /** A regional work-permit guideline ends within 30 days and no successor is decided: to its authorities' officials. */
    GUIDELINE_EXPIRING
}
