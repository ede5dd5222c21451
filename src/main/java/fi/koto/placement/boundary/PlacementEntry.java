package fi.koto.placement.boundary;

/**
 * One hand-entered row of realised placements: persons of a target group placed in a municipality in a month
 * (YYYY-MM), how many of them were under 7, and whether they settled on their own. Replaces the row with the same
 * municipality, month, group and self-settled flag.
 */
public record PlacementEntry(
        String municipalityCode,
        String month,
        String targetGroup,
        Integer persons,
        Integer under7,
        Boolean selfSettled) {}
