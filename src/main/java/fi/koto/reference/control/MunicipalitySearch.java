package fi.koto.reference.control;

/**
 * A page of the municipality list: free text matched against code and names, a sort column and direction.
 * Values outside the allowed ranges are clamped, so a hand-edited URL cannot ask for a million rows.
 */
public record MunicipalitySearch(String text, int offset, int limit, SortField sort, boolean ascending) {

    public static final int MAX_LIMIT = 500;

    public enum SortField {
        CODE("code"),
        NAME("nameFi"),
        REGION("region.code");

        final String path;

        SortField(String path) {
            this.path = path;
        }
    }

    public MunicipalitySearch {
        text = text == null ? "" : text.trim();
        offset = Math.max(0, offset);
        limit = Math.min(Math.max(1, limit), MAX_LIMIT);
        sort = sort == null ? SortField.NAME : sort;
    }

    public static MunicipalitySearch all() {
        return new MunicipalitySearch("", 0, MAX_LIMIT, SortField.NAME, true);
    }
}
