package fi.koto.guideline.entity;

import fi.koto.reference.entity.RegionalAuthority;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A regional work-permit guideline (docs/domain.md, "Regional work-permit guidelines"): for the area of one
 * authority, or jointly of several, the occupations in which a worker from outside the EU/EEA may be recruited
 * without a labour-market test, for a validity period of about half a year. The state moves only through
 * {@link #apply}, which asks {@link GuidelineStatus} whether the move is allowed and returns the timeline row.
 *
 * <p>It is in force from {@code effectiveOn} to {@code validTo}, unless superseded earlier: then its last day in
 * force is {@code endedOn}, the day before its successor took effect.
 */
@Entity
@Table(name = "work_permit_guideline")
public class WorkPermitGuideline {

    public static final int SITUATION_LIMIT = 20_000;

    @Id
    @SequenceGenerator(
            name = "work_permit_guideline_seq",
            sequenceName = "work_permit_guideline_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "work_permit_guideline_seq")
    private Long id;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "work_permit_guideline_authority",
            joinColumns = @JoinColumn(name = "guideline_id"),
            inverseJoinColumns = @JoinColumn(name = "authority_id"))
    @OrderBy("code")
    private List<RegionalAuthority> authorities = new ArrayList<>();

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    @Column(name = "situation_fi", length = SITUATION_LIMIT)
    private String situationFi;

    @Column(name = "situation_sv", length = SITUATION_LIMIT)
    private String situationSv;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GuidelineStatus status;

    @Column(name = "consultation_deadline")
    private LocalDate consultationDeadline;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decision_maker")
    private String decisionMaker;

    @Column(name = "decision_reference")
    private String decisionReference;

    @Column(name = "effective_on")
    private LocalDate effectiveOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_id")
    private WorkPermitGuideline previous;

    @Column(name = "reminded_at")
    private OffsetDateTime remindedAt;

    @OneToMany(mappedBy = "guideline", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occupation")
    private List<GuidelineOccupation> occupations = new ArrayList<>();

    @OneToMany(mappedBy = "guideline", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ConsultationParty> parties = new ArrayList<>();

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Version
    private long version;

    protected WorkPermitGuideline() {}

    public WorkPermitGuideline(
            List<RegionalAuthority> authorities,
            LocalDate validFrom,
            LocalDate validTo,
            WorkPermitGuideline previous,
            String actor,
            OffsetDateTime at) {
        this.authorities = new ArrayList<>(authorities);
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.previous = previous;
        this.status = GuidelineStatus.DRAFT;
        this.createdBy = actor;
        this.createdAt = at;
        touch(actor, at);
    }

    /** The first timeline row. */
    public GuidelineEvent created() {
        return new GuidelineEvent(this, createdAt, createdBy, GuidelineAction.CREATE, null, status, null);
    }

    /** Changes the period and the texts (the boundary has checked that the state allows it). */
    public void write(LocalDate from, LocalDate to, String fi, String sv, String actor, OffsetDateTime at) {
        this.validFrom = from;
        this.validTo = to;
        this.situationFi = blankToNull(fi);
        this.situationSv = blankToNull(sv);
        touch(actor, at);
    }

    public void setOccupations(List<GuidelineOccupation.Entry> entries, String actor, OffsetDateTime at) {
        occupations.removeIf(o -> entries.stream().noneMatch(e -> e.occupation().equals(o.getOccupation())));
        for (var entry : entries) {
            occupation(entry.occupation().getCode())
                    .ifPresentOrElse(
                            o -> o.justify(entry.justificationFi(), entry.justificationSv()),
                            () -> occupations.add(new GuidelineOccupation(this, entry)));
        }
        touch(actor, at);
    }

    public ConsultationParty addParty(String name, PartyKind kind, String actor, OffsetDateTime at) {
        var party = new ConsultationParty(this, name, kind, actor, at);
        parties.add(party);
        touch(actor, at);
        return party;
    }

    /** Sends the draft to consultation with its deadline. */
    public Optional<GuidelineEvent> startConsultation(LocalDate deadline, String actor, OffsetDateTime at) {
        Optional<GuidelineEvent> event = apply(GuidelineAction.START_CONSULTATION, actor, at, null);
        event.ifPresent(e -> {
            consultationDeadline = deadline;
            e.detailed(null, deadline, null);
        });
        return event;
    }

    /** Records the decision: the day, who made it, its reference and the day it takes effect. */
    public Optional<GuidelineEvent> decide(
            LocalDate on, String maker, String reference, LocalDate effective, String actor, OffsetDateTime at) {
        Optional<GuidelineEvent> event = apply(GuidelineAction.DECIDE, actor, at, reference);
        event.ifPresent(e -> {
            decidedOn = on;
            decisionMaker = maker;
            decisionReference = reference;
            effectiveOn = effective;
        });
        return event;
    }

    /** Superseded by a guideline that took effect on {@code successorEffective}: in force until the day before. */
    public Optional<GuidelineEvent> supersede(
            LocalDate successorEffective, long successorId, String actor, OffsetDateTime at) {
        Optional<GuidelineEvent> event = apply(GuidelineAction.SUPERSEDE, actor, at, "#" + successorId);
        event.ifPresent(e -> endedOn = successorEffective.minusDays(1));
        return event;
    }

    /** Moves the guideline when the action is allowed in its state; returns the timeline row, or empty if not. */
    public Optional<GuidelineEvent> apply(GuidelineAction action, String actor, OffsetDateTime at, String comment) {
        Optional<GuidelineStatus> next = status.after(action);
        if (next.isEmpty()) {
            return Optional.empty();
        }
        GuidelineStatus from = status;
        status = next.get();
        touch(actor, at);
        return Optional.of(new GuidelineEvent(this, at, actor, action, from, status, comment));
    }

    /** A timeline row that moves nothing (an edit, a party named, a statement recorded). */
    public GuidelineEvent note(GuidelineAction action, String actor, OffsetDateTime at, String comment) {
        touch(actor, at);
        return new GuidelineEvent(this, at, actor, action, status, status, comment);
    }

    public void reminded(OffsetDateTime at) {
        remindedAt = at;
    }

    /** The last day it is (or was, or will be) in force: the end of the period, or the day before its successor. */
    public LocalDate lastDay() {
        return endedOn != null ? endedOn : validTo;
    }

    /** Whether it is in force on the day, by its dates (the same answer the daily lifecycle run records). */
    public boolean inForceOn(LocalDate day) {
        return status.isPublished() && effectiveOn != null && !day.isBefore(effectiveOn) && !day.isAfter(lastDay());
    }

    public boolean participates(long authorityId) {
        return authorities.stream().anyMatch(a -> a.getId() == authorityId);
    }

    public Set<Long> authorityIds() {
        Set<Long> ids = new TreeSet<>();
        authorities.forEach(a -> ids.add(a.getId()));
        return ids;
    }

    public Set<String> occupationCodes() {
        Set<String> codes = new TreeSet<>();
        occupations.forEach(o -> codes.add(o.getOccupation().getCode()));
        return codes;
    }

    public Optional<GuidelineOccupation> occupation(String code) {
        return occupations.stream()
                .filter(o -> o.getOccupation().getCode().equals(code))
                .findFirst();
    }

    public Optional<ConsultationParty> party(long partyId) {
        return parties.stream().filter(p -> p.getId() == partyId).findFirst();
    }

    private void touch(String actor, OffsetDateTime at) {
        this.changedBy = actor;
        this.changedAt = at;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public List<RegionalAuthority> getAuthorities() {
        return List.copyOf(authorities);
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getSituationFi() {
        return situationFi;
    }

    public String getSituationSv() {
        return situationSv;
    }

    public GuidelineStatus getStatus() {
        return status;
    }

    public LocalDate getConsultationDeadline() {
        return consultationDeadline;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecisionMaker() {
        return decisionMaker;
    }

    public String getDecisionReference() {
        return decisionReference;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public WorkPermitGuideline getPrevious() {
        return previous;
    }

    public OffsetDateTime getRemindedAt() {
        return remindedAt;
    }

    public List<GuidelineOccupation> getOccupations() {
        return List.copyOf(occupations);
    }

    public List<ConsultationParty> getParties() {
        return List.copyOf(parties);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }

    public long getVersion() {
        return version;
    }
}
