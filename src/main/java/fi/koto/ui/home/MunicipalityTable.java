package fi.koto.ui.home;

import fi.koto.reference.boundary.Municipalities;
import fi.koto.reference.control.MunicipalitySearch;
import fi.koto.reference.control.MunicipalityView;
import fi.koto.ui.LanguageSelection;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The home page's municipality list: paged, sorted and searched in the database, within the user's scope. */
public class MunicipalityTable extends LazyDataModel<MunicipalityView> {

    private static final long serialVersionUID = 1L;

    private final Municipalities municipalities;
    private final LanguageSelection languages;
    private String searchText = "";

    MunicipalityTable(Municipalities municipalities, LanguageSelection languages) {
        this.municipalities = municipalities;
        this.languages = languages;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) municipalities.count(searchText);
    }

    @Override
    public List<MunicipalityView> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        MunicipalitySearch.SortField field = MunicipalitySearch.SortField.NAME;
        boolean ascending = true;
        for (SortMeta sort : sortBy.values()) {
            field = switch (sort.getField()) {
                case "code" -> MunicipalitySearch.SortField.CODE;
                case "region" -> MunicipalitySearch.SortField.REGION;
                default -> MunicipalitySearch.SortField.NAME;
            };
            ascending = sort.getOrder() != SortOrder.DESCENDING;
        }
        return municipalities.search(new MunicipalitySearch(searchText, first, pageSize, field, ascending));
    }

    @Override
    public String getRowKey(MunicipalityView row) {
        return row.code();
    }

    public String name(MunicipalityView row) {
        return row.name(languages.getCode());
    }

    public String region(MunicipalityView row) {
        return row.regionName(languages.getCode());
    }

    public String authority(MunicipalityView row) {
        return row.authority() == null ? "" : row.authority().name(languages.getCode());
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText == null ? "" : searchText;
    }
}
