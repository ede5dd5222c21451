package fi.koto.monitoring.control;

import fi.koto.access.control.AccessScope;
import fi.koto.monitoring.entity.Goal;
import fi.koto.monitoring.entity.Indicator;
import fi.koto.monitoring.entity.MonitoringReport;
import fi.koto.monitoring.entity.MonitoringStatus;
import fi.koto.monitoring.entity.PlanMeasure;
import fi.koto.programme.control.ProgrammeCatalog;
import fi.koto.programme.control.ProgrammeSearch;
import fi.koto.programme.entity.Programme;
import fi.koto.reference.control.ScopeFilter;
import fi.koto.reference.entity.Municipality;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scoped reads of plans and monitoring reports, used by the pages, the REST API and the report. A plan is seen by
 * whoever may see its programme: every read starts from {@link ProgrammeCatalog}, so the programmes' scope and
 * draft rules apply unchanged. A monitoring report still in draft is private to the municipality, as a
 * programme draft is: only callers bound to municipalities (its coordinators) see it; the others see it once it
 * is reported.
 */
@ApplicationScoped
public class MonitoringCatalog {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgrammeCatalog programmes;

    /** The programme when the scope may see it; locked for update when {@code lock} is set. */
    public Optional<Programme> programme(AccessScope scope, long id, LocalDate on, boolean lock) {
        return programmes.find(scope, id, on, lock);
    }

    public List<Goal> goals(Programme programme) {
        return em.createQuery("select g from Goal g where g.programme = :p order by g.position, g.id", Goal.class)
                .setParameter("p", programme)
                .getResultList();
    }

    public List<PlanMeasure> measures(Programme programme) {
        return em.createQuery(
                        "select m from PlanMeasure m where m.programme = :p order by m.position, m.id",
                        PlanMeasure.class)
                .setParameter("p", programme)
                .getResultList();
    }

    public List<Indicator> indicators(Programme programme) {
        return em.createQuery(
                        "select i from Indicator i where i.programme = :p order by i.position, i.id", Indicator.class)
                .setParameter("p", programme)
                .getResultList();
    }

    /** Every report of the programme the scope may see, oldest year first. */
    public List<MonitoringReport> reports(AccessScope scope, Programme programme) {
        return em
                .createQuery(
                        "select r from MonitoringReport r where r.programme = :p order by r.year",
                        MonitoringReport.class)
                .setParameter("p", programme)
                .getResultList()
                .stream()
                .filter(r -> visible(scope, r.getStatus()))
                .toList();
    }

    /** The year's report, also a draft (for the coordinator who edits it); locked when {@code lock} is set. */
    public Optional<MonitoringReport> report(Programme programme, int year, boolean lock) {
        var query = em.createQuery(
                        "select r from MonitoringReport r where r.programme = :p and r.year = :year",
                        MonitoringReport.class)
                .setParameter("p", programme)
                .setParameter("year", year);
        if (lock) {
            query.setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }

    /** Whether a report in the status is visible to the scope: drafts to the municipality's coordinators only. */
    public static boolean visible(AccessScope scope, MonitoringStatus status) {
        return status != MonitoringStatus.DRAFT || scope.kind() == AccessScope.Kind.MUNICIPALITIES;
    }

    /** A municipality and the programmes in scope that cover the year, each with its report when visible. */
    public record Coverage(String municipalityCode, List<Covered> programmes) {}

    public record Covered(Programme programme, MonitoringReport report) {}

    /**
     * For the year: every mainland municipality in scope (Åland arranges integration under its own act) with the
     * programmes the scope sees whose period covers the year, each with its report when the scope may see it.
     */
    public List<Coverage> coverage(AccessScope scope, int year, LocalDate on) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<String> q = cb.createQuery(String.class);
        Root<Municipality> m = q.from(Municipality.class);
        q.select(m.get("code"))
                .where(cb.isFalse(m.get("aland")), ScopeFilter.municipality(cb, q, m, scope, on))
                .orderBy(cb.asc(m.get("code")));
        List<String> codes = em.createQuery(q).getResultList();

        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<Programme> covering = new ArrayList<>();
        for (int offset = 0; ; offset += ProgrammeSearch.MAX_LIMIT) {
            List<Programme> page = programmes.search(
                    scope,
                    new ProgrammeSearch(
                            null, null, offset, ProgrammeSearch.MAX_LIMIT, ProgrammeSearch.SortField.PERIOD, true),
                    on);
            page.stream()
                    .filter(p -> !p.getPeriodStart().isAfter(last)
                            && !p.getPeriodEnd().isBefore(first))
                    .forEach(covering::add);
            if (page.size() < ProgrammeSearch.MAX_LIMIT) {
                break;
            }
        }
        Map<Long, MonitoringReport> reports = new HashMap<>();
        if (!covering.isEmpty()) {
            em
                    .createQuery(
                            "select r from MonitoringReport r where r.year = :year and r.programme in :ps",
                            MonitoringReport.class)
                    .setParameter("year", year)
                    .setParameter("ps", covering)
                    .getResultList()
                    .stream()
                    .filter(r -> visible(scope, r.getStatus()))
                    .forEach(r -> reports.put(r.getProgramme().getId(), r));
        }
        Map<String, List<Covered>> byCode = new HashMap<>();
        for (Programme p : covering) {
            for (String code : p.municipalityCodes()) {
                byCode.computeIfAbsent(code, k -> new ArrayList<>()).add(new Covered(p, reports.get(p.getId())));
            }
        }
        return codes.stream()
                .map(code -> new Coverage(code, byCode.getOrDefault(code, List.of())))
                .toList();
    }
}
