package fi.koto.programme.boundary;

import fi.koto.access.control.AccessScope;
import fi.koto.access.control.CurrentUser;
import fi.koto.access.control.Permission;
import fi.koto.platform.failure.NotFoundException;
import fi.koto.programme.boundary.ProgrammeJson.Diff;
import fi.koto.programme.boundary.ProgrammeJson.DiffLine;
import fi.koto.programme.boundary.ProgrammeJson.HistoryEntry;
import fi.koto.programme.boundary.ProgrammeJson.SectionDiff;
import fi.koto.programme.boundary.ProgrammeJson.Version;
import fi.koto.programme.boundary.ProgrammeJson.VersionSummary;
import fi.koto.programme.control.LineDiff;
import fi.koto.programme.control.ProgrammeCatalog;
import fi.koto.programme.entity.Programme;
import fi.koto.programme.entity.ProgrammeAction;
import fi.koto.programme.entity.SectionText;
import fi.koto.programme.entity.SubmittedVersion;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What happened to a programme: its timeline, its submitted versions and what changed between them. */
@Stateless
@RolesAllowed(Permission.Names.PROGRAMME_READ)
public class ProgrammeRecords {

    @Inject
    ProgrammeCatalog catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /**
     * The timeline. Guidance notes are shown to the authority only while the draft is shared: for anyone but the
     * municipalities' coordinators the text of a guidance-note row is left out when the programme is not shared
     * (it was unshared, then submitted).
     */
    public List<HistoryEntry> history(long id) {
        Programme programme = load(id);
        boolean guidanceShown = seesGuidance(programme);
        return catalog.history(programme).stream()
                .map(HistoryEntry::of)
                .map(e -> guidanceShown || !ProgrammeAction.GUIDANCE_NOTE.name().equals(e.action())
                        ? e
                        : e.withoutComment())
                .toList();
    }

    private boolean seesGuidance(Programme programme) {
        return currentUser.scope().kind() == AccessScope.Kind.MUNICIPALITIES || programme.isSharedForGuidance();
    }

    public List<VersionSummary> versions(long id) {
        return catalog.versions(load(id)).stream().map(VersionSummary::of).toList();
    }

    public Version version(long id, int round) {
        return Version.of(catalog.version(load(id), round).orElseThrow(() -> versionNotFound(round)));
    }

    /** The changes of a round (the latest when none is given) against the round before, per section and language. */
    public Diff diff(long id, Integer round) {
        Programme programme = load(id);
        int wanted = round == null ? programme.getReview().round() : round;
        SubmittedVersion current = catalog.version(programme, wanted).orElseThrow(() -> versionNotFound(wanted));
        SubmittedVersion previous = catalog.version(programme, wanted - 1).orElse(null);
        List<SectionDiff> sections = new ArrayList<>();
        for (SectionText section : current.getSections()) {
            SectionText before =
                    previous == null ? null : previous.section(section.getKey()).orElse(null);
            for (String language : programme.requiredLanguages()) {
                var lines = LineDiff.between(before == null ? null : before.text(language), section.text(language));
                sections.add(new SectionDiff(
                        section.getKey(),
                        language,
                        LineDiff.changed(lines),
                        lines.stream().map(DiffLine::of).toList()));
            }
        }
        return new Diff(wanted, previous == null ? 0 : previous.getRound(), sections);
    }

    private static NotFoundException versionNotFound(int round) {
        return new NotFoundException("programme.version.notFound", String.valueOf(round));
    }

    private Programme load(long id) {
        return catalog.find(currentUser.scope(), id, LocalDate.now(clock), false)
                .orElseThrow(() -> new NotFoundException("programme.notFound", String.valueOf(id)));
    }
}
