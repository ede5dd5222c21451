package fi.koto.guideline.boundary;

import fi.koto.access.control.Permission;
import fi.koto.audit.control.AuditTrail;
import fi.koto.guideline.control.GuidelineCatalog;
import fi.koto.guideline.control.GuidelineExpiring;
import fi.koto.guideline.control.GuidelineTransitioned;
import fi.koto.guideline.entity.GuidelineAction;
import fi.koto.guideline.entity.GuidelineEvent;
import fi.koto.guideline.entity.GuidelineStatus;
import fi.koto.guideline.entity.WorkPermitGuideline;
import fi.koto.platform.schedule.ScheduledRuns;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The transitions the calendar makes: a decided guideline takes effect on its effective day and supersedes the
 * previous guideline of its area that day; a guideline in force whose period has ended expires. Recorded by a
 * daily run (and at a decision whose effective day has come) so that each has its audit record, timeline row and
 * event, like the officials' transitions. What the public sees is computed from the dates
 * ({@link WorkPermitGuideline#inForceOn}), so it is right even before the day's run. The run also fires the
 * reminder {@link GuidelineExpiring} once, {@code KOTO_GUIDELINE_REMINDER_DAYS} (30) days before the last day.
 */
@Stateless
public class GuidelineLifecycle {

    static final String JOB = "guideline-lifecycle";

    @PersistenceContext
    EntityManager em;

    @Inject
    GuidelineCatalog catalog;

    @Inject
    AuditTrail audit;

    @Inject
    ScheduledRuns runs;

    @Inject
    Event<GuidelineTransitioned> transitioned;

    @Inject
    Event<GuidelineExpiring> expiring;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "KOTO_GUIDELINE_REMINDER_DAYS", defaultValue = "30")
    int reminderDays;

    /** What one run did. */
    public record Run(LocalDate day, int tookEffect, int superseded, int expired, int reminded) {}

    /** Runs the day's transitions now (administrators; the daily timer runs {@link #daily}). */
    @RolesAllowed(Permission.Names.MANAGE_NOTIFICATIONS)
    public Run runNow() {
        return run(LocalDate.now(clock), "system");
    }

    /** The daily run, once per cluster and day (the claim is in this transaction). */
    @PermitAll
    public Run daily() {
        LocalDate today = LocalDate.now(clock);
        if (!runs.claim(JOB, today.toString())) {
            return new Run(today, 0, 0, 0, 0);
        }
        return run(today, "system");
    }

    Run run(LocalDate today, String actor) {
        int took = 0;
        int superseded = 0;
        int expired = 0;
        int reminded = 0;
        for (WorkPermitGuideline g : catalog.inState(Set.of(GuidelineStatus.DECIDED))) {
            if (!g.getEffectiveOn().isAfter(today)) {
                superseded += effective(g, today, actor);
                took++;
            }
        }
        for (WorkPermitGuideline g : catalog.inState(Set.of(GuidelineStatus.IN_FORCE))) {
            if (g.lastDay().isBefore(today)) {
                move(g, GuidelineAction.EXPIRE, actor, g.lastDay(), "last day " + g.lastDay());
                expired++;
            } else if (g.getRemindedAt() == null && remind(g, today)) {
                reminded++;
            }
        }
        return new Run(today, took, superseded, expired, reminded);
    }

    /**
     * DECIDED to IN_FORCE on the effective day; the area's previous guideline is superseded that day. Called by the
     * run and by {@link Guidelines#decide} when the effective day has come.
     */
    @RolesAllowed(Permission.Names.GUIDELINE_EDIT)
    public int takeEffect(WorkPermitGuideline g, LocalDate today, String actor) {
        return effective(g, today, actor);
    }

    private int effective(WorkPermitGuideline g, LocalDate today, String actor) {
        List<WorkPermitGuideline> older = catalog.supersededBy(g);
        for (WorkPermitGuideline previous : older) {
            GuidelineStatus from = previous.getStatus();
            GuidelineEvent event = previous.supersede(g.getEffectiveOn(), g.getId(), actor, now())
                    .orElseThrow();
            recorded(previous, event, from, actor, "by #" + g.getId() + ", last day " + previous.lastDay());
        }
        move(g, GuidelineAction.TAKE_EFFECT, actor, g.getEffectiveOn(), "effective " + g.getEffectiveOn());
        if (g.lastDay().isBefore(today)) {
            move(g, GuidelineAction.EXPIRE, actor, g.lastDay(), "last day " + g.lastDay());
        }
        return older.size();
    }

    private boolean remind(WorkPermitGuideline g, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, g.lastDay());
        if (daysLeft > reminderDays) {
            return false;
        }
        boolean successor = catalog.inState(Set.of(GuidelineStatus.DECIDED)).stream()
                .anyMatch(d -> d.authorityIds().stream().anyMatch(g.authorityIds()::contains));
        g.reminded(now());
        audit.record(
                "system",
                "GUIDELINE_EXPIRY_REMINDER",
                Guidelines.SUBJECT,
                String.valueOf(g.getId()),
                "last day " + g.lastDay() + ", " + daysLeft + " days left" + (successor ? ", successor decided" : ""));
        if (!successor) {
            expiring.fire(new GuidelineExpiring(g.getId(), g.authorityIds(), g.lastDay(), daysLeft));
        }
        return true;
    }

    /** The timeline row carries the day as data; the audit trail the detail in words. */
    private void move(WorkPermitGuideline g, GuidelineAction action, String actor, LocalDate day, String detail) {
        GuidelineStatus from = g.getStatus();
        GuidelineEvent event = g.apply(action, actor, now(), null).orElseThrow().detailed(null, day, null);
        recorded(g, event, from, actor, detail);
    }

    private void recorded(
            WorkPermitGuideline g, GuidelineEvent event, GuidelineStatus from, String actor, String detail) {
        em.persist(event);
        em.flush();
        audit.record(
                actor,
                "GUIDELINE_" + event.getAction().name(),
                Guidelines.SUBJECT,
                String.valueOf(g.getId()),
                from + " -> " + g.getStatus() + ": " + detail);
        transitioned.fire(new GuidelineTransitioned(
                g.getId(), g.authorityIds(), event.getAction(), from, g.getStatus(), actor, event.getAt()));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
