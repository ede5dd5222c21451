package fi.koto.placement.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * One hand-entered row of realised placements: persons of a target group placed in a municipality in a month
 * (YYYY-MM), how many of them were under 7, and whether they settled on their own. Replaces the row with the same
 * municipality, month, group and self-settled flag.
 */
public record PlacementEntry(
        String municipalityCode,
        String month,
        String targetGroup,

        @NotNull(message = PERSONS_INVALID)
        @Min(value = 0, message = PERSONS_INVALID)
        @Max(value = Placements.MAX_PERSONS, message = PERSONS_INVALID)
        Integer persons,

        Integer under7,
        Boolean selfSettled) {

    static final String PERSONS_INVALID = "{placement.persons.invalid}";
}
