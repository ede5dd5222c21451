package fi.koto.notification.boundary;

import fi.koto.notification.entity.OutboxMessage;
import java.time.OffsetDateTime;

/** One outbox row as operations see it (without the body). */
public record OutboxEntry(
        long id,
        OffsetDateTime createdAt,
        String kind,
        String reference,
        String recipient,
        String address,
        String language,
        String subject,
        String status,
        int attempts,
        OffsetDateTime lastAttemptAt,
        String lastError,
        OffsetDateTime sentAt) {

    static OutboxEntry of(OutboxMessage m) {
        return new OutboxEntry(
                m.getId(),
                m.getCreatedAt(),
                m.getKind().name(),
                m.getReference(),
                m.getRecipient() == null ? null : m.getRecipient().getUsername(),
                m.getAddress(),
                m.getLanguage(),
                m.getSubject(),
                m.status().name(),
                m.getAttempts(),
                m.getLastAttemptAt(),
                m.getLastError(),
                m.getSentAt());
    }
}
