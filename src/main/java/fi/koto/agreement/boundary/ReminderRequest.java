package fi.koto.agreement.boundary;

import java.util.List;

/** Which municipalities to remind; every municipality that has not answered when left out or empty. */
public record ReminderRequest(List<String> municipalityCodes) {}
