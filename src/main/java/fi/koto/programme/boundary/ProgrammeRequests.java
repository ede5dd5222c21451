package fi.koto.programme.boundary;

import fi.koto.platform.validation.ConstraintReasons.Limit;
import fi.koto.platform.validation.FieldLabels;
import fi.koto.programme.entity.PlanFormChoice;
import fi.koto.programme.entity.ProgrammeMeasure;
import fi.koto.programme.entity.ProgrammeSection;
import fi.koto.programme.entity.Titles;
import fi.koto.reference.entity.Decision;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What clients send about programmes. The field checks that a constraint says are constraints here, with their
 * keys in the bundles ({@link fi.koto.platform.validation.ConstraintReasons}); the boundary adds the checks no
 * annotation can say (a legal basis or date that must parse, a code in the reader's scope). A record whose checks
 * read the text stripped of surrounding white space strips it in its constructor, as the checks did before. One
 * constructor each: JSON-B builds a record through its single constructor.
 */
public final class ProgrammeRequests {

    static final String TITLE_INVALID = "{programme.title.invalid}";

    private ProgrammeRequests() {}

    /**
     * What a coordinator gives to create a programme; dates as ISO strings so that bad ones answer 422. The Swedish
     * title is optional. The title is trimmed, the Swedish title stripped.
     */
    public record NewProgramme(
            @NotEmpty(message = "{programme.municipalities.required}", payload = Limit.class)
            List<String> municipalityCodes,

            String legalBasis,

            @NotBlank(message = TITLE_INVALID, payload = Limit.class)
            @Size(max = Titles.LIMIT, message = TITLE_INVALID, payload = Limit.class)
            String title,

            String periodStart,
            String periodEnd,

            @Size(max = Titles.LIMIT, message = "{programme.titleSv.tooLong}", payload = Limit.class)
            String titleSv) {

        public NewProgramme {
            title = title == null ? null : title.trim();
            titleSv = strip(titleSv);
        }
    }

    /** The title in Finnish (required) and Swedish (optional), both stripped, with the version edited. */
    public record TitleEdit(
            @NotBlank(message = TITLE_INVALID, payload = Limit.class)
            @Size(max = Titles.LIMIT, message = TITLE_INVALID, payload = Limit.class)
            String fi,

            @Size(max = Titles.LIMIT, message = "{programme.titleSv.tooLong}", payload = Limit.class)
            String sv,

            Long version) {

        public TitleEdit {
            fi = strip(fi);
            sv = strip(sv);
        }
    }

    /** A section's texts as written (not stripped), with the version edited. */
    public record SectionEdit(
            @Size(max = ProgrammeSection.TEXT_LIMIT, message = SECTION_TOO_LONG, payload = Limit.class)
            String fi,

            @Size(max = ProgrammeSection.TEXT_LIMIT, message = SECTION_TOO_LONG, payload = Limit.class)
            String sv,

            Long version) {

        static final String SECTION_TOO_LONG = "{programme.section.tooLong}";
    }

    public record TransitionRequest(String action, String comment, Long version) {}

    /**
     * The municipality's adoption decision as the coordinator records it: body, date and minutes reference (ISO
     * dates as strings, so that bad ones answer 422), the next revision day where the act leaves it to the
     * municipality (Act 681/2023), an optional comment and the version read. The texts are stripped; a refusal
     * names a field by its label ({@code programme.field.*}).
     */
    @FieldLabels("programme.field")
    public record AdoptionRequest(
            @NotBlank @Size(max = Decision.TEXT_LIMIT) String decisionBody,
            @NotBlank String decisionDate,
            @NotBlank @Size(max = Decision.TEXT_LIMIT) String decisionReference,
            String nextRevisionDue,

            @Size(max = COMMENT_LIMIT, message = "{programme.comment.tooLong}", payload = Limit.class)
            String comment,

            Long version) {

        static final int COMMENT_LIMIT = 4000;

        public AdoptionRequest {
            decisionBody = strip(decisionBody);
            decisionDate = strip(decisionDate);
            decisionReference = strip(decisionReference);
            nextRevisionDue = strip(nextRevisionDue);
            comment = strip(comment);
        }
    }

    /**
     * The form of a plan under Act 681/2023: SEPARATE_PROGRAMME or PART_OF_OTHER_DOCUMENT with its name (stripped).
     */
    @FieldLabels("programme.field")
    public record PlanFormEdit(
            String planForm,
            @Size(max = PlanFormChoice.DOCUMENT_NAME_LIMIT) String planDocumentName,
            Long version) {

        public PlanFormEdit {
            planDocumentName = strip(planDocumentName);
        }
    }

    public record NoteRequest(String section, String text) {}

    public record ReplyRequest(String text) {}

    /** An official's guidance note on a shared draft; {@code section} is optional. */
    public record GuidanceNoteRequest(String section, String text) {}

    public record VerdictRequest(String verdict, String note) {}

    /** A measure of the programme: the action and who is responsible required, the texts stripped. */
    public record MeasureEdit(
            @NotBlank(message = "{programme.measure.action.required}", payload = Limit.class)
            @Size(
                    max = ProgrammeMeasure.ACTION_LIMIT,
                    message = "{programme.measure.action.tooLong}",
                    payload = Limit.class)
            String action,

            @NotBlank(message = "{programme.measure.responsibleParty.required}", payload = Limit.class)
            @Size(
                    max = ProgrammeMeasure.PARTY_LIMIT,
                    message = "{programme.measure.responsibleParty.tooLong}",
                    payload = Limit.class)
            String responsibleParty,

            @Size(
                    max = ProgrammeMeasure.SCHEDULE_LIMIT,
                    message = "{programme.measure.schedule.tooLong}",
                    payload = Limit.class)
            String schedule,

            @Size(
                    max = ProgrammeMeasure.INDICATOR_LIMIT,
                    message = "{programme.measure.indicator.tooLong}",
                    payload = Limit.class)
            String indicator,

            Long version) {

        public MeasureEdit {
            action = strip(action);
            responsibleParty = strip(responsibleParty);
            schedule = strip(schedule);
            indicator = strip(indicator);
        }
    }

    static String strip(String text) {
        return text == null ? null : text.strip();
    }

    /** {@code text} itself, or null where it is empty. */
    static String orNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
