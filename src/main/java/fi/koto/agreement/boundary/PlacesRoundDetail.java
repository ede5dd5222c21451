package fi.koto.agreement.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * One places round with each municipality in the reader's scope, the reminders sent, and the steps the reader's
 * role may take now ({@code CLOSE}, {@code REOPEN}).
 */
public record PlacesRoundDetail(
        PlacesRoundView round,
        List<PlacesRequestView> municipalities,
        List<ReminderView> reminders,
        List<String> actions)
        implements Serializable {}
