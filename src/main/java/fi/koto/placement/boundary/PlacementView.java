package fi.koto.placement.boundary;

import fi.koto.placement.entity.RealisedPlacement;

/** A realised-placement row as the API shows it. */
public record PlacementView(
        long id,
        String municipalityCode,
        String month,
        String targetGroup,
        int persons,
        int under7,
        boolean selfSettled,
        long version) {

    public static PlacementView of(RealisedPlacement r) {
        return new PlacementView(
                r.getId(),
                r.getMunicipalityCode(),
                r.getMonth().toString(),
                r.getTargetGroup().name(),
                r.getPersons(),
                r.getUnder7(),
                r.isSelfSettled(),
                r.getVersion());
    }
}
