package fi.koto.report.control;

import static fi.koto.report.control.ReportDefinition.column;
import static fi.koto.report.writer.ColumnType.DATE;
import static fi.koto.report.writer.ColumnType.INTEGER;
import static fi.koto.report.writer.ColumnType.TEXT;

import fi.koto.guideline.control.GuidelineCatalog;
import fi.koto.guideline.entity.GuidelineOccupation;
import fi.koto.guideline.entity.WorkPermitGuideline;
import fi.koto.reference.entity.RegionalAuthority;
import fi.koto.report.entity.ReportType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The regional work-permit guidelines in force nationally (docs/domain.md, "Regional work-permit guidelines"): for
 * every regional authority existing on the report's day, whether its area has a guideline in force, one ending
 * within 30 days, or none; and each occupation exempt from the labour-market test in each area, since when without
 * a break. The report's day is the last day of the period, or the day it is pulled while the period runs.
 * Guidelines are public once decided, so every reader sees the same national figures (read through
 * {@link GuidelineCatalog}, the one query layer of guidelines, as the public page and the dashboard do).
 */
@ApplicationScoped
public class WorkPermitGuidelinesReport implements ReportDefinition {

    /** The same horizon as the authorities' dashboard card (GuidelineCoverage.EXPIRING_DAYS). */
    static final int EXPIRING_DAYS = 30;

    @Inject
    GuidelineCatalog catalog;

    @Override
    public ReportType type() {
        return ReportType.WORK_PERMIT_GUIDELINES;
    }

    @Override
    public List<SectionDefinition> sections() {
        return List.of(
                new SectionDefinition(
                        "byArea",
                        List.of(
                                column("authority", TEXT),
                                column("guidelineState", TEXT),
                                column("guideline", INTEGER),
                                column("validFrom", DATE),
                                column("lastDay", DATE),
                                column("decidedOn", DATE),
                                column("decisionReference", TEXT),
                                column("jointWith", TEXT),
                                column("occupationCount", INTEGER)),
                        this::byArea),
                new SectionDefinition(
                        "occupations",
                        List.of(
                                column("authority", TEXT),
                                column("occupationCode", TEXT),
                                column("occupation", TEXT),
                                column("exemptSince", DATE),
                                column("lastDay", DATE),
                                column("justification", TEXT)),
                        this::occupations));
    }

    /** The day the report tells about. */
    static LocalDate day(ReportContext c) {
        LocalDate end = c.period().end();
        return c.referenceDay() == null || end.isBefore(c.referenceDay()) ? end : c.referenceDay();
    }

    private List<WorkPermitGuideline> published(ReportContext c) {
        return c.shared("guidelines.published", catalog::published);
    }

    private Optional<WorkPermitGuideline> inForce(ReportContext c, RegionalAuthority a) {
        LocalDate day = day(c);
        return published(c).stream()
                .filter(g -> g.participates(a.getId()) && g.inForceOn(day))
                .max(Comparator.comparing(WorkPermitGuideline::getEffectiveOn));
    }

    private void byArea(ReportContext c, RowSink sink) throws IOException {
        LocalDate day = day(c);
        String language = c.language().code();
        for (RegionalAuthority a : catalog.authoritiesOn(day)) {
            Optional<WorkPermitGuideline> inForce = inForce(c, a);
            if (inForce.isEmpty()) {
                sink.row(
                        a.name(language), c.text("guidelines.coverage.NONE"), null, null, null, null, null, null, null);
                continue;
            }
            WorkPermitGuideline g = inForce.get();
            boolean expiring = !g.lastDay().isAfter(day.plusDays(EXPIRING_DAYS));
            sink.row(
                    a.name(language),
                    c.text("guidelines.coverage." + (expiring ? "EXPIRING" : "IN_FORCE")),
                    g.getId(),
                    g.getValidFrom(),
                    g.lastDay(),
                    g.getDecidedOn(),
                    g.getDecisionReference(),
                    g.getAuthorities().stream()
                            .filter(other -> !other.getId().equals(a.getId()))
                            .map(other -> other.name(language))
                            .collect(Collectors.joining(", ")),
                    g.getOccupations().size());
        }
    }

    private void occupations(ReportContext c, RowSink sink) throws IOException {
        LocalDate day = day(c);
        String language = c.language().code();
        for (RegionalAuthority a : catalog.authoritiesOn(day)) {
            Optional<WorkPermitGuideline> inForce = inForce(c, a);
            if (inForce.isEmpty()) {
                continue;
            }
            WorkPermitGuideline g = inForce.get();
            List<GuidelineOccupation> listed = g.getOccupations().stream()
                    .sorted(Comparator.comparing(o -> o.getOccupation().getCode()))
                    .toList();
            for (GuidelineOccupation o : listed) {
                String code = o.getOccupation().getCode();
                sink.row(
                        a.name(language),
                        code,
                        o.getOccupation().title(language),
                        GuidelineCatalog.exemptSince(published(c), g, a.getId(), code),
                        g.lastDay(),
                        o.justification(language));
            }
        }
    }
}
