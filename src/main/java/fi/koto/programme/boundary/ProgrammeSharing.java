package fi.koto.programme.boundary;

import fi.koto.access.control.CurrentUser;
import fi.koto.access.control.Permission;
import fi.koto.audit.control.AuditTrail;
import fi.koto.platform.failure.InvalidInputException;
import fi.koto.platform.failure.NotFoundException;
import fi.koto.platform.failure.Reason;
import fi.koto.programme.boundary.ProgrammeJson.Detail;
import fi.koto.programme.boundary.ProgrammeJson.GuidanceNoteView;
import fi.koto.programme.control.ProgrammeCatalog;
import fi.koto.programme.control.ProgrammeSharingChanged;
import fi.koto.programme.entity.GuidanceNote;
import fi.koto.programme.entity.Programme;
import fi.koto.programme.entity.ProgrammeAction;
import fi.koto.programme.entity.ProgrammeEvent;
import fi.koto.programme.entity.ProgrammeStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Sharing a draft with the regional authority for guidance (docs/domain.md "Sharing drafts for guidance"). A
 * draft is private to its municipalities until the coordinator shares it or submits it; while it is shared, the
 * officials of the authority serving the municipalities read it and leave guidance notes, without a review round.
 * Each action has its permission, its preconditions (422 with every reason), one audit record, one timeline row
 * and a {@link ProgrammeSharingChanged} event. A private draft is not found for an official (404), as a programme
 * out of their area is.
 */
@Stateless
public class ProgrammeSharing {

    static final int COMMENT_LIMIT = 4000;

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgrammeCatalog catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Event<ProgrammeSharingChanged> changed;

    @Inject
    Clock clock;

    /** A private DRAFT becomes visible to the authority serving its municipalities (and to managers). */
    @RolesAllowed(Permission.Names.PROGRAMME_SHARE)
    public Detail share(long id) {
        Programme programme = load(id);
        List<Reason> problems = new ArrayList<>();
        if (programme.getStatus() != ProgrammeStatus.DRAFT) {
            problems.add(
                    Reason.of("programme.share.notDraft", programme.getStatus().name()));
        } else if (programme.isSharedForGuidance()) {
            problems.add(Reason.of("programme.share.already"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OffsetDateTime at = now();
        ProgrammeEvent event = programme.share(actor(), at).orElseThrow();
        em.persist(event);
        em.flush();
        audit.record(actor(), "PROGRAMME_SHARED", "Programme", String.valueOf(id), "shared for guidance");
        changed.fire(new ProgrammeSharingChanged(
                id, programme.municipalityCodes(), ProgrammeAction.SHARE, null, actor(), at));
        return Detail.of(programme, true);
    }

    /** A shared DRAFT becomes private again; its guidance notes stay, shown to the authority only while shared. */
    @RolesAllowed(Permission.Names.PROGRAMME_SHARE)
    public Detail unshare(long id, String comment) {
        Programme programme = load(id);
        String reason = comment == null || comment.isBlank() ? null : comment.trim();
        List<Reason> problems = new ArrayList<>();
        if (programme.getStatus() != ProgrammeStatus.DRAFT) {
            problems.add(Reason.of(
                    "programme.unshare.notDraft", programme.getStatus().name()));
        } else if (!programme.isSharedForGuidance()) {
            problems.add(Reason.of("programme.unshare.notShared"));
        }
        if (reason != null && reason.length() > COMMENT_LIMIT) {
            problems.add(Reason.of("programme.comment.tooLong", COMMENT_LIMIT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OffsetDateTime at = now();
        ProgrammeEvent event = programme.unshare(actor(), at, reason).orElseThrow();
        em.persist(event);
        em.flush();
        audit.record(
                actor(),
                "PROGRAMME_UNSHARED",
                "Programme",
                String.valueOf(id),
                "private again" + (reason == null ? "" : ": " + reason));
        changed.fire(new ProgrammeSharingChanged(
                id, programme.municipalityCodes(), ProgrammeAction.UNSHARE, null, actor(), at));
        return Detail.of(programme, true);
    }

    /** An official's guidance note on a shared DRAFT, about the whole draft or one section ({@code sectionKey}). */
    @RolesAllowed(Permission.Names.PROGRAMME_GUIDE)
    public GuidanceNoteView addGuidanceNote(long id, String sectionKey, String text) {
        Programme programme = load(id);
        String section = sectionKey == null || sectionKey.isBlank() ? null : sectionKey.trim();
        String body = text == null ? "" : text.trim();
        List<Reason> problems = new ArrayList<>();
        if (programme.getStatus() != ProgrammeStatus.DRAFT || !programme.isSharedForGuidance()) {
            problems.add(Reason.of(
                    "programme.guidance.notShared", programme.getStatus().name()));
        }
        if (section != null && programme.section(section).isEmpty()) {
            problems.add(Reason.of("programme.section.unknown", section));
        }
        if (body.isEmpty()) {
            problems.add(Reason.of("programme.note.required"));
        } else if (body.length() > GuidanceNote.TEXT_LIMIT) {
            problems.add(Reason.of("programme.note.tooLong", GuidanceNote.TEXT_LIMIT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OffsetDateTime at = now();
        GuidanceNote note = programme.addGuidanceNote(section, body, actor(), at);
        em.persist(ProgrammeEvent.guidanceNoted(programme, note));
        em.flush();
        audit.record(
                actor(),
                "PROGRAMME_GUIDANCE_NOTE",
                "Programme",
                String.valueOf(id),
                "guidance note " + note.getId() + (section == null ? "" : " on " + section));
        changed.fire(new ProgrammeSharingChanged(
                id, programme.municipalityCodes(), ProgrammeAction.GUIDANCE_NOTE, note.getId(), actor(), at));
        return GuidanceNoteView.of(note);
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
