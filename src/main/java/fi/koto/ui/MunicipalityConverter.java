package fi.koto.ui;

import fi.koto.reference.boundary.Municipalities;
import fi.koto.reference.control.MunicipalitySearch;
import fi.koto.reference.control.MunicipalityView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/** Turns a municipality picked in a form into its code and back, within the user's scope. */
@ApplicationScoped
@FacesConverter(value = "municipalityConverter", managed = true)
public class MunicipalityConverter implements Converter<MunicipalityView> {

    @Inject
    Municipalities municipalities;

    @Override
    public MunicipalityView getAsObject(FacesContext context, UIComponent component, String code) {
        if (code == null || !code.matches("\\d{3}")) {
            return null;
        }
        return municipalities
                .search(new MunicipalitySearch(code, 0, 5, MunicipalitySearch.SortField.CODE, true))
                .stream()
                .filter(m -> m.code().equals(code))
                .findFirst()
                .orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, MunicipalityView municipality) {
        return municipality == null ? "" : municipality.code();
    }
}
