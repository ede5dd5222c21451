package fi.koto.notification.control;

import fi.koto.access.control.Role;
import fi.koto.identity.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Who is told about a municipality's matters: its coordinators, or the officials of the authority serving it on a
 * given day. Only enabled accounts with an e-mail address are returned; each person once.
 */
@ApplicationScoped
public class Recipients {

    @PersistenceContext
    EntityManager em;

    /** The officials of the authorities serving any of the municipalities on the day. */
    public List<UserAccount> officialsServing(Collection<String> municipalityCodes, LocalDate day) {
        if (municipalityCodes.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select u from UserAccount u where u.role = :role and u.enabled = true"
                                + " and u.email is not null and u.authority.id in (select s.authority.id from ServiceArea s"
                                + " where s.municipality.code in :codes and s.validFrom <= :day"
                                + " and (s.validTo is null or s.validTo >= :day)) order by u.username",
                        UserAccount.class)
                .setParameter("role", Role.OFFICIAL)
                .setParameter("codes", municipalityCodes)
                .setParameter("day", day)
                .getResultList();
    }

    /** The coordinators bound to any of the municipalities. */
    public List<UserAccount> coordinatorsOf(Collection<String> municipalityCodes) {
        if (municipalityCodes.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select distinct u from UserAccount u join u.municipalities m where u.role = :role"
                                + " and u.enabled = true and u.email is not null and m.code in :codes order by u.username",
                        UserAccount.class)
                .setParameter("role", Role.COORDINATOR)
                .setParameter("codes", municipalityCodes)
                .getResultList();
    }

    /** Enabled officials with an e-mail address and an authority: the readers of the overdue digest. */
    public List<UserAccount> officialsWithMail() {
        return em.createQuery(
                        "select u from UserAccount u where u.role = :role and u.enabled = true"
                                + " and u.email is not null and u.authority is not null order by u.username",
                        UserAccount.class)
                .setParameter("role", Role.OFFICIAL)
                .getResultList();
    }
}
