package fi.koto.notification.entity;

import fi.koto.identity.entity.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * That a person's overdue digest for a day has been queued. The table is unique on (account, day) and the claim is
 * inserted in the transaction that queues the digest, so a second run (on this node or another) cannot queue a
 * second one: its insert fails and its transaction, mail included, rolls back.
 */
@Entity
@Table(name = "notification_digest")
public class DigestClaim {

    @Id
    @SequenceGenerator(name = "notification_digest_seq", sequenceName = "notification_digest_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_digest_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private UserAccount account;

    @Column(name = "digest_day", nullable = false)
    private LocalDate day;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "outbox_id")
    private OutboxMessage message;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected DigestClaim() {}

    public DigestClaim(UserAccount account, LocalDate day, OffsetDateTime createdAt) {
        this.account = Objects.requireNonNull(account);
        this.day = Objects.requireNonNull(day);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** The outbox row of the digest this claim stands for. */
    public void attach(OutboxMessage message) {
        this.message = message;
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public LocalDate getDay() {
        return day;
    }

    public OutboxMessage getMessage() {
        return message;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
