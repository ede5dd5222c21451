package fi.koto.report.control;

import static fi.koto.report.control.ReportDefinition.column;
import static fi.koto.report.writer.ColumnType.DATE;
import static fi.koto.report.writer.ColumnType.INTEGER;
import static fi.koto.report.writer.ColumnType.TEXT;

import fi.koto.agreement.entity.TargetGroup;
import fi.koto.report.entity.ReportType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Persons placed in the months of the period: totals by target group, by municipality and group, and by
 * municipality, month and group; assigned and self-settled persons apart, under 7 and 7 or older apart.
 */
@ApplicationScoped
public class PlacementsReport implements ReportDefinition {

    /** Monthly rows read per query, so the largest section is streamed rather than held. */
    static final int PAGE = 5_000;

    @Inject
    SnapshotFigures figures;

    @Override
    public ReportType type() {
        return ReportType.PLACEMENTS;
    }

    @Override
    public List<SectionDefinition> sections() {
        return List.of(
                new SectionDefinition(
                        "byGroup",
                        List.of(
                                column("targetGroup", TEXT),
                                column("assigned", INTEGER),
                                column("selfSettled", INTEGER),
                                column("total", INTEGER),
                                column("under7", INTEGER),
                                column("age7OrOver", INTEGER)),
                        this::byGroup),
                new SectionDefinition(
                        "byMunicipality",
                        List.of(
                                column("code", TEXT),
                                column("municipality", TEXT),
                                column("authority", TEXT),
                                column("targetGroup", TEXT),
                                column("assigned", INTEGER),
                                column("selfSettled", INTEGER),
                                column("total", INTEGER),
                                column("under7", INTEGER),
                                column("age7OrOver", INTEGER)),
                        this::byMunicipality),
                new SectionDefinition(
                        "byMonth",
                        List.of(
                                column("code", TEXT),
                                column("municipality", TEXT),
                                column("month", DATE),
                                column("targetGroup", TEXT),
                                column("assigned", INTEGER),
                                column("selfSettled", INTEGER),
                                column("total", INTEGER),
                                column("under7", INTEGER),
                                column("age7OrOver", INTEGER)),
                        this::byMonth));
    }

    /** The totals of the first two sections, and the monthly section's first page, read while the rest is set up. */
    @Override
    public void readAhead(ReportContext c) {
        figures.readAhead(c, c.period().firstMonth(), c.period().lastMonth(), PAGE);
    }

    private void byGroup(ReportContext c, RowSink sink) throws IOException {
        Map<TargetGroup, long[]> totals = new EnumMap<>(TargetGroup.class);
        for (TargetGroup group : TargetGroup.values()) {
            totals.put(group, new long[3]);
        }
        for (var placed :
                figures.placements(c, c.period().firstMonth(), c.period().lastMonth())) {
            long[] sums = totals.get(placed.group());
            sums[0] += placed.assigned();
            sums[1] += placed.selfSettled();
            sums[2] += placed.under7();
        }
        for (var entry : totals.entrySet()) {
            long[] sums = entry.getValue();
            long total = sums[0] + sums[1];
            if (total == 0 && !entry.getKey().hasPlaces()) {
                continue; // the groups compensated without places appear once someone of them is placed
            }
            sink.row(c.text(entry.getKey().labelKey()), sums[0], sums[1], total, sums[2], total - sums[2]);
        }
    }

    private void byMunicipality(ReportContext c, RowSink sink) throws IOException {
        for (var placed :
                figures.placements(c, c.period().firstMonth(), c.period().lastMonth())) {
            String code = placed.municipalityCode();
            sink.row(
                    code,
                    c.names().municipality(code),
                    c.names().authority(code),
                    c.text(placed.group().labelKey()),
                    placed.assigned(),
                    placed.selfSettled(),
                    placed.total(),
                    placed.under7(),
                    placed.total() - placed.under7());
        }
    }

    private void byMonth(ReportContext c, RowSink sink) throws IOException {
        try {
            figures.placementMonths(c, c.period().firstMonth(), c.period().lastMonth(), PAGE, placed -> {
                String code = placed.municipalityCode();
                try {
                    sink.row(
                            code,
                            c.names().municipality(code),
                            placed.month(),
                            c.text(placed.group().labelKey()),
                            placed.assigned(),
                            placed.selfSettled(),
                            placed.total(),
                            placed.under7(),
                            placed.total() - placed.under7());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
