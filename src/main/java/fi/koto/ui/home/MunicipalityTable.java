package fi.koto.ui.home;

import fi.koto.reference.boundary.Municipalities;
import fi.koto.reference.control.MunicipalitySearch;
import fi.koto.reference.control.MunicipalityView;
import fi.koto.ui.LanguageSelection;
import fi.koto.ui.SearchTable;
import java.util.List;
import java.util.Map;

/** The home page's municipality list: paged, sorted and searched in the database, within the user's scope. */
public class MunicipalityTable extends SearchTable<MunicipalityView, MunicipalitySearch.SortField, MunicipalitySearch> {

    private static final long serialVersionUID = 1L;

    private final Municipalities municipalities;
    private final LanguageSelection languages;
    private String searchText = "";

    MunicipalityTable(Municipalities municipalities, LanguageSelection languages) {
        super(
                MunicipalitySearch.SortField.NAME,
                true,
                Map.of("code", MunicipalitySearch.SortField.CODE, "region", MunicipalitySearch.SortField.REGION));
        this.municipalities = municipalities;
        this.languages = languages;
    }

    @Override
    protected MunicipalitySearch search(int first, int size, MunicipalitySearch.SortField field, boolean ascending) {
        return new MunicipalitySearch(searchText, first, size, field, ascending);
    }

    @Override
    protected long count(MunicipalitySearch search) {
        return municipalities.count(searchText);
    }

    @Override
    protected List<MunicipalityView> list(MunicipalitySearch search) {
        return municipalities.search(search);
    }

    @Override
    protected String key(MunicipalityView row) {
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
