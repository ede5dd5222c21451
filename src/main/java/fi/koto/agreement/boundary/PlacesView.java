package fi.koto.agreement.boundary;

import fi.koto.agreement.entity.AnnualPlaces;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** The places of one agreement and year, keyed by target group, with the version to send back on change. */
public record PlacesView(
        long agreementId, int year, Map<String, Integer> places, int total, String nationalityPreferences, long version)
        implements Serializable {

    public static PlacesView of(AnnualPlaces p) {
        Map<String, Integer> places = new LinkedHashMap<>();
        p.places().forEach((group, count) -> places.put(group.name(), count));
        return new PlacesView(
                p.getAgreement().getId(),
                p.getYear(),
                places,
                p.total(),
                p.getNationalityPreferences(),
                p.getVersion());
    }
}
