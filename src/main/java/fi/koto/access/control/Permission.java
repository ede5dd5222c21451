package fi.koto.access.control;

/**
 * What a user may do. Boundaries declare these with {@code @RolesAllowed(Permission.Names.X)}; the identity
 * store hands each user the permissions of their role as groups. {@link Names} repeats the constants because
 * annotations need compile-time strings; a unit test keeps the two in step.
 */
public enum Permission {
    VIEW_MUNICIPALITIES,
    VIEW_AUDIT,
    MANAGE_USERS,
    MANAGE_REFERENCE_DATA,
    PULL_REPORTS,
    PROGRAMME_READ,
    PROGRAMME_EDIT,
    PROGRAMME_REVIEW,
    /** Share one's municipality's draft with the regional authority for guidance, and unshare it. */
    PROGRAMME_SHARE,
    /** Leave guidance notes on drafts shared with one's authority (regional officials). */
    PROGRAMME_GUIDE,
    AGREEMENT_READ,
    AGREEMENT_MANAGE,
    AGREEMENT_DECIDE,
    PLACEMENTS_IMPORT,
    MANAGE_NOTIFICATIONS,
    /** Read annual places rounds and extra-places requests (within scope). */
    PLACES_ROUND_READ,
    /** Open, remind and close places rounds; request extra places (regional officials). */
    PLACES_ROUND_MANAGE,
    /** Answer a places round and respond to extra-places requests for one's municipalities. */
    PLACES_ROUND_ANSWER,
    /** See the reports the quarterly schedule produces for one's area (all of them for managers). */
    REPORT_SCHEDULED_READ,
    /** Read the regional work-permit guidelines, also those in preparation (within scope). */
    GUIDELINE_READ,
    /** Prepare, consult on and decide the work-permit guidelines of one's own authority (regional officials). */
    GUIDELINE_EDIT;

    public static final class Names {
        public static final String VIEW_MUNICIPALITIES = "VIEW_MUNICIPALITIES";
        public static final String VIEW_AUDIT = "VIEW_AUDIT";
        public static final String MANAGE_USERS = "MANAGE_USERS";
        public static final String MANAGE_REFERENCE_DATA = "MANAGE_REFERENCE_DATA";
        public static final String PULL_REPORTS = "PULL_REPORTS";
        public static final String PROGRAMME_READ = "PROGRAMME_READ";
        public static final String PROGRAMME_EDIT = "PROGRAMME_EDIT";
        public static final String PROGRAMME_REVIEW = "PROGRAMME_REVIEW";
        public static final String PROGRAMME_SHARE = "PROGRAMME_SHARE";
        public static final String PROGRAMME_GUIDE = "PROGRAMME_GUIDE";
        public static final String AGREEMENT_READ = "AGREEMENT_READ";
        public static final String AGREEMENT_MANAGE = "AGREEMENT_MANAGE";
        public static final String AGREEMENT_DECIDE = "AGREEMENT_DECIDE";
        public static final String PLACEMENTS_IMPORT = "PLACEMENTS_IMPORT";
        public static final String MANAGE_NOTIFICATIONS = "MANAGE_NOTIFICATIONS";
        public static final String PLACES_ROUND_READ = "PLACES_ROUND_READ";
        public static final String PLACES_ROUND_MANAGE = "PLACES_ROUND_MANAGE";
        public static final String PLACES_ROUND_ANSWER = "PLACES_ROUND_ANSWER";
        public static final String REPORT_SCHEDULED_READ = "REPORT_SCHEDULED_READ";
        public static final String GUIDELINE_READ = "GUIDELINE_READ";
        public static final String GUIDELINE_EDIT = "GUIDELINE_EDIT";

        private Names() {}
    }
}
