package fi.koto.agreement.boundary;

/**
 * What an official gives to ask a municipality for extra places under its agreement: the year (this year when
 * left out), one target group, how many persons, why, and optionally the day the answer is wanted by (YYYY-MM-DD).
 */
public record NewExtraPlacesRequest(Integer year, String targetGroup, Integer persons, String reason, String replyBy) {}
