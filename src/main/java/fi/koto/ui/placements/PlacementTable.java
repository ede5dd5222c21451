package fi.koto.ui.placements;

import fi.koto.placement.boundary.PlacementView;
import fi.koto.placement.boundary.Placements;
import fi.koto.placement.control.PlacementSearch;
import fi.koto.ui.SearchTable;
import java.util.List;
import java.util.Map;

/** Realised placements in the user's scope: filtered by year and municipality, paged and sorted in the database. */
public class PlacementTable extends SearchTable<PlacementView, PlacementSearch.SortField, PlacementSearch> {

    private static final long serialVersionUID = 1L;

    private final Placements placements;
    private Integer year;
    private String municipalityCode;

    PlacementTable(Placements placements, Integer year) {
        super(
                PlacementSearch.SortField.MONTH,
                false,
                Map.of(
                        "municipality",
                        PlacementSearch.SortField.MUNICIPALITY,
                        "group",
                        PlacementSearch.SortField.GROUP,
                        "persons",
                        PlacementSearch.SortField.PERSONS));
        this.placements = placements;
        this.year = year;
    }

    @Override
    protected PlacementSearch search(int first, int size, PlacementSearch.SortField field, boolean ascending) {
        return new PlacementSearch(year, municipalityCode, first, size, field, ascending);
    }

    @Override
    protected long count(PlacementSearch search) {
        return placements.count(search);
    }

    @Override
    protected List<PlacementView> list(PlacementSearch search) {
        return placements.search(search);
    }

    @Override
    protected String key(PlacementView row) {
        return String.valueOf(row.id());
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }
}
