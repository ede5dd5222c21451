package fi.koto.report.control;

import static fi.koto.report.control.ReportDefinition.column;
import static fi.koto.report.writer.ColumnType.DATE;
import static fi.koto.report.writer.ColumnType.DECIMAL;
import static fi.koto.report.writer.ColumnType.FLAG;
import static fi.koto.report.writer.ColumnType.INTEGER;
import static fi.koto.report.writer.ColumnType.TEXT;

import fi.koto.report.entity.ReportType;
import fi.koto.report.entity.SnapshotProgramme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The review cycle per programme that had been submitted by the end of the period (rounds, reviews opened and
 * closed in the period, an open review and whether it was overdue, days with the authority and with the
 * municipality; the rules are {@link ProgrammeTimeline}'s), and the counts per municipality.
 */
@ApplicationScoped
public class ReviewActivityReport implements ReportDefinition {

    @Inject
    SnapshotFigures figures;

    @Override
    public ReportType type() {
        return ReportType.REVIEW_ACTIVITY;
    }

    @Override
    public List<SectionDefinition> sections() {
        return List.of(
                new SectionDefinition(
                        "programmes",
                        List.of(
                                column("code", TEXT),
                                column("municipality", TEXT),
                                column("programme", TEXT),
                                column("status", TEXT),
                                column("rounds", INTEGER),
                                column("reviewsOpened", INTEGER),
                                column("reviewsClosed", INTEGER),
                                column("reviewOpen", FLAG),
                                column("reviewDue", DATE),
                                column("reviewOverdue", FLAG),
                                column("daysWithAuthority", DECIMAL),
                                column("daysWithMunicipality", DECIMAL)),
                        this::programmes),
                new SectionDefinition(
                        "byMunicipality",
                        List.of(
                                column("code", TEXT),
                                column("municipality", TEXT),
                                column("authority", TEXT),
                                column("reviewsOpened", INTEGER),
                                column("reviewsClosed", INTEGER),
                                column("reviewsOpen", INTEGER),
                                column("reviewsOverdue", INTEGER)),
                        this::byMunicipality));
    }

    private void programmes(ReportContext c, RowSink sink) throws IOException {
        for (SnapshotProgramme p : figures.programmes(c)) {
            if (p.getRounds() == 0) {
                continue;
            }
            String code = p.getMunicipalityCode();
            sink.row(
                    code,
                    c.names().municipality(code),
                    p.getTitle(),
                    c.text("programme.status." + p.getStatus()),
                    p.getRounds(),
                    p.getReviewsOpened(),
                    p.getReviewsClosed(),
                    p.isReviewOpen(),
                    p.getReviewDue(),
                    p.isReviewOverdue(),
                    p.getDaysWithAuthority(),
                    p.getDaysWithMunicipality());
        }
    }

    private void byMunicipality(ReportContext c, RowSink sink) throws IOException {
        Map<String, int[]> counts = new TreeMap<>();
        for (SnapshotProgramme p : figures.programmes(c)) {
            if (p.getRounds() == 0) {
                continue;
            }
            int[] n = counts.computeIfAbsent(p.getMunicipalityCode(), k -> new int[4]);
            n[0] += p.getReviewsOpened();
            n[1] += p.getReviewsClosed();
            n[2] += p.isReviewOpen() ? 1 : 0;
            n[3] += p.isReviewOverdue() ? 1 : 0;
        }
        for (var entry : counts.entrySet()) {
            String code = entry.getKey();
            int[] n = entry.getValue();
            sink.row(code, c.names().municipality(code), c.names().authority(code), n[0], n[1], n[2], n[3]);
        }
    }
}
