package fi.koto.report.control;

import fi.koto.access.control.AccessScope;
import fi.koto.platform.i18n.Messages;
import fi.koto.platform.i18n.SupportedLanguage;
import fi.koto.platform.time.ClockProducer;
import fi.koto.reference.entity.RegionalAuthority;
import fi.koto.report.entity.ReportRequest;
import fi.koto.report.entity.ReportSnapshot;
import fi.koto.report.writer.Column;
import fi.koto.report.writer.ReportHeader;
import fi.koto.report.writer.ReportLabels;
import fi.koto.report.writer.ReportWriter;
import fi.koto.report.writer.Section;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes one report: its header in the report's language, then each section of its definition with the rows read
 * from the snapshot within the requester's scope. Runs without a transaction (reads only), so that a large report
 * is never cut short by a transaction timeout and no persistence context grows with the rows.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportComposer {

    /**
     * How often the progress is saved: at most every quarter second, looked at every 500 rows. (Every 2,000 rows
     * was a dozen locking transactions for the national year's report, which is written in under a second.)
     */
    static final int PROGRESS_CHECK_EVERY = 500;

    static final long PROGRESS_NANOS = 250_000_000L;

    /** Told how far the writing has come. */
    public interface Progress {
        void at(int percent, long rows);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ReportCatalog catalog;

    @Inject
    SnapshotFigures figures;

    /** Writes the report to {@code out} and returns the number of rows written; progress runs from 10 to 95. */
    public long write(ReportRequest request, OutputStream out, Progress progress) throws IOException {
        ReportSnapshot snapshot = em.find(ReportSnapshot.class, request.getSnapshotId());
        SupportedLanguage language = SupportedLanguage.parse(request.getLanguage());
        ReportPeriod period = new ReportPeriod(request.getYear(), request.getQuarter());
        LocalDate reference = snapshot.isLive()
                ? snapshot.getTakenAt().atZoneSameInstant(ClockProducer.FINLAND).toLocalDate()
                : period.end().plusDays(1);
        var context = new ReportContext(
                snapshot.getId(),
                period,
                language,
                request.scope(),
                request.getScopeDate(),
                reference,
                figures.names(language, request.getScopeDate()));
        ReportDefinition definition = catalog.definition(request.getType());
        definition.readAhead(context);
        long[] rows = {0};
        long[] saved = {System.nanoTime()};
        int sections = definition.sections().size();
        try (ReportWriter writer = request.getFormat().open(out, header(request, snapshot, context))) {
            int done = 0;
            for (ReportDefinition.SectionDefinition section : definition.sections()) {
                List<Column> columns = new ArrayList<>();
                for (ReportDefinition.ColumnDefinition column : section.columns()) {
                    columns.add(new Column(context.text(column.labelKey()), column.type()));
                }
                writer.section(new Section(
                        context.text("report.section." + request.getType() + "." + section.name()), columns));
                int sectionIndex = done;
                section.rows().write(context, values -> {
                    writer.row(values);
                    if (++rows[0] % PROGRESS_CHECK_EVERY == 0 && System.nanoTime() - saved[0] > PROGRESS_NANOS) {
                        progress.at(10 + 85 * sectionIndex / sections, rows[0]);
                        saved[0] = System.nanoTime();
                    }
                });
                done++;
                progress.at(10 + 85 * done / sections, rows[0]);
            }
        }
        return rows[0];
    }

    /** The file name: koto-TYPE-PERIOD-LANGUAGE.EXT, in ASCII, for example koto-placements-2026-Q1-fi.xlsx. */
    public static String filename(ReportRequest request) {
        return "koto-" + request.getType().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                + new ReportPeriod(request.getYear(), request.getQuarter()).key() + "-" + request.getLanguage() + "."
                + request.getFormat().extension();
    }

    private ReportHeader header(ReportRequest request, ReportSnapshot snapshot, ReportContext c) {
        SupportedLanguage language = c.language();
        ReportPeriod period = c.period();
        var labels = new ReportLabels(
                text(language, "report.label.period"),
                text(language, "report.label.asOf"),
                text(language, "report.label.page"),
                text(language, "report.label.yes"),
                text(language, "report.label.no"),
                text(language, "report.label.parameters"),
                text(language, "report.label.parameter"),
                text(language, "report.label.value"),
                text(language, "report.label.sheetTitle"));
        List<ReportHeader.Parameter> parameters = List.of(
                new ReportHeader.Parameter(
                        text(language, "report.parameter.type"),
                        text(language, request.getType().labelKey())),
                new ReportHeader.Parameter(text(language, "report.parameter.scope"), scope(request.scope(), c)),
                new ReportHeader.Parameter(
                        text(language, "report.parameter.figures"),
                        text(language, snapshot.isLive() ? "report.figures.live" : "report.figures.snapshot")),
                new ReportHeader.Parameter(
                        text(language, "report.parameter.requestedBy"),
                        request.isScheduled()
                                ? text(language, "report.requestedBy.schedule")
                                : request.getRequestedBy()));
        return new ReportHeader(
                text(language, request.getType().labelKey()),
                Messages.text(language, period.labelKey(), period.labelArgs()),
                snapshot.getTakenAt().atZoneSameInstant(ClockProducer.FINLAND),
                language.locale(),
                parameters,
                labels);
    }

    private String scope(AccessScope scope, ReportContext c) {
        return switch (scope.kind()) {
            case ALL -> c.text("report.scope.all");
            case NONE -> c.text("report.scope.none");
            case AUTHORITY -> {
                RegionalAuthority authority = em.find(RegionalAuthority.class, scope.authorityId());
                yield authority == null ? "" : authority.name(c.language().code());
            }
            case MUNICIPALITIES ->
                String.join(
                        ", ",
                        scope.municipalityCodes().stream()
                                .map(code -> c.names().municipality(code))
                                .toList());
        };
    }

    private static String text(SupportedLanguage language, String key) {
        return Messages.text(language, key);
    }
}
