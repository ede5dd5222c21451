package fi.koto.agreement.control;

import fi.koto.access.control.AccessScope;
import fi.koto.access.control.Role;
import fi.koto.agreement.entity.AgreementStatus;
import fi.koto.agreement.entity.PlacementAgreement;
import fi.koto.agreement.entity.PlacesReminder;
import fi.koto.agreement.entity.PlacesRequest;
import fi.koto.agreement.entity.PlacesRound;
import fi.koto.agreement.entity.PlacesRoundStatus;
import fi.koto.platform.failure.NotFoundException;
import fi.koto.reference.control.ScopeFilter;
import fi.koto.reference.entity.Municipality;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every read of places rounds, their requests and reminders. Rounds and requests are restricted by
 * {@link ScopeFilter#authorityRecord}: officials see their own authority's rounds, coordinators the requests to
 * their municipalities (and the rounds that hold one); outside the scope a round is simply not found.
 */
@ApplicationScoped
public class PlacesRoundRegister {

    @PersistenceContext
    EntityManager em;

    public Optional<PlacesRound> find(long id, AccessScope scope) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<PlacesRound> q = cb.createQuery(PlacesRound.class);
        Root<PlacesRound> round = q.from(PlacesRound.class);
        q.select(round).where(cb.equal(round.get("id"), id), visible(cb, q, round, scope));
        return em.createQuery(q).getResultStream().findFirst();
    }

    /** The round, or 404 when it does not exist or lies outside the scope (the two look the same). */
    public PlacesRound load(long id, AccessScope scope) {
        return find(id, scope).orElseThrow(() -> new NotFoundException("placesRound.notFound", id));
    }

    /** Rounds in scope, optionally of one year and status, newest year first. */
    public List<PlacesRound> list(AccessScope scope, Integer year, PlacesRoundStatus status) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<PlacesRound> q = cb.createQuery(PlacesRound.class);
        Root<PlacesRound> round = q.from(PlacesRound.class);
        round.fetch("authority");
        List<Predicate> where = new ArrayList<>();
        where.add(visible(cb, q, round, scope));
        if (year != null) {
            where.add(cb.equal(round.get("year"), year));
        }
        if (status != null) {
            where.add(cb.equal(round.get("status"), status));
        }
        q.select(round)
                .where(where.toArray(Predicate[]::new))
                .orderBy(
                        cb.desc(round.get("year")),
                        cb.asc(round.get("authority").get("code")));
        return em.createQuery(q).setMaxResults(500).getResultList();
    }

    public Optional<PlacesRound> ofAuthority(long authorityId, int year) {
        return em.createQuery(
                        "select r from PlacesRound r where r.authority.id = :authority and r.year = :year",
                        PlacesRound.class)
                .setParameter("authority", authorityId)
                .setParameter("year", year)
                .getResultStream()
                .findFirst();
    }

    /** The requests of a round in scope, by municipality code. */
    public List<PlacesRequest> requests(PlacesRound round, AccessScope scope) {
        return requests(scope, List.of(round), null, null);
    }

    /** The requests of several rounds in scope (for the summaries of a list). */
    public List<PlacesRequest> requests(Collection<PlacesRound> rounds, AccessScope scope) {
        return rounds.isEmpty() ? List.of() : requests(scope, rounds, null, null);
    }

    /** The request to one municipality in a round, when it lies in the scope. */
    public Optional<PlacesRequest> request(PlacesRound round, String municipalityCode, AccessScope scope) {
        return requests(scope, List.of(round), municipalityCode, null).stream().findFirst();
    }

    /** Requests in scope across all rounds, newest year first (a coordinator's list of what to answer). */
    public List<PlacesRequest> requests(AccessScope scope, PlacesRoundStatus roundStatus) {
        return requests(scope, null, null, roundStatus);
    }

    private List<PlacesRequest> requests(
            AccessScope scope, Collection<PlacesRound> rounds, String municipalityCode, PlacesRoundStatus roundStatus) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<PlacesRequest> q = cb.createQuery(PlacesRequest.class);
        Root<PlacesRequest> r = q.from(PlacesRequest.class);
        r.fetch("municipality");
        r.fetch("round");
        Path<PlacesRound> of = r.get("round");
        List<Predicate> where = new ArrayList<>();
        where.add(ScopeFilter.authorityRecord(
                cb, of.get("authority").get("id"), r.get("municipality").get("code"), scope));
        if (rounds != null) {
            where.add(of.in(rounds));
        }
        if (municipalityCode != null) {
            where.add(cb.equal(r.get("municipality").get("code"), municipalityCode));
        }
        if (roundStatus != null) {
            where.add(cb.equal(of.get("status"), roundStatus));
        }
        q.select(r)
                .where(where.toArray(Predicate[]::new))
                .orderBy(cb.desc(of.get("year")), cb.asc(r.get("municipality").get("code")));
        return em.createQuery(q).setMaxResults(5000).getResultList();
    }

    /** The reminders of a round, oldest first. */
    public List<PlacesReminder> reminders(PlacesRound round) {
        return em.createQuery(
                        "select m from PlacesReminder m where m.round = :round order by m.sentAt, m.id",
                        PlacesReminder.class)
                .setParameter("round", round)
                .getResultList();
    }

    /** The reminders of several rounds, oldest first (for the summaries of a list). */
    public List<PlacesReminder> reminders(Collection<PlacesRound> rounds) {
        if (rounds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select m from PlacesReminder m where m.round in :rounds order by m.sentAt, m.id",
                        PlacesReminder.class)
                .setParameter("rounds", rounds)
                .getResultList();
    }

    /** The municipalities an authority serves on {@code day}, by code: those a new round asks. */
    public List<Municipality> servedBy(long authorityId, LocalDate day) {
        return em.createQuery(
                        "select s.municipality from ServiceArea s where s.authority.id = :authority"
                                + " and s.validFrom <= :day and (s.validTo is null or s.validTo >= :day)"
                                + " order by s.municipality.code",
                        Municipality.class)
                .setParameter("authority", authorityId)
                .setParameter("day", day)
                .getResultList();
    }

    /**
     * The agreement in force for a municipality, the most recently signed when there are several. Not restricted
     * by scope: callers have already found the municipality's request in theirs.
     */
    public Optional<PlacementAgreement> agreementInForce(String municipalityCode) {
        return em.createQuery(
                        "select a from PlacementAgreement a where a.municipality.code = :code"
                                + " and a.status = :active order by a.signedDate desc, a.id desc",
                        PlacementAgreement.class)
                .setParameter("code", municipalityCode)
                .setParameter("active", AgreementStatus.ACTIVE)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /**
     * How many enabled coordinators with an e-mail address each municipality has: who a reminder can reach.
     * Municipalities without any are left out.
     */
    public Map<String, Long> coordinatorsWithEmail(Collection<String> municipalityCodes) {
        Map<String, Long> counts = new HashMap<>();
        if (municipalityCodes.isEmpty()) {
            return counts;
        }
        em.createQuery(
                        "select m.code, count(u) from UserAccount u join u.municipalities m where u.role = :role"
                                + " and u.enabled = true and u.email is not null and m.code in :codes group by m.code",
                        Object[].class)
                .setParameter("role", Role.COORDINATOR)
                .setParameter("codes", municipalityCodes)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /** A round is visible when one of its requests is: the one scope rule for rounds and their requests. */
    private static Predicate visible(
            CriteriaBuilder cb, AbstractQuery<?> query, Root<PlacesRound> round, AccessScope scope) {
        Subquery<Long> any = query.subquery(Long.class);
        Root<PlacesRequest> r = any.from(PlacesRequest.class);
        any.select(r.get("id"))
                .where(
                        cb.equal(r.get("round"), round),
                        ScopeFilter.authorityRecord(
                                cb,
                                round.get("authority").get("id"),
                                r.get("municipality").get("code"),
                                scope));
        return cb.exists(any);
    }
}
