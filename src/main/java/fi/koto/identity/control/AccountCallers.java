package fi.koto.identity.control;

import fi.koto.access.control.Caller;
import fi.koto.access.control.Callers;
import fi.koto.identity.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The callers of Koto are its user accounts. */
@ApplicationScoped
public class AccountCallers implements Callers {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Caller> byUsername(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .map(AccountCallers::caller);
    }

    public static Caller caller(UserAccount account) {
        return new Caller(
                account.getId(),
                account.getUsername(),
                account.getRole(),
                account.getLanguage(),
                account.accessScope());
    }
}
