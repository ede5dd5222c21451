package fi.koto.placement.boundary;

/** CDI event fired after a row of realised placements was entered or changed. */
public record PlacementRecorded(
        String municipalityCode,
        String month,
        String targetGroup,
        boolean selfSettled,
        int persons,
        int under7,
        String actor) {}
