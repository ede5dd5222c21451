package fi.koto.programme.control;

import fi.koto.programme.entity.ProgrammeStatus;

/**
 * A page of the programme list: an optional status and municipality, a sort column and direction. Values
 * outside the allowed ranges are clamped.
 */
public record ProgrammeSearch(
        ProgrammeStatus status, String municipalityCode, int offset, int limit, SortField sort, boolean ascending) {

    public static final int MAX_LIMIT = 200;

    public enum SortField {
        CHANGED("authorship.changedAt"),
        TITLE("titles.fi"),
        STATUS("status"),
        REVIEW_DUE("review.reviewDue"),
        PERIOD("periodStart");

        /** The attribute to sort by, with a dot into an embedded part. */
        final String path;

        SortField(String path) {
            this.path = path;
        }
    }

    public ProgrammeSearch {
        municipalityCode = municipalityCode == null || municipalityCode.isBlank() ? null : municipalityCode.trim();
        offset = Math.max(0, offset);
        limit = Math.min(Math.max(1, limit), MAX_LIMIT);
        sort = sort == null ? SortField.CHANGED : sort;
    }
}
