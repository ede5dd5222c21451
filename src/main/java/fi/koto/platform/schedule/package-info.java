/**
 * Scheduled jobs in a cluster: each runs once per cluster, not once per instance.
 *
 * <p>The rule, for every job that must happen once (reports, reminders, digests, housekeeping):
 * <ol>
 * <li>Every instance schedules it with a <em>non-persistent</em> timer ({@code @Schedule(persistent = false)} or
 * {@code TimerConfig(info, false)}). Payara Micro keeps persistent timers in its data grid and runs them only on
 * the instance that created them, so they stop when that instance dies; non-persistent timers fire on every
 * instance that is up.
 * <li>When it fires, the job first claims its run in the database: a row keyed by the job and the business
 * period the run covers (the day, the quarter, the digest's hour), never by the moment the timer fired, which
 * differs between instances by milliseconds. The unique key lets exactly one instance win; the others see the
 * row and do nothing. {@link ScheduledRuns} keeps such claims in {@code scheduled_run}; a job with a table of its
 * own may key that table the same way instead.
 * <li>The claim is written in the transaction of the job's work, so a run that fails (or whose instance dies)
 * leaves no claim, and a later firing in the same period does the work.
 * </ol>
 * Work that must happen on every instance (such as {@code SchemaMigrations} waiting for the database) simply uses
 * a non-persistent timer without a claim.
 */
package fi.koto.platform.schedule;
