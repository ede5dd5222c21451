package fi.koto.programme.boundary;

import fi.koto.access.control.CurrentUser;
import fi.koto.access.control.Permission;
import fi.koto.audit.control.AuditTrail;
import fi.koto.platform.failure.ConflictException;
import fi.koto.platform.failure.InvalidInputException;
import fi.koto.platform.failure.NotFoundException;
import fi.koto.platform.failure.Reason;
import fi.koto.programme.boundary.ProgrammeJson.Detail;
import fi.koto.programme.boundary.ProgrammeJson.Note;
import fi.koto.programme.control.ProgrammeCatalog;
import fi.koto.programme.entity.ChecklistVerdict;
import fi.koto.programme.entity.Programme;
import fi.koto.programme.entity.ReviewNote;
import fi.koto.programme.entity.Verdict;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * The review itself: the official pins notes to sections and gives a verdict on each checklist requirement while
 * the programme is in review; the coordinator replies to notes; either side may mark a note resolved.
 */
@Stateless
public class ProgrammeReview {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgrammeCatalog catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @RolesAllowed(Permission.Names.PROGRAMME_REVIEW)
    public Note pinNote(long id, String sectionKey, String text) {
        Programme programme = load(id);
        requireReview(programme);
        if (sectionKey == null || programme.section(sectionKey).isEmpty()) {
            throw new InvalidInputException("programme.section.unknown", String.valueOf(sectionKey));
        }
        String body = text(text);
        ReviewNote note = programme.pinNote(sectionKey, body, actor(), now());
        em.flush();
        audit.record(
                actor(),
                "PROGRAMME_NOTE_PINNED",
                "Programme",
                String.valueOf(id),
                "note " + note.getId() + " on " + sectionKey);
        return Note.of(note);
    }

    @RolesAllowed({Permission.Names.PROGRAMME_REVIEW, Permission.Names.PROGRAMME_EDIT})
    public Note resolveNote(long id, long noteId) {
        Programme programme = load(id);
        ReviewNote note = note(programme, noteId);
        if (note.isResolved()) {
            throw new ConflictException("programme.note.alreadyResolved");
        }
        note.resolve(actor(), now());
        audit.record(actor(), "PROGRAMME_NOTE_RESOLVED", "Programme", String.valueOf(id), "note " + noteId);
        return Note.of(note);
    }

    @RolesAllowed(Permission.Names.PROGRAMME_EDIT)
    public Note reply(long id, long noteId, String text) {
        Programme programme = load(id);
        ReviewNote note = note(programme, noteId);
        note.reply(text(text), actor(), now());
        audit.record(actor(), "PROGRAMME_NOTE_REPLIED", "Programme", String.valueOf(id), "note " + noteId);
        return Note.of(note);
    }

    @RolesAllowed(Permission.Names.PROGRAMME_REVIEW)
    public Detail judge(long id, String requirementKey, String verdict, String note) {
        Programme programme = load(id);
        requireReview(programme);
        ChecklistVerdict requirement = programme
                .requirement(String.valueOf(requirementKey))
                .orElseThrow(() ->
                        new InvalidInputException("programme.requirement.unknown", String.valueOf(requirementKey)));
        Verdict parsed;
        try {
            parsed = Verdict.valueOf(String.valueOf(verdict).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("programme.verdict.invalid", String.valueOf(verdict));
        }
        if (parsed == Verdict.NOT_INCLUDED && requirement.isRequired()) {
            throw new InvalidInputException(
                    "programme.verdict.requiredItem",
                    Reason.of("programme.requirement." + programme.getLegalBasis() + "." + requirementKey),
                    requirementKey);
        }
        if (note != null && note.length() > ReviewNote.TEXT_LIMIT) {
            throw new InvalidInputException(
                    java.util.List.of(Reason.of("programme.note.tooLong", ReviewNote.TEXT_LIMIT)));
        }
        requirement.judge(parsed, note, actor(), now());
        em.flush();
        audit.record(
                actor(), "PROGRAMME_VERDICT_SET", "Programme", String.valueOf(id), requirementKey + " = " + parsed);
        return Detail.of(programme);
    }

    private static void requireReview(Programme programme) {
        if (!programme.getStatus().isUnderReview()) {
            throw new ConflictException(
                    "programme.notInReview", programme.getStatus().name());
        }
    }

    private static ReviewNote note(Programme programme, long noteId) {
        return programme
                .note(noteId)
                .orElseThrow(() -> new NotFoundException("programme.note.notFound", String.valueOf(noteId)));
    }

    private static String text(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("programme.note.required");
        }
        if (text.length() > ReviewNote.TEXT_LIMIT) {
            throw new InvalidInputException("programme.note.tooLong", ReviewNote.TEXT_LIMIT);
        }
        return text.trim();
    }

    private Programme load(long id) {
        return catalog.find(currentUser.scope(), id, LocalDate.now(clock), true)
                .orElseThrow(() -> new NotFoundException("programme.notFound", String.valueOf(id)));
    }

    private String actor() {
        return currentUser.username();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
