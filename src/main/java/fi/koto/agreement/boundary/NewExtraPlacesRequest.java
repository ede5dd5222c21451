package fi.koto.agreement.boundary;

import fi.koto.agreement.control.PlacesInput;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * What an official gives to ask a municipality for extra places under its agreement: the year (this year when
 * left out), one target group, how many persons, why, and optionally the day the answer is wanted by (YYYY-MM-DD).
 */
public record NewExtraPlacesRequest(
        Integer year,
        @NotBlank String targetGroup,

        @NotNull(message = PERSONS_INVALID)
        @Min(value = 1, message = PERSONS_INVALID)
        @Max(value = PlacesInput.MAX_PLACES, message = PERSONS_INVALID)
        Integer persons,

        String reason,
        String replyBy) {

    static final String PERSONS_INVALID = "{extraPlaces.persons.invalid}";
}
