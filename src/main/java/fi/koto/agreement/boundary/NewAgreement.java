package fi.koto.agreement.boundary;

/** What an official gives to draft an agreement; {@code wellbeingConsultedDate} (YYYY-MM-DD) is optional. */
public record NewAgreement(String municipalityCode, String wellbeingConsultedDate) {}
