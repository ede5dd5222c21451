package fi.koto.agreement.boundary;

import jakarta.validation.constraints.NotNull;
import java.util.Map;

/**
 * A municipality's answer in the annual places round: places for the round's year keyed by target group (groups
 * left out get 0), optional nationality preferences and the decision it rests on (body, date YYYY-MM-DD, minutes
 * reference; all optional), and the version of the request the caller saw (required: a stale one answers 409).
 */
public record PlacesAnswer(
        Map<String, Integer> places,
        String nationalityPreferences,
        String decisionBody,
        String decisionDate,
        String decisionReference,
        @NotNull Long version) {}
