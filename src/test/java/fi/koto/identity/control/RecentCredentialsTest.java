package fi.koto.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecentCredentialsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final RecentCredentials recent = new RecentCredentials(Duration.ofMinutes(5), 3);

    @Test
    void confirmsOnlyTheSamePasswordAgainstTheSameStoredHashWithinTheLifetime() {
        recent.remember("coord", "right".toCharArray(), "hash-1", NOW);

        assertThat(recent.confirms("coord", "right".toCharArray(), "hash-1", NOW.plusSeconds(299)))
                .isTrue();
        assertThat(recent.confirms("coord", "wrong".toCharArray(), "hash-1", NOW))
                .isFalse();
        assertThat(recent.confirms("other", "right".toCharArray(), "hash-1", NOW))
                .isFalse();
        assertThat(recent.confirms("coord", "right".toCharArray(), "hash-1", NOW.plusSeconds(300)))
                .isFalse();
    }

    @Test
    void aChangedPasswordHashVoidsTheEntryForGood() {
        recent.remember("coord", "right".toCharArray(), "hash-1", NOW);

        assertThat(recent.confirms("coord", "right".toCharArray(), "hash-2", NOW))
                .isFalse();
        assertThat(recent.confirms("coord", "right".toCharArray(), "hash-1", NOW))
                .isFalse();
    }

    @Test
    void forgettingAndOverflowNeverConfirmSomethingThatWasNotVerified() {
        recent.remember("a", "pa".toCharArray(), "h", NOW);
        recent.forget("a");
        assertThat(recent.confirms("a", "pa".toCharArray(), "h", NOW)).isFalse();

        for (String user : new String[] {"b", "c", "d", "e"}) {
            recent.remember(user, ("p" + user).toCharArray(), "h", NOW);
        }
        assertThat(recent.confirms("e", "pe".toCharArray(), "h", NOW)).isTrue();
        assertThat(recent.confirms("e", "pb".toCharArray(), "h", NOW)).isFalse();
    }
}
