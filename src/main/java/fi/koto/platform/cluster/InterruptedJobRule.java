package fi.koto.platform.cluster;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.function.LongPredicate;

/**
 * Whether a batch job that its table still calls running (STARTED) was left behind by a process that died, seen
 * from an instance that is starting up. Jobs record the instance that runs them ({@link InstanceName#name()}) and
 * a heartbeat (the last time they showed progress). A job is abandoned when its last sign of life is older than
 * this process, and
 * <ol>
 * <li>it was run by an earlier process of this same instance (the same name: an operator never gives two living
 * instances one name), or
 * <li>it was run by an unnamed instance on this host ({@code pid@host}) whose process is gone, or
 * <li>nothing has been heard of it for longer than {@code staleAfter}, whoever ran it (another instance that died
 * and was never started again; rows from before instances were recorded).
 * </ol>
 * A job of another living instance shows progress well within {@code staleAfter}, so it is never taken for dead;
 * a job this process started is younger than the process.
 *
 * @param instance this instance's name ({@link InstanceName#name()})
 * @param host this machine's name, as in {@code pid@host}
 * @param processStart when this process started
 * @param staleAfter how long a job may show no sign of life before any instance takes it for dead
 * @param processAlive whether a process of this host with that pid is running
 */
public record InterruptedJobRule(
        String instance, String host, Instant processStart, Duration staleAfter, LongPredicate processAlive) {

    /** Whether the job of {@code owner} (null: unknown), last heard of at {@code lastSign}, is abandoned. */
    public boolean abandoned(String owner, OffsetDateTime lastSign, Instant now) {
        if (lastSign == null || !lastSign.toInstant().isBefore(processStart)) {
            return false;
        }
        if (instance.equals(owner)) {
            return true;
        }
        if (owner != null && deadOnThisHost(owner)) {
            return true;
        }
        return Duration.between(lastSign.toInstant(), now).compareTo(staleAfter) > 0;
    }

    /** Why {@link #abandoned} said so, for the log and the audit trail. */
    public String reason(String owner, OffsetDateTime lastSign, Instant now) {
        if (instance.equals(owner)) {
            return "its instance " + owner + " was restarted";
        }
        if (owner != null && deadOnThisHost(owner)) {
            return "its process " + owner + " is gone";
        }
        return "no sign of life from " + (owner == null ? "its instance" : owner) + " since " + lastSign + " (over "
                + staleAfter.toMinutes() + " minutes)";
    }

    private boolean deadOnThisHost(String owner) {
        int at = owner.indexOf('@');
        if (at <= 0 || !owner.substring(at + 1).equals(host)) {
            return false;
        }
        try {
            return !processAlive.test(Long.parseLong(owner.substring(0, at)));
        } catch (NumberFormatException e) {
            return false; // a configured name that happens to contain '@'
        }
    }
}
