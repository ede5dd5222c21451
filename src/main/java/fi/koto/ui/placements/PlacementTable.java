package fi.koto.ui.placements;

import fi.koto.placement.boundary.PlacementView;
import fi.koto.placement.boundary.Placements;
import fi.koto.placement.control.PlacementSearch;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Realised placements in the user's scope: filtered by year and municipality, paged and sorted in the database. */
public class PlacementTable extends LazyDataModel<PlacementView> {

    private static final long serialVersionUID = 1L;

    private final Placements placements;
    private Integer year;
    private String municipalityCode;

    PlacementTable(Placements placements, Integer year) {
        this.placements = placements;
        this.year = year;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) placements.count(search(0, 1, PlacementSearch.SortField.MONTH, false));
    }

    @Override
    public List<PlacementView> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        PlacementSearch.SortField field = PlacementSearch.SortField.MONTH;
        boolean ascending = false;
        for (SortMeta sort : sortBy.values()) {
            field = switch (sort.getField()) {
                case "municipality" -> PlacementSearch.SortField.MUNICIPALITY;
                case "group" -> PlacementSearch.SortField.GROUP;
                case "persons" -> PlacementSearch.SortField.PERSONS;
                default -> PlacementSearch.SortField.MONTH;
            };
            ascending = sort.getOrder() != SortOrder.DESCENDING;
        }
        return placements.search(search(first, pageSize, field, ascending));
    }

    private PlacementSearch search(int first, int size, PlacementSearch.SortField field, boolean ascending) {
        return new PlacementSearch(year, municipalityCode, first, size, field, ascending);
    }

    @Override
    public String getRowKey(PlacementView row) {
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
