package fi.koto.notification.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.ofHours(2));

    static OutboxMessage message() {
        return new OutboxMessage(
                null,
                "a@koto.example",
                "fi",
                NotificationKind.PROGRAMME_APPROVED,
                "Programme:1",
                "Subject",
                "Body",
                T0);
    }

    @Test
    void failedAttemptsAreCountedWithTheirErrorUntilTheLimit() {
        OutboxMessage message = message();
        assertThat(message.status()).isEqualTo(OutboxStatus.UNSENT);
        assertThat(message.isDeliverable(2)).isTrue();

        message.markFailed(T0.plusMinutes(1), "MailConnectException: Couldn't connect to host " + "x".repeat(2000));
        assertThat(message.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(message.getAttempts()).isEqualTo(1);
        assertThat(message.getLastError()).startsWith("MailConnectException").hasSize(OutboxMessage.ERROR_LIMIT);
        assertThat(message.isDeliverable(2)).isTrue();

        message.markFailed(T0.plusMinutes(6), " ");
        assertThat(message.getLastError()).isEqualTo("unknown error");
        assertThat(message.getLastAttemptAt()).isEqualTo(T0.plusMinutes(6));
        assertThat(message.isDeliverable(2))
                .as("after the last allowed attempt")
                .isFalse();
    }

    @Test
    void aSentMessageIsNeverSentAgain() {
        OutboxMessage message = message();
        message.markFailed(T0.plusMinutes(1), "timeout");
        message.markSent(T0.plusMinutes(5));
        assertThat(message.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(message.getSentAt()).isEqualTo(T0.plusMinutes(5));
        assertThat(message.getLastError()).isNull();
        assertThat(message.getAttempts()).isEqualTo(2);
        assertThat(message.isDeliverable(5)).isFalse();
    }
}
