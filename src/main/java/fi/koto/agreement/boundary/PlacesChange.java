package fi.koto.agreement.boundary;

import java.util.Map;

/**
 * New places for one year, keyed by target group (missing groups get 0), with the version the caller saw
 * (null when the year has no places yet).
 */
public record PlacesChange(Map<String, Integer> places, String nationalityPreferences, Long version) {}
