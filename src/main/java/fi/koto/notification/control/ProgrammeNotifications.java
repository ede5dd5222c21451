package fi.koto.notification.control;

import fi.koto.identity.entity.UserAccount;
import fi.koto.notification.control.ProgrammeMessages.Audience;
import fi.koto.platform.time.ClockProducer;
import fi.koto.programme.control.ProgrammeTransitioned;
import fi.koto.programme.entity.Programme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells people about steps of a programme's review: observes {@link ProgrammeTransitioned} inside the step's
 * transaction and queues the mails in the outbox there, so a step that rolls back mails nobody. The officials are
 * those of the authority serving the municipalities on the day of the step.
 */
@ApplicationScoped
public class ProgrammeNotifications {

    private static final Logger LOG = Logger.getLogger(ProgrammeNotifications.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Recipients recipients;

    @Inject
    Outbox outbox;

    @Inject
    Links links;

    void onStep(@Observes ProgrammeTransitioned step) {
        Audience audience = ProgrammeMessages.audience(step.action());
        if (audience == Audience.NOBODY) {
            return;
        }
        try {
            Programme programme = em.find(Programme.class, step.programmeId());
            LocalDate day = step.at().atZoneSameInstant(ClockProducer.FINLAND).toLocalDate();
            List<UserAccount> to = audience == Audience.OFFICIALS
                    ? recipients.officialsServing(step.municipalityCodes(), day)
                    : recipients.coordinatorsOf(step.municipalityCodes());
            var facts = new ProgrammeMessages.Facts(
                    programme.getId(),
                    programme.getTitle(),
                    MunicipalityNames.of(programme.getMunicipalities()),
                    programme.getReview().round(),
                    programme.getReview().reviewDue(),
                    links.programme(programme.getId()),
                    programme.getLegalBasis(),
                    programme.getAdoption().decision(),
                    programme.revisionDue().orElse(null));
            ProgrammeMessages.notice(step.action(), facts, displayName(step.actor()), step.comment())
                    .ifPresent(notice -> outbox.queue(to, notice));
        } catch (RuntimeException e) {
            // Mail never stops the step itself; the outbox shows nothing for it, the log says why.
            LOG.log(
                    Level.WARNING,
                    e,
                    () -> "No mail queued for " + step.action() + " of programme " + step.programmeId());
        }
    }

    private String displayName(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .map(UserAccount::getDisplayName)
                .orElse(username);
    }
}
