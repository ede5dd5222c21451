package fi.koto.guideline.boundary;

import fi.koto.access.control.Permission;
import fi.koto.audit.control.AuditTrail;
import fi.koto.guideline.boundary.GuidelineJson.Detail;
import fi.koto.guideline.boundary.GuidelineJson.GuidelineEdit;
import fi.koto.guideline.boundary.GuidelineJson.NewGuideline;
import fi.koto.guideline.boundary.GuidelineJson.NewParty;
import fi.koto.guideline.boundary.GuidelineJson.Summary;
import fi.koto.guideline.control.GuidelineCatalog;
import fi.koto.guideline.control.GuidelineTransitioned;
import fi.koto.guideline.entity.ConsultationParty;
import fi.koto.guideline.entity.GuidelineAction;
import fi.koto.guideline.entity.GuidelineEvent;
import fi.koto.guideline.entity.GuidelineStatus;
import fi.koto.guideline.entity.PartyKind;
import fi.koto.guideline.entity.WorkPermitGuideline;
import fi.koto.platform.failure.ConflictException;
import fi.koto.platform.failure.InvalidInputException;
import fi.koto.platform.failure.Reason;
import fi.koto.reference.entity.RegionalAuthority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Preparing, consulting on and deciding regional work-permit guidelines (docs/domain.md, "Regional work-permit
 * guidelines"). Each transition is its own method with its permission, its preconditions, one audit record, one
 * timeline row and a {@link GuidelineTransitioned} event; the guideline is locked for it, so a request sent twice
 * finds the new state and is refused with 409. Officials change only guidelines their own authority takes part in.
 */
@Stateless
public class Guidelines {

    static final String SUBJECT = "WorkPermitGuideline";

    @PersistenceContext
    EntityManager em;

    @Inject
    GuidelineCatalog catalog;

    @Inject
    GuidelineViews views;

    @Inject
    GuidelineInput input;

    @Inject
    GuidelineLifecycle lifecycle;

    @Inject
    GuidelineAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Event<GuidelineTransitioned> transitioned;

    @RolesAllowed(Permission.Names.GUIDELINE_READ)
    public List<Summary> search(String authorityCode, String language) {
        Long authorityId = authorityCode == null || authorityCode.isBlank()
                ? null
                : input.authority(authorityCode).map(RegionalAuthority::getId).orElse(-1L);
        return catalog.search(access.scope(), authorityId, access.today()).stream()
                .map(g -> Summary.of(g, language))
                .toList();
    }

    @RolesAllowed(Permission.Names.GUIDELINE_READ)
    public Detail find(long id, String language) {
        WorkPermitGuideline g = access.load(id, false);
        return views.detail(g, language, access.mayEdit(g));
    }

    /** Starts a draft for the official's authority (or jointly with others); all problems are reported at once. */
    @RolesAllowed(Permission.Names.GUIDELINE_EDIT)
    public Detail create(NewGuideline request) {
        List<Reason> problems = new ArrayList<>();
        List<RegionalAuthority> authorities = authorities(request.authorityCodes(), problems);
        LocalDate from = input.date(request.validFrom(), "validFrom", problems);
        LocalDate to = input.date(request.validTo(), "validTo", problems);
        input.period(from, to, problems);
        input.situation(request.situationFi(), request.situationSv(), problems);
        var entries = input.occupations(request.occupations(), problems);
        WorkPermitGuideline previous = null;
        if (!authorities.isEmpty()) {
            long own = access.ownAuthority();
            previous = catalog.inForceFor(own, access.today())
                    .or(() -> catalog.published().stream()
                            .filter(g -> g.participates(own))
                            .findFirst())
                    .orElse(null);
        }
        if (from != null && to != null && !authorities.isEmpty()) {
            noOverlap(null, ids(authorities), from, to, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var guideline = new WorkPermitGuideline(authorities, from, to, previous, access.actor(), access.now());
        guideline.write(from, to, request.situationFi(), request.situationSv(), access.actor(), access.now());
        if (Boolean.TRUE.equals(request.copyFromInForce()) && previous != null) {
            var copied = new ArrayList<>(
                    previous.getOccupations().stream().map(o -> o.entry()).toList());
            entries.forEach(e -> {
                copied.removeIf(c -> c.occupation().equals(e.occupation()));
                copied.add(e);
            });
            entries = copied;
        }
        guideline.setOccupations(entries, access.actor(), access.now());
        em.persist(guideline);
        em.persist(guideline.created());
        em.flush();
        audit.record(
                access.actor(),
                "GUIDELINE_CREATED",
                SUBJECT,
                String.valueOf(guideline.getId()),
                guideline.authorityIds() + " " + from + ".." + to + ", " + entries.size() + " occupations"
                        + (previous == null ? "" : ", previous #" + previous.getId()));
        return views.detail(guideline, "fi", true);
    }

    /** Saves the period, texts and occupations of a draft or a guideline in consultation. */
    @RolesAllowed(Permission.Names.GUIDELINE_EDIT)
    public Detail edit(long id, GuidelineEdit edit) {
        if (edit.version() == null) {
            throw new InvalidInputException("guideline.version.required");
        }
        WorkPermitGuideline g = access.loadForEdit(id, edit.version(), true);
        if (!g.getStatus().isEditable()) {
            throw new ConflictException("guideline.notEditable", g.getStatus().name());
        }
        List<Reason> problems = new ArrayList<>();
        LocalDate from = input.date(edit.validFrom(), "validFrom", problems);
        LocalDate to = input.date(edit.validTo(), "validTo", problems);
        input.period(from, to, problems);
        input.situation(edit.situationFi(), edit.situationSv(), problems);
        var entries = input.occupations(edit.occupations(), problems);
        if (from != null && to != null) {
            noOverlap(g.getId(), g.authorityIds(), from, to, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        g.write(from, to, edit.situationFi(), edit.situationSv(), access.actor(), access.now());
        g.setOccupations(entries, access.actor(), access.now());
        em.persist(
                g.note(GuidelineAction.EDIT, access.actor(), access.now(), null).detailed(entries.size(), null, null));
        em.flush();
        audit.record(
                access.actor(),
                "GUIDELINE_EDITED",
                SUBJECT,
                String.valueOf(id),
                from + ".." + to + ", " + g.occupationCodes());
        return views.detail(g, "fi", true);
    }

    /** Names a party to be heard (in preparation or during the consultation). */
    @RolesAllowed(Permission.Names.GUIDELINE_EDIT)
    public Detail addParty(long id, NewParty request) {
        WorkPermitGuideline g = access.loadForEdit(id, null, true);
        if (!g.getStatus().isEditable()) {
            throw new ConflictException("guideline.notEditable", g.getStatus().name());
        }
        List<Reason> problems = new ArrayList<>();
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > ConsultationParty.NAME_LIMIT) {
            problems.add(Reason.of("guideline.party.name.invalid", ConsultationParty.NAME_LIMIT));
        } else if (g.getParties().stream().anyMatch(p -> p.getName().equalsIgnoreCase(name))) {
            problems.add(Reason.of("guideline.party.duplicate", name));
        }
        PartyKind kind = null;
        try {
            kind = PartyKind.valueOf(String.valueOf(request.kind()).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(Reason.of("guideline.party.kind.invalid", String.valueOf(request.kind())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        g.addParty(name, kind, access.actor(), access.now());
        em.persist(g.note(GuidelineAction.PARTY_ADDED, access.actor(), access.now(), name)
                .detailed(null, null, kind));
        em.flush();
        audit.record(access.actor(), "GUIDELINE_PARTY_ADDED", SUBJECT, String.valueOf(id), name + ", " + kind);
        return views.detail(g, "fi", true);
    }

    /** DRAFT to IN_CONSULTATION: at least one party named, a deadline not in the past, the texts and occupations. */
    @RolesAllowed(Permission.Names.GUIDELINE_EDIT)
    public Detail startConsultation(long id, Long version, String deadlineText) {
        WorkPermitGuideline g = access.loadForEdit(id, version, true);
        GuidelineStatus from = allowed(g, GuidelineAction.START_CONSULTATION);
        List<Reason> problems = new ArrayList<>();
        LocalDate deadline = input.date(deadlineText, "deadline", problems);
        if (deadline != null && deadline.isBefore(access.today())) {
            problems.add(Reason.of("guideline.deadline.past", deadline));
        }
        if (g.getParties().isEmpty()) {
            problems.add(Reason.of("guideline.consultation.noParties"));
        }
        contentComplete(g, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        GuidelineEvent event =
                g.startConsultation(deadline, access.actor(), access.now()).orElseThrow();
        moved(
                g,
                event,
                from,
                "deadline " + deadline + ", parties " + g.getParties().size());
        return views.detail(g, "fi", true);
    }

    /**
     * IN_CONSULTATION to DECIDED: only with a consultation record (a statement of at least one party heard), the
     * decision's day (not in the future), decision-maker and reference, and the effective day within the period and
     * not before the decision; the period must still not overlap another of the area. A guideline whose effective day
     * has come takes effect at once (and supersedes its predecessor), otherwise on that day's lifecycle run.
     */
    @RolesAllowed(Permission.Names.GUIDELINE_EDIT)
    public Detail decide(
            long id, Long version, String decidedOnText, String decisionMaker, String reference, String effectiveText) {
        WorkPermitGuideline g = access.loadForEdit(id, version, true);
        GuidelineStatus from = allowed(g, GuidelineAction.DECIDE);
        List<Reason> problems = new ArrayList<>();
        if (g.getParties().stream().noneMatch(ConsultationParty::hasStatement)) {
            problems.add(Reason.of("guideline.decision.noConsultationRecord"));
        }
        LocalDate decidedOn = input.date(decidedOnText, "decidedOn", problems);
        if (decidedOn != null && decidedOn.isAfter(access.today())) {
            problems.add(Reason.of("guideline.decision.future", decidedOn));
        }
        String maker = decisionMaker == null ? "" : decisionMaker.strip();
        if (maker.isEmpty() || maker.length() > 200) {
            problems.add(Reason.of("guideline.decision.maker.invalid", 200));
        }
        String ref = reference == null ? "" : reference.strip();
        if (ref.isEmpty() || ref.length() > 100) {
            problems.add(Reason.of("guideline.decision.reference.invalid", 100));
        }
        LocalDate effective = effectiveText == null || effectiveText.isBlank()
                ? g.getValidFrom()
                : input.date(effectiveText, "effectiveOn", problems);
        if (effective != null && (effective.isBefore(g.getValidFrom()) || effective.isAfter(g.getValidTo()))) {
            problems.add(Reason.of("guideline.effective.outsidePeriod", effective, g.getValidFrom(), g.getValidTo()));
        }
        if (effective != null && decidedOn != null && effective.isBefore(decidedOn)) {
            problems.add(Reason.of("guideline.effective.beforeDecision", effective, decidedOn));
        }
        contentComplete(g, problems);
        noOverlap(g.getId(), g.authorityIds(), g.getValidFrom(), g.getValidTo(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        GuidelineEvent event = g.decide(decidedOn, maker, ref, effective, access.actor(), access.now())
                .orElseThrow();
        moved(g, event, from, decidedOn + ", " + maker + ", " + ref + ", effective " + effective);
        if (!effective.isAfter(access.today())) {
            lifecycle.takeEffect(g, access.today(), access.actor());
        }
        return views.detail(g, "fi", true);
    }

    private void moved(WorkPermitGuideline g, GuidelineEvent event, GuidelineStatus from, String detail) {
        em.persist(event);
        em.flush();
        audit.record(
                access.actor(),
                "GUIDELINE_" + event.getAction().name(),
                SUBJECT,
                String.valueOf(g.getId()),
                from + " -> " + g.getStatus() + ": " + detail);
        transitioned.fire(new GuidelineTransitioned(
                g.getId(), g.authorityIds(), event.getAction(), from, g.getStatus(), access.actor(), event.getAt()));
    }

    private static GuidelineStatus allowed(WorkPermitGuideline g, GuidelineAction action) {
        GuidelineStatus from = g.getStatus();
        if (from.after(action).isEmpty()) {
            throw new ConflictException("guideline.transition.notAllowed", action.name(), from.name());
        }
        return from;
    }

    private static void contentComplete(WorkPermitGuideline g, List<Reason> problems) {
        if (g.getSituationFi() == null) {
            problems.add(Reason.of("guideline.situation.missing", Reason.of("language.adjective.fi")));
        }
        if (g.getSituationSv() == null) {
            problems.add(Reason.of("guideline.situation.missing", Reason.of("language.adjective.sv")));
        }
        if (g.getOccupations().isEmpty()) {
            problems.add(Reason.of("guideline.occupations.none"));
        }
    }

    private void noOverlap(Long id, Set<Long> authorityIds, LocalDate from, LocalDate to, List<Reason> problems) {
        for (WorkPermitGuideline other : catalog.overlapping(id, authorityIds, from, to)) {
            problems.add(Reason.of(
                    "guideline.period.overlaps", String.valueOf(other.getId()), other.getValidFrom(), other.lastDay()));
        }
    }

    private List<RegionalAuthority> authorities(List<String> codes, List<Reason> problems) {
        long own = access.ownAuthority();
        Set<String> wanted = new LinkedHashSet<>();
        if (codes != null) {
            codes.forEach(c -> wanted.add(String.valueOf(c).strip().toUpperCase(Locale.ROOT)));
        }
        List<RegionalAuthority> result = new ArrayList<>();
        if (wanted.isEmpty()) {
            result.add(em.find(RegionalAuthority.class, own));
            return result;
        }
        for (String code : wanted) {
            Optional<RegionalAuthority> found = input.authority(code).filter(a -> a.existsOn(access.today()));
            if (found.isEmpty()) {
                problems.add(Reason.of("guideline.authority.unknown", code));
            } else {
                result.add(found.get());
            }
        }
        if (problems.isEmpty() && result.stream().noneMatch(a -> a.getId() == own)) {
            problems.add(Reason.of("guideline.authority.ownMissing"));
        }
        return problems.isEmpty() ? result : List.of();
    }

    private static Set<Long> ids(List<RegionalAuthority> authorities) {
        Set<Long> ids = new LinkedHashSet<>();
        authorities.forEach(a -> ids.add(a.getId()));
        return ids;
    }
}
