package fi.koto.guideline.boundary;

import fi.koto.guideline.boundary.GuidelineJson.Authority;
import fi.koto.guideline.boundary.GuidelineJson.Changes;
import fi.koto.guideline.boundary.GuidelineJson.OccupationTitle;
import fi.koto.guideline.control.GuidelineCatalog;
import fi.koto.guideline.entity.GuidelineOccupation;
import fi.koto.guideline.entity.WorkPermitGuideline;
import fi.koto.platform.failure.InvalidInputException;
import fi.koto.platform.failure.NotFoundException;
import fi.koto.platform.failure.Reason;
import fi.koto.reference.entity.Occupation;
import fi.koto.reference.entity.RegionalAuthority;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The published work-permit guidelines for everyone, signed in or not: read only, and only what is published
 * (decided, in force, superseded, expired). Texts in the language asked for: the situation and justifications in
 * Swedish for "sv", otherwise in Finnish; occupation titles in English where the classification has none.
 */
@Stateless
@PermitAll
public class PublicGuidelines {

    @Inject
    GuidelineCatalog catalog;

    @Inject
    GuidelineViews views;

    @Inject
    GuidelineInput input;

    @Inject
    Clock clock;

    public record PublicOccupation(String code, String title, String titleLanguage, String justification)
            implements Serializable {}

    public record PublicGuideline(
            long id,
            String status,
            boolean inForce,
            List<Authority> authorities,
            LocalDate validFrom,
            LocalDate validTo,
            LocalDate effectiveOn,
            LocalDate lastDay,
            LocalDate decidedOn,
            String decisionMaker,
            String decisionReference,
            String situation,
            List<PublicOccupation> occupations,
            Changes changes)
            implements Serializable {}

    /** Where one occupation is exempt on the day: the guideline, and since when it has been exempt without a break. */
    public record Exemption(
            Authority authority, long guidelineId, LocalDate since, LocalDate until, String justification)
            implements Serializable {}

    public record ExemptAnswer(OccupationTitle occupation, LocalDate on, List<Exemption> areas)
            implements Serializable {}

    /** The published guidelines, of one authority (code) or all, newest period first; {@code inForceOnly} filters. */
    public List<PublicGuideline> list(String language, String authorityCode, boolean inForceOnly) {
        String lang = language(language);
        LocalDate today = LocalDate.now(clock);
        Optional<Long> authority = authority(authorityCode);
        return catalog.published().stream()
                .filter(g -> authority.isEmpty() || g.participates(authority.get()))
                .filter(g -> !inForceOnly || g.inForceOn(today))
                .map(g -> view(g, lang, today))
                .toList();
    }

    public PublicGuideline find(long id, String language) {
        LocalDate today = LocalDate.now(clock);
        return catalog.published().stream()
                .filter(g -> g.getId() == id)
                .findFirst()
                .map(g -> view(g, language(language), today))
                .orElseThrow(() -> new NotFoundException("guideline.notFound", String.valueOf(id)));
    }

    /** "Where is occupation X exempt today (or on the day), and since when?" */
    public ExemptAnswer exempt(String code, String onText, String language) {
        String lang = language(language);
        List<Reason> problems = new ArrayList<>();
        LocalDate on = onText == null || onText.isBlank() ? LocalDate.now(clock) : input.date(onText, "on", problems);
        Occupation occupation = null;
        String given = code == null ? "" : code.strip();
        if (given.isEmpty()) {
            problems.add(Reason.of("guideline.occupation.required"));
        } else {
            occupation = input.occupation(given).orElse(null);
            if (occupation == null) {
                problems.add(Reason.of("guideline.occupation.unknown", given));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<WorkPermitGuideline> published = catalog.published();
        List<Exemption> areas = new ArrayList<>();
        for (WorkPermitGuideline g : published) {
            if (!g.inForceOn(on)) {
                continue;
            }
            Optional<GuidelineOccupation> listed = g.occupation(occupation.getCode());
            if (listed.isEmpty()) {
                continue;
            }
            for (RegionalAuthority a : g.getAuthorities()) {
                areas.add(new Exemption(
                        Authority.of(a, lang),
                        g.getId(),
                        GuidelineCatalog.exemptSince(published, g, a.getId(), occupation.getCode()),
                        g.lastDay(),
                        listed.get().justification(lang)));
            }
        }
        areas.sort(Comparator.comparing(e -> e.authority().code()));
        return new ExemptAnswer(OccupationTitle.of(occupation, lang), on, areas);
    }

    /** The CSV of every published guideline's occupations (one row per guideline, authority and occupation). */
    public String csv(String language) {
        String lang = language(language);
        LocalDate today = LocalDate.now(clock);
        StringBuilder csv = new StringBuilder(
                "guideline_id,status,in_force_today,authority_code,authority_name,valid_from,valid_to,effective_on,"
                        + "last_day,decided_on,decision_reference,occupation_code,occupation_title,title_language,"
                        + "justification\r\n");
        for (WorkPermitGuideline g : catalog.published()) {
            for (RegionalAuthority a : g.getAuthorities()) {
                for (GuidelineOccupation o : g.getOccupations()) {
                    Occupation occupation = o.getOccupation();
                    csv.append(String.join(
                                    ",",
                                    String.valueOf(g.getId()),
                                    g.getStatus().name(),
                                    String.valueOf(g.inForceOn(today)),
                                    a.getCode(),
                                    cell(a.name(lang)),
                                    String.valueOf(g.getValidFrom()),
                                    String.valueOf(g.getValidTo()),
                                    String.valueOf(g.getEffectiveOn()),
                                    String.valueOf(g.lastDay()),
                                    String.valueOf(g.getDecidedOn()),
                                    cell(g.getDecisionReference()),
                                    occupation.getCode(),
                                    cell(occupation.title(lang)),
                                    occupation.titleLanguage(lang),
                                    cell(o.justification(lang))))
                            .append("\r\n");
                }
            }
        }
        return csv.toString();
    }

    private PublicGuideline view(WorkPermitGuideline g, String lang, LocalDate today) {
        return new PublicGuideline(
                g.getId(),
                g.getStatus().name(),
                g.inForceOn(today),
                g.getAuthorities().stream().map(a -> Authority.of(a, lang)).toList(),
                g.getValidFrom(),
                g.getValidTo(),
                g.getEffectiveOn(),
                g.lastDay(),
                g.getDecidedOn(),
                g.getDecisionMaker(),
                g.getDecisionReference(),
                "sv".equals(lang) && g.getSituationSv() != null ? g.getSituationSv() : g.getSituationFi(),
                g.getOccupations().stream()
                        .map(o -> new PublicOccupation(
                                o.getOccupation().getCode(),
                                o.getOccupation().title(lang),
                                o.getOccupation().titleLanguage(lang),
                                o.justification(lang)))
                        .toList(),
                views.changes(g, lang));
    }

    private Optional<Long> authority(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(input.authority(code.strip().toUpperCase(java.util.Locale.ROOT))
                .map(RegionalAuthority::getId)
                .orElseThrow(() -> new InvalidInputException("guideline.authority.unknown", code)));
    }

    static String language(String language) {
        return "sv".equals(language) || "en".equals(language) ? language : "fi";
    }

    /** A CSV cell (RFC 4180), with a leading =, +, - or @ defused so that spreadsheets never run it as a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
