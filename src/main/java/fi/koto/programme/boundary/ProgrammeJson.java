package fi.koto.programme.boundary;

import fi.koto.programme.control.LineDiff;
import fi.koto.programme.entity.ChecklistVerdict;
import fi.koto.programme.entity.GuidanceNote;
import fi.koto.programme.entity.Programme;
import fi.koto.programme.entity.ProgrammeEvent;
import fi.koto.programme.entity.ProgrammeMeasure;
import fi.koto.programme.entity.ProgrammeSection;
import fi.koto.programme.entity.ReviewNote;
import fi.koto.programme.entity.SectionText;
import fi.koto.programme.entity.SubmittedVersion;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The JSON shapes of programmes and their parts as they go out (what comes in: {@link ProgrammeRequests}); entities
 * never leave the boundary.
 */
public final class ProgrammeJson {

    private ProgrammeJson() {}

    public record GuidanceNoteView(long id, String section, String text, String author, OffsetDateTime at)
            implements Serializable {

        static GuidanceNoteView of(GuidanceNote n) {
            return new GuidanceNoteView(n.getId(), n.getSectionKey(), n.getText(), n.getAuthor(), n.getCreatedAt());
        }
    }

    public record Summary(
            long id,
            String title,
            String status,
            String legalBasis,
            List<String> municipalityCodes,
            LocalDate periodStart,
            LocalDate periodEnd,
            int round,
            OffsetDateTime submittedAt,
            LocalDate reviewDue,
            String reviewer,
            String changedBy,
            OffsetDateTime changedAt,
            long version,
            OffsetDateTime approvedAt,
            LocalDate revisionDue,
            OffsetDateTime sharedForGuidanceAt,
            String titleSv)
            implements Serializable {

        static Summary of(Programme p) {
            return new Summary(
                    p.getId(),
                    p.getTitle(),
                    p.getStatus().name(),
                    p.getLegalBasis().name(),
                    List.copyOf(p.municipalityCodes()),
                    p.getPeriodStart(),
                    p.getPeriodEnd(),
                    p.getReview().round(),
                    p.getReview().submittedAt(),
                    p.getReview().reviewDue(),
                    p.getReview().reviewer(),
                    p.getChangedBy(),
                    p.getAuthorship().changedAt(),
                    p.getVersion(),
                    p.getReview().approvedAt(),
                    p.revisionDue().orElse(null),
                    p.getSharing().sharedAt(),
                    p.getTitles().sv());
        }
    }

    public record Detail(
            long id,
            String title,
            String status,
            long version,
            String legalBasis,
            List<String> municipalityCodes,
            List<String> languages,
            LocalDate periodStart,
            LocalDate periodEnd,
            int round,
            OffsetDateTime submittedAt,
            LocalDate reviewDue,
            String reviewer,
            String createdBy,
            String changedBy,
            OffsetDateTime changedAt,
            List<Section> sections,
            List<Requirement> checklist,
            List<Note> notes,
            OffsetDateTime approvedAt,
            LocalDate revisionDue,
            List<Measure> measures,
            OffsetDateTime sharedForGuidanceAt,
            String sharedBy,
            List<GuidanceNoteView> guidanceNotes,
            String planForm,
            String planDocumentName,
            Adoption adoption,
            String titleSv,
            boolean titleLanguageDrift,
            boolean swedishTitleMissing)
            implements Serializable {

        /** With the guidance notes while the draft is shared (the rule for the authority). */
        static Detail of(Programme p) {
            return of(p, p.isSharedForGuidance());
        }

        /** {@code withGuidance}: whether the reader sees the guidance notes (coordinators always do). */
        static Detail of(Programme p, boolean withGuidance) {
            return new Detail(
                    p.getId(),
                    p.getTitle(),
                    p.getStatus().name(),
                    p.getVersion(),
                    p.getLegalBasis().name(),
                    List.copyOf(p.municipalityCodes()),
                    p.requiredLanguages(),
                    p.getPeriodStart(),
                    p.getPeriodEnd(),
                    p.getReview().round(),
                    p.getReview().submittedAt(),
                    p.getReview().reviewDue(),
                    p.getReview().reviewer(),
                    p.getAuthorship().createdBy(),
                    p.getChangedBy(),
                    p.getAuthorship().changedAt(),
                    p.getSections().stream().map(Section::of).toList(),
                    p.getChecklist().stream().map(Requirement::of).toList(),
                    p.getNotes().stream().map(Note::of).toList(),
                    p.getReview().approvedAt(),
                    p.revisionDue().orElse(null),
                    p.getMeasures().stream().map(Measure::of).toList(),
                    p.getSharing().sharedAt(),
                    p.getSharing().sharedBy(),
                    withGuidance
                            ? p.getGuidanceNotes().stream()
                                    .map(GuidanceNoteView::of)
                                    .toList()
                            : List.of(),
                    p.getPlanForm() == null ? null : p.getPlanForm().name(),
                    p.getPlanFormChoice().documentName(),
                    Adoption.of(p),
                    p.getTitles().sv(),
                    p.getTitles().hasDrift(p),
                    p.getTitles().isSwedishMissing(p));
        }
    }

    /**
     * The municipality's adoption: the decision (all null until recorded) and its document (null until uploaded).
     */
    public record Adoption(
            String decisionBody, LocalDate decisionDate, String decisionReference, Long documentId, String documentName)
            implements Serializable {

        static Adoption of(Programme p) {
            var decision = p.getAdoption().decision();
            var document = p.getAdoption().document();
            return new Adoption(
                    decision.body(),
                    decision.date(),
                    decision.reference(),
                    document.map(d -> d.getId()).orElse(null),
                    document.map(d -> d.getFileName()).orElse(null));
        }
    }

    public record Measure(long id, String action, String responsibleParty, String schedule, String indicator)
            implements Serializable {

        static Measure of(ProgrammeMeasure m) {
            return new Measure(m.getId(), m.getAction(), m.getResponsibleParty(), m.getSchedule(), m.getIndicator());
        }
    }

    public record Section(
            String key,
            String fi,
            String sv,
            boolean required,
            boolean languageDrift,
            String changedBy,
            OffsetDateTime changedAt)
            implements Serializable {

        static Section of(ProgrammeSection s) {
            return new Section(
                    s.getKey(),
                    s.getTextFi(),
                    s.getTextSv(),
                    s.isRequired(),
                    s.hasLanguageDrift(),
                    s.getChangedBy(),
                    s.getChangedAt());
        }
    }

    public record Requirement(
            String key, String verdict, String note, String setBy, OffsetDateTime setAt, boolean required)
            implements Serializable {

        static Requirement of(ChecklistVerdict c) {
            return new Requirement(
                    c.getRequirementKey(),
                    c.getVerdict() == null ? null : c.getVerdict().name(),
                    c.getNote(),
                    c.getSetBy(),
                    c.getSetAt(),
                    c.isRequired());
        }
    }

    public record Note(
            long id,
            String section,
            String text,
            String author,
            OffsetDateTime at,
            boolean resolved,
            String resolvedBy,
            OffsetDateTime resolvedAt,
            String reply,
            String replyBy,
            OffsetDateTime replyAt)
            implements Serializable {

        static Note of(ReviewNote n) {
            return new Note(
                    n.getId(),
                    n.getSectionKey(),
                    n.getText(),
                    n.getAuthor(),
                    n.getCreatedAt(),
                    n.isResolved(),
                    n.getResolvedBy(),
                    n.getResolvedAt(),
                    n.getReply(),
                    n.getReplyBy(),
                    n.getReplyAt());
        }
    }

    public record HistoryEntry(
            OffsetDateTime at, String actor, String action, String fromStatus, String toStatus, String comment)
            implements Serializable {

        static HistoryEntry of(ProgrammeEvent e) {
            return new HistoryEntry(
                    e.getAt(),
                    e.getActor(),
                    e.getAction().name(),
                    e.getFromStatus() == null ? null : e.getFromStatus().name(),
                    e.getToStatus().name(),
                    e.getComment());
        }

        HistoryEntry withoutComment() {
            return new HistoryEntry(at, actor, action, fromStatus, toStatus, null);
        }
    }

    public record VersionSummary(int round, OffsetDateTime submittedAt, String submittedBy) implements Serializable {

        static VersionSummary of(SubmittedVersion v) {
            return new VersionSummary(v.getRound(), v.getSubmittedAt(), v.getSubmittedBy());
        }
    }

    public record Version(int round, OffsetDateTime submittedAt, String submittedBy, List<VersionSection> sections) {

        static Version of(SubmittedVersion v) {
            return new Version(
                    v.getRound(),
                    v.getSubmittedAt(),
                    v.getSubmittedBy(),
                    v.getSections().stream().map(VersionSection::of).toList());
        }
    }

    public record VersionSection(String key, String fi, String sv) {

        static VersionSection of(SectionText s) {
            return new VersionSection(s.getKey(), s.getTextFi(), s.getTextSv());
        }
    }

    /** The changes of one round against the round before (round 1 against nothing). */
    public record Diff(int round, int previousRound, List<SectionDiff> sections) {}

    public record SectionDiff(String key, String language, boolean changed, List<DiffLine> lines)
            implements Serializable {}

    public record DiffLine(String kind, String text) implements Serializable {

        static DiffLine of(LineDiff.Line line) {
            return new DiffLine(line.kind().name(), line.text());
        }
    }
}
