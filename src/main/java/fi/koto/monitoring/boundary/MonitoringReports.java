package fi.koto.monitoring.boundary;

import fi.koto.access.control.AccessScope;
import fi.koto.access.control.CurrentUser;
import fi.koto.access.control.Permission;
import fi.koto.audit.control.AuditTrail;
import fi.koto.monitoring.boundary.MonitoringJson.AccountView;
import fi.koto.monitoring.boundary.MonitoringJson.Entry;
import fi.koto.monitoring.boundary.MonitoringJson.Overview;
import fi.koto.monitoring.boundary.MonitoringJson.OverviewRow;
import fi.koto.monitoring.boundary.MonitoringJson.Report;
import fi.koto.monitoring.boundary.MonitoringJson.ValueView;
import fi.koto.monitoring.boundary.MonitoringJson.YearSummary;
import fi.koto.monitoring.control.Checks;
import fi.koto.monitoring.control.MonitoringCatalog;
import fi.koto.monitoring.control.MonitoringCatalog.Coverage;
import fi.koto.monitoring.control.MonitoringCatalog.Covered;
import fi.koto.monitoring.control.MonitoringTransitioned;
import fi.koto.monitoring.control.MonitoringYears;
import fi.koto.monitoring.entity.Indicator;
import fi.koto.monitoring.entity.MeasureAccount;
import fi.koto.monitoring.entity.MeasureProgress;
import fi.koto.monitoring.entity.MonitoringAction;
import fi.koto.monitoring.entity.MonitoringReport;
import fi.koto.monitoring.entity.MonitoringStatus;
import fi.koto.monitoring.entity.PlanMeasure;
import fi.koto.platform.failure.ConflictException;
import fi.koto.platform.failure.InvalidInputException;
import fi.koto.platform.failure.NotFoundException;
import fi.koto.platform.failure.Reason;
import fi.koto.programme.entity.Programme;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The annual monitoring of a programme: the coordinator enters each indicator's value and an account of each
 * measure (done, in progress, not started, with a comment), then reports the year to the regional authority; a
 * reported year may be reopened to correct it. The authority's overview says which municipalities in its area
 * have reported. Every read goes through {@link MonitoringCatalog} (the one scope layer).
 */
@Stateless
@RolesAllowed(Permission.Names.PROGRAMME_READ)
public class MonitoringReports {

    @PersistenceContext
    EntityManager em;

    @Inject
    MonitoringCatalog catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Event<MonitoringTransitioned> transitioned;

    @Inject
    Clock clock;

    /** The years of the programme that can be monitored now, each with its state as the caller may see it. */
    public List<YearSummary> years(long programmeId) {
        Programme p = load(programmeId, false);
        Map<Integer, MonitoringReport> byYear = new HashMap<>();
        catalog.reports(currentUser.scope(), p).forEach(r -> byYear.put(r.getYear(), r));
        List<YearSummary> years = new ArrayList<>();
        int last = MonitoringYears.last(p.getPeriodEnd(), today());
        for (int year = MonitoringYears.first(p.getPeriodStart()); year <= last; year++) {
            MonitoringReport r = byYear.get(year);
            years.add(new YearSummary(
                    year, r == null ? "NONE" : r.getStatus().name(), r == null ? null : r.getReportedAt()));
        }
        return years;
    }

    public Report find(long programmeId, int year) {
        Programme p = load(programmeId, false);
        AccessScope scope = currentUser.scope();
        boolean editor = mayEdit();
        return catalog.report(p, year, false)
                .filter(r -> MonitoringCatalog.visible(scope, r.getStatus()))
                .map(r -> Report.of(r, editor && r.getStatus().isEditable()))
                .orElseGet(() -> Report.none(p.getId(), year, editor && yearProblem(p, year) == null));
    }

    /**
     * Saves the year's figures as a draft (creating the year's report on the first save): the values and accounts
     * given replace those saved. Every reason is given at once; nothing is saved when any is found.
     */
    @RolesAllowed(Permission.Names.PROGRAMME_EDIT)
    public Report enter(long programmeId, int year, Entry entry) {
        Programme p = load(programmeId, true);
        List<Reason> problems = new ArrayList<>();
        Reason yearProblem = yearProblem(p, year);
        if (yearProblem != null) {
            throw new InvalidInputException(List.of(yearProblem));
        }
        MonitoringReport report = catalog.report(p, year, true).orElse(null);
        if (report != null) {
            if (entry.version() == null) {
                throw new InvalidInputException("monitoring.version.required");
            }
            if (report.getVersion() != entry.version()) {
                throw new ConflictException("monitoring.stale", report.getChangedBy());
            }
            if (!report.getStatus().isEditable()) {
                throw new ConflictException(
                        "monitoring.report.notEditable", report.getStatus().name());
            }
        } else if (entry.version() != null) {
            throw new ConflictException("monitoring.stale", "");
        }
        Map<Long, BigDecimal> values = values(p, entry.values(), problems);
        Map<Long, MeasureAccount> accounts = accounts(p, entry.accounts(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean created = report == null;
        if (created) {
            report = new MonitoringReport(p, year, currentUser.username(), now());
            em.persist(report);
        }
        report.enter(values, accounts, currentUser.username(), now());
        em.flush();
        audit.record(
                currentUser.username(),
                created ? "MONITORING_STARTED" : "MONITORING_SAVED",
                "Programme",
                String.valueOf(programmeId),
                year + ": " + values.size() + " values, " + accounts.size() + " accounts");
        return Report.of(report, true);
    }

    /**
     * Reports the year to the regional authority. Every measure running in the year needs an account (a measure not
     * started, a comment); indicator values may still be missing, as statistics are often published later.
     */
    @RolesAllowed(Permission.Names.PROGRAMME_EDIT)
    public Report report(long programmeId, int year, Long version) {
        Programme p = load(programmeId, true);
        MonitoringReport report = existing(p, year, version);
        List<Reason> problems = new ArrayList<>();
        for (PlanMeasure m : catalog.measures(p)) {
            if (m.runsIn(year) && !report.getAccounts().containsKey(m.getId())) {
                problems.add(Reason.of("monitoring.account.missing", m.getActionFi()));
            }
        }
        if (report.getStatus() == MonitoringStatus.DRAFT && !problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return transition(p, report, MonitoringAction.REPORT);
    }

    /** Takes a reported year back to correct it; it is private to the municipality again until reported. */
    @RolesAllowed(Permission.Names.PROGRAMME_EDIT)
    public Report reopen(long programmeId, int year, Long version) {
        Programme p = load(programmeId, true);
        return transition(p, existing(p, year, version), MonitoringAction.REOPEN);
    }

    private Report transition(Programme p, MonitoringReport report, MonitoringAction action) {
        MonitoringStatus from = report.getStatus();
        OffsetDateTime at = now();
        if (!report.apply(action, currentUser.username(), at)) {
            throw new ConflictException("monitoring.action.notAllowed", action.name(), from.name());
        }
        em.flush();
        audit.record(
                currentUser.username(),
                "MONITORING_" + action.name(),
                "Programme",
                String.valueOf(p.getId()),
                report.getYear() + ": " + from + " -> " + report.getStatus());
        transitioned.fire(new MonitoringTransitioned(
                p.getId(),
                report.getYear(),
                Set.copyOf(p.municipalityCodes()),
                action,
                from,
                report.getStatus(),
                currentUser.username(),
                at));
        return Report.of(report, report.getStatus().isEditable());
    }

    /**
     * The year's overview for the caller's scope: every mainland municipality with the programmes covering the year
     * and whether each has reported (a draft counts as not reported), or NO_PLAN.
     */
    public Overview overview(Integer wanted) {
        int year = wanted == null ? today().getYear() - 1 : wanted;
        if (year < 2000 || year > today().getYear()) {
            throw new InvalidInputException("monitoring.year.invalid", String.valueOf(year));
        }
        List<OverviewRow> rows = new ArrayList<>();
        int reported = 0;
        int notReported = 0;
        int withoutPlan = 0;
        List<Coverage> coverage = catalog.coverage(currentUser.scope(), year, today());
        for (Coverage c : coverage) {
            if (c.programmes().isEmpty()) {
                rows.add(new OverviewRow(c.municipalityCode(), null, null, "NO_PLAN", null));
                withoutPlan++;
                continue;
            }
            boolean any = false;
            for (Covered covered : c.programmes()) {
                MonitoringReport r = covered.report();
                boolean done = r != null && r.getStatus() == MonitoringStatus.REPORTED;
                any |= done;
                rows.add(new OverviewRow(
                        c.municipalityCode(),
                        covered.programme().getId(),
                        covered.programme().getTitle(),
                        done ? "REPORTED" : "NOT_REPORTED",
                        done ? r.getReportedAt() : null));
            }
            if (any) {
                reported++;
            } else {
                notReported++;
            }
        }
        return new Overview(year, coverage.size(), reported, notReported, withoutPlan, rows);
    }

    private MonitoringReport existing(Programme p, int year, Long version) {
        if (version == null) {
            throw new InvalidInputException("monitoring.version.required");
        }
        MonitoringReport report = catalog.report(p, year, true)
                .orElseThrow(() -> version < 0
                        ? new ConflictException("monitoring.stale", "")
                        : new NotFoundException("monitoring.report.notFound", String.valueOf(year)));
        if (report.getVersion() != version) {
            throw new ConflictException("monitoring.stale", report.getChangedBy());
        }
        return report;
    }

    private Map<Long, BigDecimal> values(Programme p, List<ValueView> given, List<Reason> problems) {
        Map<Long, Indicator> indicators = new HashMap<>();
        catalog.indicators(p).forEach(i -> indicators.put(i.getId(), i));
        Map<Long, BigDecimal> values = new LinkedHashMap<>();
        for (ValueView v : given == null ? List.<ValueView>of() : given) {
            Indicator indicator = indicators.get(v.indicatorId());
            if (indicator == null) {
                problems.add(Reason.of("monitoring.value.indicator.unknown", v.indicatorId()));
            } else if (values.containsKey(v.indicatorId())) {
                problems.add(Reason.of("monitoring.value.twice", indicator.getNameFi()));
            } else if (v.value() != null) {
                values.put(v.indicatorId(), Checks.figure(v.value(), "monitoring.value", problems));
            }
        }
        return values;
    }

    private Map<Long, MeasureAccount> accounts(Programme p, List<AccountView> given, List<Reason> problems) {
        Map<Long, PlanMeasure> measures = new HashMap<>();
        catalog.measures(p).forEach(m -> measures.put(m.getId(), m));
        Map<Long, MeasureAccount> accounts = new LinkedHashMap<>();
        Set<Long> seen = new HashSet<>();
        for (AccountView a : given == null ? List.<AccountView>of() : given) {
            PlanMeasure measure = measures.get(a.measureId());
            if (measure == null) {
                problems.add(Reason.of("monitoring.account.measure.unknown", a.measureId()));
                continue;
            }
            if (!seen.add(a.measureId())) {
                problems.add(Reason.of("monitoring.account.twice", measure.getActionFi()));
                continue;
            }
            if (a.progress() == null || a.progress().isBlank()) {
                continue; // nothing said about this measure yet
            }
            MeasureProgress progress =
                    Checks.choice(MeasureProgress.class, a.progress(), true, "monitoring.account.progress", problems);
            String comment = Checks.text(
                    a.comment(), MeasureAccount.COMMENT_LIMIT, false, "monitoring.account.comment", problems);
            if (progress != null && progress.needsComment() && comment == null) {
                problems.add(Reason.of("monitoring.account.comment.needed", measure.getActionFi()));
            }
            if (progress != null) {
                accounts.put(a.measureId(), new MeasureAccount(progress, comment));
            }
        }
        return accounts;
    }

    private Reason yearProblem(Programme p, int year) {
        return MonitoringYears.check(year, p.getPeriodStart(), p.getPeriodEnd(), today());
    }

    private boolean mayEdit() {
        return currentUser.role().map(r -> r.has(Permission.PROGRAMME_EDIT)).orElse(false);
    }

    private Programme load(long programmeId, boolean lock) {
        return catalog.programme(currentUser.scope(), programmeId, today(), lock)
                .orElseThrow(() -> new NotFoundException("programme.notFound", String.valueOf(programmeId)));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
