package fi.koto.platform.schedule;

import fi.koto.platform.cluster.InstanceName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Claims of scheduled runs ({@code scheduled_run}, unique by job and period): the one place where instances agree
 * which of them does a job's run for a period. See the package documentation for the rule.
 */
@ApplicationScoped
public class ScheduledRuns {

    @PersistenceContext
    EntityManager em;

    @Inject
    InstanceName instance;

    @Inject
    Clock clock;

    /**
     * Claims the job's run for the period, in the caller's transaction: true for exactly one caller in the whole
     * cluster (while that transaction commits). A concurrent claimer waits for the winner's transaction and gets
     * false when it commits, true when it rolls back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String job, String period) {
        int inserted = em.createNativeQuery("insert into scheduled_run (job, period, instance, claimed_at)"
                        + " values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, job)
                .setParameter(2, period)
                .setParameter(3, instance.name())
                .setParameter(4, OffsetDateTime.now(clock))
                .executeUpdate();
        return inserted == 1;
    }

    /** The instance that did (or is doing) the job's run for the period. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> claimedBy(String job, String period) {
        return em.createNativeQuery("select instance from scheduled_run where job = ?1 and period = ?2")
                .setParameter(1, job)
                .setParameter(2, period)
                .getResultStream()
                .findFirst()
                .map(String::valueOf);
    }

    /** Forgets claims made before the moment; how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forgetBefore(OffsetDateTime moment) {
        return em.createNativeQuery("delete from scheduled_run where claimed_at < ?1")
                .setParameter(1, moment)
                .executeUpdate();
    }
}
