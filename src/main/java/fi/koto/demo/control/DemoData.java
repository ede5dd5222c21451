package fi.koto.demo.control;

import fi.koto.access.control.Role;
import fi.koto.audit.control.AuditTrail;
import fi.koto.identity.control.PasswordHasher;
import fi.koto.identity.entity.UserAccount;
import fi.koto.platform.persistence.SchemaReady;
import fi.koto.reference.entity.Municipality;
import fi.koto.reference.entity.RegionalAuthority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo users (all with the password {@code demo}), created when {@code KOTO_DEMO=true} and only where missing,
 * so restarts keep whatever was done with them. Officials belong to the authority serving their municipalities
 * today, which since 2026 is an elinvoimakeskus.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    static final String PASSWORD = "demo";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "KOTO_DEMO", defaultValue = "false")
    boolean enabled;

    @Transactional
    void seed(@Observes SchemaReady ready) {
        if (!enabled) {
            return;
        }
        int created = 0;
        created += user("admin", Role.ADMIN, "Ada Admin", null) ? 1 : 0;
        created += user("manager", Role.MANAGER, "Maija Manageri", null) ? 1 : 0;
        created += user("coord.helsinki", Role.COORDINATOR, "Helena Koordinaattori", null, "091") ? 1 : 0;
        created += user("coord.vantaa", Role.COORDINATOR, "Ville Koordinaattori", null, "092") ? 1 : 0;
        created += user("coord.jyvaskyla", Role.COORDINATOR, "Jaana Koordinaattori", null, "179") ? 1 : 0;
        created += user("official.uusimaa", Role.OFFICIAL, "Olli Virkamies", servingToday("091")) ? 1 : 0;
        created += user("official.keskisuomi", Role.OFFICIAL, "Kaisa Virkamies", servingToday("179")) ? 1 : 0;
        if (created > 0) {
            int count = created;
            LOG.info(() -> "KOTO_DEMO: created " + count + " demo users (password 'demo')");
        }
    }

    private boolean user(
            String username, Role role, String name, RegionalAuthority authority, String... municipalities) {
        boolean exists = !em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultList()
                .isEmpty();
        if (exists) {
            return false;
        }
        var account = new UserAccount(
                username, PasswordHasher.hash(PASSWORD.toCharArray()), role, name, "fi", OffsetDateTime.now(clock));
        account.changeEmail(username + "@demo.koto.invalid");
        for (String code : municipalities) {
            account.addMunicipality(em.find(Municipality.class, code));
        }
        if (authority != null) {
            account.assignAuthority(authority);
        }
        em.persist(account);
        audit.record("system", "USER_CREATED", "UserAccount", username, "demo user, role " + role);
        return true;
    }

    private RegionalAuthority servingToday(String municipalityCode) {
        return em.createQuery(
                        "select s.authority from ServiceArea s where s.municipality.code = :code"
                                + " and s.validFrom <= :today and (s.validTo is null or s.validTo >= :today)",
                        RegionalAuthority.class)
                .setParameter("code", municipalityCode)
                .setParameter("today", LocalDate.now(clock))
                .getSingleResult();
    }
}
