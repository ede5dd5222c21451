package fi.koto.programme.entity;

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

/** One row of a programme's timeline: who moved it from which state to which, when and why. Never updated. */
@Entity
@Table(name = "programme_event")
public class ProgrammeEvent {

    @Id
    @SequenceGenerator(name = "programme_event_seq", sequenceName = "programme_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", updatable = false)
    private Programme programme;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime at;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ProgrammeAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private ProgrammeStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private ProgrammeStatus toStatus;

    @Column(updatable = false, length = 4000)
    private String comment;

    protected ProgrammeEvent() {}

    ProgrammeEvent(
            Programme programme,
            OffsetDateTime at,
            String actor,
            ProgrammeAction action,
            ProgrammeStatus fromStatus,
            ProgrammeStatus toStatus,
            String comment) {
        this.programme = programme;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.comment = comment;
    }

    /** The timeline row that opens the history. */
    public static ProgrammeEvent created(Programme p) {
        var authorship = p.getAuthorship();
        return new ProgrammeEvent(
                p, authorship.createdAt(), authorship.createdBy(), ProgrammeAction.CREATE, null, p.getStatus(), null);
    }

    /** The timeline row of a guidance note: the note's text, so that the timeline reads on its own. */
    public static ProgrammeEvent guidanceNoted(Programme p, GuidanceNote note) {
        return standing(p, ProgrammeAction.GUIDANCE_NOTE, note.getAuthor(), note.getCreatedAt(), note.getText());
    }

    /** A timeline row of an action that leaves the programme in the state it is in. */
    static ProgrammeEvent standing(Programme p, ProgrammeAction action, String actor, OffsetDateTime at, String text) {
        return new ProgrammeEvent(p, at, actor, action, p.getStatus(), p.getStatus(), text);
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public ProgrammeAction getAction() {
        return action;
    }

    public ProgrammeStatus getFromStatus() {
        return fromStatus;
    }

    public ProgrammeStatus getToStatus() {
        return toStatus;
    }

    public String getComment() {
        return comment;
    }
}
