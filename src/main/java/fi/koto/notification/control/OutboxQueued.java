package fi.koto.notification.control;

import java.util.List;

/** Outbox rows were written in the current transaction; after it commits they are delivered. */
public record OutboxQueued(List<Long> outboxIds) {

    public OutboxQueued {
        outboxIds = List.copyOf(outboxIds);
    }
}
