package fi.koto.notification.entity;

import fi.koto.identity.entity.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One e-mail to one person, written in the transaction of the change it tells about. Subject and body are final
 * plain text in the recipient's language; the address is the one the account had then. Delivery only ever marks
 * the row sent or counts a failed attempt, so the row is the record of what was (or was not) sent.
 */
@Entity
@Table(name = "notification_outbox")
public class OutboxMessage {

    /** Longest error text kept; a mail server's answer is usually one line. */
    static final int ERROR_LIMIT = 1000;

    @Id
    @SequenceGenerator(name = "notification_outbox_seq", sequenceName = "notification_outbox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_outbox_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recipient_id")
    private UserAccount recipient;

    @Column(nullable = false, length = 320)
    private String address;

    @Column(nullable = false, length = 2)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NotificationKind kind;

    @Column(length = 100)
    private String reference;

    @Column(nullable = false, length = 1000)
    private String subject;

    @Column(nullable = false, length = 100000)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_attempt_at")
    private OffsetDateTime lastAttemptAt;

    @Column(name = "last_error", length = ERROR_LIMIT)
    private String lastError;

    protected OutboxMessage() {}

    public OutboxMessage(
            UserAccount recipient,
            String address,
            String language,
            NotificationKind kind,
            String reference,
            String subject,
            String body,
            OffsetDateTime createdAt) {
        this.recipient = recipient;
        this.address = Objects.requireNonNull(address);
        this.language = Objects.requireNonNull(language);
        this.kind = Objects.requireNonNull(kind);
        this.reference = reference;
        this.subject = Objects.requireNonNull(subject);
        this.body = Objects.requireNonNull(body);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Whether delivery should try this row (again): not sent, and fewer attempts than allowed. */
    public boolean isDeliverable(int maxAttempts) {
        return sentAt == null && attempts < maxAttempts;
    }

    public void markSent(OffsetDateTime at) {
        attempts++;
        lastAttemptAt = at;
        sentAt = at;
        lastError = null;
    }

    public void markFailed(OffsetDateTime at, String error) {
        attempts++;
        lastAttemptAt = at;
        String text = error == null || error.isBlank() ? "unknown error" : error.strip();
        lastError = text.length() > ERROR_LIMIT ? text.substring(0, ERROR_LIMIT) : text;
    }

    public OutboxStatus status() {
        if (sentAt != null) {
            return OutboxStatus.SENT;
        }
        return attempts == 0 ? OutboxStatus.UNSENT : OutboxStatus.FAILED;
    }

    public Long getId() {
        return id;
    }

    public UserAccount getRecipient() {
        return recipient;
    }

    public String getAddress() {
        return address;
    }

    public String getLanguage() {
        return language;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getReference() {
        return reference;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public OffsetDateTime getLastAttemptAt() {
        return lastAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }
}
