package fi.koto.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who runs batch jobs, for their crash recovery: the name a job records as its runner, and the rule that tells at
 * start-up which jobs were left running by a dead process ({@link InterruptedJobRule}). The batch runtime's own job
 * repository lives in each Payara Micro process's temporary directory and is gone after a restart, so the jobs'
 * own tables are what is recovered.
 */
@ApplicationScoped
public class JobOwnership {

    /** Minutes a job may show no progress before any instance starting up takes it for dead. */
    public static final String STALE_SETTING = "KOTO_JOB_STALE_MINUTES";

    /** The reason recorded (log, audit trail, a report's failure) for a job failed this way. */
    public static final String INTERRUPTED = "interrupted by a server restart; run again";

    @Inject
    InstanceName instance;

    @Inject
    @ConfigProperty(name = STALE_SETTING, defaultValue = "30")
    long staleMinutes;

    /** The name a job records as the instance running it. */
    public String runner() {
        return instance.name();
    }

    public InterruptedJobRule rule() {
        var runtime = ManagementFactory.getRuntimeMXBean();
        String own = runtime.getName();
        String host = own.substring(own.indexOf('@') + 1);
        return new InterruptedJobRule(
                instance.name(),
                host,
                Instant.ofEpochMilli(runtime.getStartTime()),
                Duration.ofMinutes(Math.max(1, staleMinutes)),
                pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    }
}
