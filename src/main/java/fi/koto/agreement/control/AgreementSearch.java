package fi.koto.agreement.control;

import fi.koto.agreement.entity.AgreementStatus;

/**
 * A page of the agreement list: an optional status and municipality, a sort column and direction. Values outside
 * the allowed ranges are clamped, so a hand-edited request cannot ask for a million rows.
 */
public record AgreementSearch(
        AgreementStatus status, String municipalityCode, int offset, int limit, SortField sort, boolean ascending) {

    public static final int MAX_LIMIT = 200;

    public enum SortField {
        CREATED("createdAt"),
        MUNICIPALITY("municipality.nameFi"),
        STATUS("status");

        final String path;

        SortField(String path) {
            this.path = path;
        }
    }

    public AgreementSearch {
        municipalityCode = municipalityCode == null || municipalityCode.isBlank() ? null : municipalityCode.trim();
        offset = Math.max(0, offset);
        limit = Math.min(Math.max(1, limit), MAX_LIMIT);
        sort = sort == null ? SortField.CREATED : sort;
    }
}
