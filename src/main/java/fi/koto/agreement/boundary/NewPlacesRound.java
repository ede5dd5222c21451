package fi.koto.agreement.boundary;

/**
 * What an official gives to open the annual places round of their authority: the year of places (next year
 * when left out), the deadline for answers (YYYY-MM-DD; 31 October of this year when left out) and optionally
 * the authority's case reference (e.g. KEHA/26980/2025).
 */
public record NewPlacesRound(Integer year, String deadline, String caseReference) {}
