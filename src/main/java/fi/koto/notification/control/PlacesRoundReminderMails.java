package fi.koto.notification.control;

import fi.koto.agreement.boundary.PlacesRoundReminderRequested;
import fi.koto.identity.entity.UserAccount;
import fi.koto.notification.entity.NotificationKind;
import fi.koto.reference.entity.Municipality;
import fi.koto.reference.entity.RegionalAuthority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mails a places-round reminder to the coordinators of the municipalities that had not answered. Observes the
 * reminder inside the transaction that records it and queues the mails in the outbox there (so a reminder that
 * rolls back mails nobody; delivery happens after the commit). A coordinator of several reminded municipalities
 * gets one mail naming them all.
 */
@ApplicationScoped
public class PlacesRoundReminderMails {

    private static final Logger LOG = Logger.getLogger(PlacesRoundReminderMails.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Recipients recipients;

    @Inject
    Outbox outbox;

    @Inject
    Links links;

    void onReminder(@Observes PlacesRoundReminderRequested reminder) {
        try {
            Localized authority = authorityName(reminder.authorityCode());
            coordinatorsWithTheirMunicipalities(reminder.municipalityCodes())
                    .forEach((coordinator, theirs) -> outbox.queue(
                            List.of(coordinator),
                            Notice.of(
                                    NotificationKind.PLACES_ROUND_REMINDER,
                                    "PlacesRound:" + reminder.roundId(),
                                    "notification.placesRound.reminder.subject",
                                    "notification.placesRound.reminder.body",
                                    reminder.year(),
                                    Localized.date(reminder.deadline()),
                                    MunicipalityNames.of(theirs),
                                    authority,
                                    links.placesRounds())));
        } catch (RuntimeException e) {
            // Mail never stops the reminder itself: it is recorded and visible on the round's page.
            LOG.log(Level.WARNING, e, () -> "No mail queued for places round reminder " + reminder.reminderId());
        }
    }

    private Map<UserAccount, List<Municipality>> coordinatorsWithTheirMunicipalities(List<String> codes) {
        Map<UserAccount, List<Municipality>> mails = new LinkedHashMap<>();
        for (String code : codes) {
            Municipality municipality = em.find(Municipality.class, code);
            for (UserAccount coordinator : recipients.coordinatorsOf(List.of(code))) {
                mails.computeIfAbsent(coordinator, c -> new ArrayList<>()).add(municipality);
            }
        }
        return mails;
    }

    private Localized authorityName(String code) {
        RegionalAuthority authority = em.createQuery(
                        "select a from RegionalAuthority a where a.code = :code", RegionalAuthority.class)
                .setParameter("code", code)
                .getSingleResult();
        return language -> authority.name(language.code());
    }
}
