package fi.koto.ui;

import fi.koto.reference.boundary.Municipalities;
import fi.koto.reference.control.MunicipalityName;
import fi.koto.reference.control.MunicipalitySearch;
import fi.koto.reference.control.MunicipalityView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The municipalities the user may see (an official: those their authority serves today), by name in the page's
 * language, for the pickers and filters of the agreement and placement pages, and their names by code for tables.
 */
@Named
@RequestScoped
public class MunicipalityChoices {

    @Inject
    Municipalities municipalities;

    @Inject
    LanguageSelection languages;

    private List<MunicipalityView> all;
    private Map<String, MunicipalityName> names;

    public List<MunicipalityView> getAll() {
        if (all == null) {
            all = municipalities.search(MunicipalitySearch.all());
        }
        return all;
    }

    public String label(MunicipalityView m) {
        return m == null ? "" : m.name(languages.getCode()) + " (" + m.code() + ")";
    }

    /**
     * "Helsinki (091), Vantaa (092)" in the page's language (Helsingfors, Vanda on a Swedish page) for the
     * municipalities of an object the user reads, whether or not each is in the user's own scope.
     */
    public String namesOf(Collection<String> codes) {
        if (names == null) {
            names = municipalities.names();
        }
        return codes.stream()
                .map(code ->
                        names.containsKey(code) ? names.get(code).name(languages.getCode()) + " (" + code + ")" : code)
                .collect(Collectors.joining(", "));
    }

    /** "Helsinki (091)" in the page's language; the bare code for a code that names no municipality. */
    public String labelOf(String code) {
        return namesOf(List.of(code));
    }
}
