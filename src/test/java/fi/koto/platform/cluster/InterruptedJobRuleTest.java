package fi.koto.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InterruptedJobRuleTest {

    static final Instant STARTED = Instant.parse("2026-11-23T10:00:00Z");
    static final Instant NOW = STARTED.plusSeconds(60);
    static final long LIVING_PID = 4242;

    final InterruptedJobRule named =
            new InterruptedJobRule("koto-1", "node-a", STARTED, Duration.ofMinutes(30), pid -> pid == LIVING_PID);
    final InterruptedJobRule unnamed = new InterruptedJobRule(
            "777@node-a", "node-a", STARTED, Duration.ofMinutes(30), pid -> pid == LIVING_PID || pid == 777);

    static OffsetDateTime before(Duration d) {
        return OffsetDateTime.ofInstant(STARTED.minus(d), ZoneOffset.ofHours(2));
    }

    @Test
    void aJobOfAnEarlierProcessOfThisInstanceIsAbandoned() {
        assertThat(named.abandoned("koto-1", before(Duration.ofSeconds(5)), NOW))
                .isTrue();
        assertThat(named.reason("koto-1", before(Duration.ofSeconds(5)), NOW)).contains("koto-1 was restarted");
    }

    @Test
    void aJobThatShowedLifeSinceThisProcessStartedIsNever() {
        OffsetDateTime after = OffsetDateTime.ofInstant(STARTED.plusSeconds(1), ZoneOffset.UTC);
        assertThat(named.abandoned("koto-1", after, NOW)).isFalse();
        assertThat(named.abandoned("koto-2", after, NOW.plus(Duration.ofHours(5))))
                .isFalse();
        assertThat(named.abandoned(null, null, NOW)).isFalse();
    }

    @Test
    void aJobOfAnotherInstanceIsLeftAloneUntilItIsStale() {
        assertThat(named.abandoned("koto-2", before(Duration.ofMinutes(29)), NOW))
                .isFalse();
        assertThat(named.abandoned("koto-2", before(Duration.ofMinutes(31)), NOW))
                .isTrue();
        assertThat(named.reason("koto-2", before(Duration.ofMinutes(31)), NOW)).contains("over 30 minutes");
    }

    @Test
    void aJobOfAnUnnamedProcessOnThisHostIsAbandonedWhenThatProcessIsGone() {
        assertThat(unnamed.abandoned("1234@node-a", before(Duration.ofSeconds(5)), NOW))
                .isTrue();
        assertThat(unnamed.reason("1234@node-a", before(Duration.ofSeconds(5)), NOW))
                .contains("is gone");
        // still running (another Koto on this host), or a process on another host: only when stale
        assertThat(unnamed.abandoned(LIVING_PID + "@node-a", before(Duration.ofSeconds(5)), NOW))
                .isFalse();
        assertThat(unnamed.abandoned("1234@node-b", before(Duration.ofSeconds(5)), NOW))
                .isFalse();
        assertThat(unnamed.abandoned("1234@node-b", before(Duration.ofHours(1)), NOW))
                .isTrue();
        // a configured name that contains '@' is not a pid
        assertThat(unnamed.abandoned("ops@node-a", before(Duration.ofSeconds(5)), NOW))
                .isFalse();
    }

    @Test
    void aJobWithoutARecordedInstanceIsJudgedByItsAgeAlone() {
        assertThat(named.abandoned(null, before(Duration.ofMinutes(5)), NOW)).isFalse();
        assertThat(named.abandoned(null, before(Duration.ofMinutes(45)), NOW)).isTrue();
    }
}
