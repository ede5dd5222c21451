package fi.koto.agreement.boundary;

import fi.koto.agreement.control.PlacesInput;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The municipality's response to an extra-places request: how many places it accepts (0 declines), the decision
 * (body, date YYYY-MM-DD, minutes reference; optional) and the version of the request the caller saw (required).
 */
public record ExtraPlacesResponse(
        @NotNull(message = ACCEPTED_INVALID)
        @Min(value = 0, message = ACCEPTED_INVALID)
        @Max(value = PlacesInput.MAX_PLACES, message = ACCEPTED_INVALID)
        Integer acceptedPlaces,

        String decisionBody,
        String decisionDate,
        String decisionReference,
        @NotNull Long version) {

    static final String ACCEPTED_INVALID = "{extraPlaces.accepted.invalid}";
}
