package fi.koto.platform.schedule;

import fi.koto.platform.cluster.InstanceName;
import fi.koto.platform.persistence.SchemaMigrations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daily housekeeping of the scheduler itself: forgets claims of scheduled runs older than {@link #KEEP}, so
 * {@code scheduled_run} stays small while a year of run history stays readable. Runs once per cluster and day by
 * the rule of this package (claim of the day, in the transaction of the work, audited: it announces
 * {@link HousekeepingDone}, which the audit trail records in the same transaction); every instance schedules
 * it at {@code KOTO_HOUSEKEEPING_SCHEDULE}.
 */
@Singleton
@Startup
public class Housekeeping {

    public static final String JOB = "housekeeping";
    public static final String SCHEDULE_SETTING = "KOTO_HOUSEKEEPING_SCHEDULE";
    static final Period KEEP = Period.ofDays(400);

    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = SCHEDULE_SETTING, defaultValue = "0 15 3")
    String schedule;

    @Inject
    SchemaMigrations schema;

    @Inject
    ScheduledRuns runs;

    @Inject
    Event<HousekeepingDone> done;

    @Inject
    InstanceName instance;

    @Inject
    Clock clock;

    @PostConstruct
    void schedule() {
        var when = DailySchedule.parse(SCHEDULE_SETTING, schedule).expression();
        timers.createCalendarTimer(when, new TimerConfig(JOB, false));
    }

    @Timeout
    void run() {
        if (!schema.isReady()) {
            return; // the database is not there yet; a later firing today will do it
        }
        String day = LocalDate.now(clock).toString();
        if (!runs.claim(JOB, day)) {
            LOG.info(() -> "Housekeeping " + day + ": already done by "
                    + runs.claimedBy(JOB, day).orElse("?") + ", not by " + instance.name());
            return;
        }
        int forgotten = runs.forgetBefore(OffsetDateTime.now(clock).minus(KEEP));
        done.fire(new HousekeepingDone(day, forgotten, KEEP.getDays(), instance.name()));
        LOG.info(() ->
                "Housekeeping " + day + ": done by " + instance.name() + " (forgot " + forgotten + " old run claims)");
    }
}
