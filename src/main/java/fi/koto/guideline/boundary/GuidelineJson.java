package fi.koto.guideline.boundary;

import fi.koto.guideline.control.GuidelineChanges;
import fi.koto.guideline.entity.ConsultationParty;
import fi.koto.guideline.entity.GuidelineEvent;
import fi.koto.guideline.entity.GuidelineOccupation;
import fi.koto.guideline.entity.WorkPermitGuideline;
import fi.koto.reference.entity.Occupation;
import fi.koto.reference.entity.RegionalAuthority;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

/**
 * The JSON shapes of work-permit guidelines, in and out; entities never leave the boundary. Dates come in as ISO
 * strings, so that a bad one answers 422 with the others, not 400.
 */
public final class GuidelineJson {

    private GuidelineJson() {}

    /** An occupation by its code in the classification, with a short justification in Finnish and Swedish. */
    public record OccupationEntry(String code, String justificationFi, String justificationSv)
            implements Serializable {}

    /**
     * What an official gives to start a guideline: the authorities (codes such as EVK01; empty = the official's own,
     * which must be among them), the period, the situation texts, the occupations, and whether to start from the
     * occupations of the guideline in force (those given are added to them).
     */
    public record NewGuideline(
            List<String> authorityCodes,
            String validFrom,
            String validTo,
            String situationFi,
            String situationSv,
            Boolean copyFromInForce,
            List<OccupationEntry> occupations) {}

    public record GuidelineEdit(
            Long version,
            String validFrom,
            String validTo,
            String situationFi,
            String situationSv,
            List<OccupationEntry> occupations) {}

    public record NewParty(String name, String kind) {}

    public record StatementRequest(String receivedOn, String text) {}

    /**
     * {@code action}: START_CONSULTATION (with {@code deadline}) or DECIDE (with {@code decidedOn},
     * {@code decisionMaker}, {@code reference} and {@code effectiveOn}); {@code version} as last read.
     */
    public record TransitionRequest(
            String action,
            Long version,
            String deadline,
            String decidedOn,
            String decisionMaker,
            String reference,
            String effectiveOn) {}

    public record Authority(long id, String code, String name) implements Serializable {
        static Authority of(RegionalAuthority a, String language) {
            return new Authority(a.getId(), a.getCode(), a.name(language));
        }
    }

    /** An occupation as shown: the code and the title in the language, or English where the classification has none. */
    public record OccupationTitle(String code, String title, String titleLanguage) implements Serializable {
        public static OccupationTitle of(Occupation o, String language) {
            return new OccupationTitle(o.getCode(), o.title(language), o.titleLanguage(language));
        }
    }

    public record ListedOccupation(
            String code, String title, String titleLanguage, String justificationFi, String justificationSv)
            implements Serializable {
        static ListedOccupation of(GuidelineOccupation o, String language) {
            Occupation occupation = o.getOccupation();
            return new ListedOccupation(
                    occupation.getCode(),
                    occupation.title(language),
                    occupation.titleLanguage(language),
                    o.getJustificationFi(),
                    o.getJustificationSv());
        }
    }

    public record Changes(Long previousId, List<OccupationTitle> added, List<OccupationTitle> removed)
            implements Serializable {
        static Changes of(GuidelineChanges changes, Function<String, OccupationTitle> title) {
            return new Changes(
                    changes.previousId(),
                    changes.added().stream().map(title).toList(),
                    changes.removed().stream().map(title).toList());
        }
    }

    public record Party(
            long id,
            String name,
            String kind,
            String addedBy,
            OffsetDateTime addedAt,
            LocalDate statementOn,
            String statementText,
            Long documentId,
            String documentName,
            String recordedBy)
            implements Serializable {
        static Party of(ConsultationParty p) {
            return new Party(
                    p.getId(),
                    p.getName(),
                    p.getKind().name(),
                    p.getAddedBy(),
                    p.getAddedAt(),
                    p.getStatementOn(),
                    p.getStatementText(),
                    p.getDocument() == null ? null : p.getDocument().getId(),
                    p.getDocument() == null ? null : p.getDocument().getFileName(),
                    p.getRecordedBy());
        }
    }

    /**
     * One timeline row: what people wrote ({@code comment}: a party's name, a decision's reference) and the row's
     * figures as data ({@code occupationCount} after an edit, {@code day} the row is about, {@code partyKind}).
     */
    public record HistoryEntry(
            OffsetDateTime at,
            String actor,
            String action,
            String fromStatus,
            String toStatus,
            String comment,
            Integer occupationCount,
            LocalDate day,
            String partyKind)
            implements Serializable {
        static HistoryEntry of(GuidelineEvent e) {
            return new HistoryEntry(
                    e.getAt(),
                    e.getActor(),
                    e.getAction().name(),
                    e.getFromStatus() == null ? null : e.getFromStatus().name(),
                    e.getToStatus().name(),
                    e.getComment(),
                    e.getDetailCount(),
                    e.getDetailDate(),
                    e.getDetailKind() == null ? null : e.getDetailKind().name());
        }
    }

    public record Summary(
            long id,
            String status,
            List<Authority> authorities,
            LocalDate validFrom,
            LocalDate validTo,
            LocalDate effectiveOn,
            LocalDate lastDay,
            LocalDate decidedOn,
            String decisionReference,
            int occupationCount,
            long version)
            implements Serializable {
        static Summary of(WorkPermitGuideline g, String language) {
            return new Summary(
                    g.getId(),
                    g.getStatus().name(),
                    g.getAuthorities().stream()
                            .map(a -> Authority.of(a, language))
                            .toList(),
                    g.getValidFrom(),
                    g.getValidTo(),
                    g.getEffectiveOn(),
                    g.getEffectiveOn() == null ? null : g.lastDay(),
                    g.getDecidedOn(),
                    g.getDecisionReference(),
                    g.getOccupations().size(),
                    g.getVersion());
        }
    }

    public record Detail(
            long id,
            String status,
            List<Authority> authorities,
            LocalDate validFrom,
            LocalDate validTo,
            String situationFi,
            String situationSv,
            LocalDate consultationDeadline,
            LocalDate decidedOn,
            String decisionMaker,
            String decisionReference,
            LocalDate effectiveOn,
            LocalDate lastDay,
            List<ListedOccupation> occupations,
            Changes changes,
            List<Party> parties,
            List<HistoryEntry> history,
            boolean editable,
            String changedBy,
            long version)
            implements Serializable {}
}
