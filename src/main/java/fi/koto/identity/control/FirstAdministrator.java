package fi.koto.identity.control;

import fi.koto.access.control.Role;
import fi.koto.audit.control.AuditTrail;
import fi.koto.identity.entity.UserAccount;
import fi.koto.platform.persistence.SchemaReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A new installation has no users. Unless demo data is on, the first administrator is created from
 * {@code KOTO_ADMIN_PASSWORD} (username {@code KOTO_ADMIN_USERNAME}, default {@code admin}); the password is
 * hashed at once and never stored or logged.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "KOTO_DEMO", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "KOTO_ADMIN_USERNAME", defaultValue = "admin")
    String username;

    @Inject
    @ConfigProperty(name = "KOTO_ADMIN_PASSWORD")
    Optional<String> password;

    @Transactional
    void createIfMissing(@Observes SchemaReady ready) {
        if (demo) {
            return;
        }
        long administrators = em.createQuery("select count(u) from UserAccount u where u.role = :role", Long.class)
                .setParameter("role", Role.ADMIN)
                .getSingleResult();
        if (administrators > 0) {
            return;
        }
        if (password.isEmpty() || password.get().isBlank()) {
            LOG.warning("No administrator exists yet. Set KOTO_ADMIN_PASSWORD (and optionally KOTO_ADMIN_USERNAME)"
                    + " and restart to create the first one.");
            return;
        }
        var admin = new UserAccount(
                username,
                PasswordHasher.hash(password.get().toCharArray()),
                Role.ADMIN,
                "Administrator",
                "fi",
                OffsetDateTime.now(clock));
        em.persist(admin);
        audit.record("system", "USER_CREATED", "UserAccount", username, "first administrator");
        LOG.info(() -> "Created the first administrator '" + username + "' from KOTO_ADMIN_PASSWORD");
    }
}
