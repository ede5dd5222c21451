package fi.koto.placement.control;

/**
 * A page of realised placements: an optional year and municipality, a sort column and direction. Values outside the
 * allowed ranges are clamped, so a hand-edited request cannot ask for a million rows.
 */
public record PlacementSearch(
        Integer year, String municipalityCode, int offset, int limit, SortField sort, boolean ascending) {

    public static final int MAX_LIMIT = 200;

    public enum SortField {
        MONTH("month"),
        MUNICIPALITY("municipalityCode"),
        GROUP("targetGroup"),
        PERSONS("persons");

        final String path;

        SortField(String path) {
            this.path = path;
        }
    }

    public PlacementSearch {
        year = year == null || year < 2000 || year > 2100 ? null : year;
        municipalityCode = municipalityCode == null || municipalityCode.isBlank() ? null : municipalityCode.trim();
        offset = Math.max(0, offset);
        limit = Math.min(Math.max(1, limit), MAX_LIMIT);
        sort = sort == null ? SortField.MONTH : sort;
    }
}
