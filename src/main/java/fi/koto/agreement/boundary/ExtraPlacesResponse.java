package fi.koto.agreement.boundary;

/**
 * The municipality's response to an extra-places request: how many places it accepts (0 declines), the decision
 * (body, date YYYY-MM-DD, minutes reference; optional) and the version of the request the caller saw (required).
 */
public record ExtraPlacesResponse(
        Integer acceptedPlaces, String decisionBody, String decisionDate, String decisionReference, Long version) {}
