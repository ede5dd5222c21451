package fi.koto.report.control;

import static fi.koto.report.control.ReportDefinition.column;
import static fi.koto.report.writer.ColumnType.DATE;
import static fi.koto.report.writer.ColumnType.FLAG;
import static fi.koto.report.writer.ColumnType.INTEGER;
import static fi.koto.report.writer.ColumnType.TEXT;

import fi.koto.programme.entity.ProgrammeStatus;
import fi.koto.report.entity.ReportType;
import fi.koto.report.entity.SnapshotProgramme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each municipality's integration programmes at the end of the period (state, legal basis, approval, revision
 * due, overdue revisions), and a line per mainland municipality in scope saying whether it had an approved
 * programme, when the next revision was due and how many programmes were in review.
 */
@ApplicationScoped
public class ProgrammeStatusReport implements ReportDefinition {

    @Inject
    SnapshotFigures figures;

    @Override
    public ReportType type() {
        return ReportType.PROGRAMME_STATUS;
    }

    @Override
    public List<SectionDefinition> sections() {
        return List.of(
                new SectionDefinition(
                        "programmes",
                        List.of(
                                column("code", TEXT),
                                column("municipality", TEXT),
                                column("authority", TEXT),
                                column("programme", TEXT),
                                column("legalBasis", TEXT),
                                column("status", TEXT),
                                column("approvedOn", DATE),
                                column("revisionDue", DATE),
                                column("revisionOverdue", FLAG),
                                column("lastSubmitted", DATE)),
                        this::programmes),
                new SectionDefinition(
                        "byMunicipality",
                        List.of(
                                column("code", TEXT),
                                column("municipality", TEXT),
                                column("authority", TEXT),
                                column("approvedProgramme", FLAG),
                                column("revisionDue", DATE),
                                column("revisionOverdue", FLAG),
                                column("inReview", INTEGER),
                                column("programmes", INTEGER)),
                        this::byMunicipality));
    }

    private void programmes(ReportContext c, RowSink sink) throws IOException {
        for (SnapshotProgramme p : figures.programmes(c)) {
            String code = p.getMunicipalityCode();
            sink.row(
                    code,
                    c.names().municipality(code),
                    c.names().authority(code),
                    p.getTitle(),
                    c.text("programme.legalBasis." + p.getLegalBasis().name()),
                    c.text("programme.status." + p.getStatus().name()),
                    p.getApprovedOn(),
                    p.getRevisionDue(),
                    p.isRevisionOverdue(),
                    p.getLastSubmittedOn());
        }
    }

    private void byMunicipality(ReportContext c, RowSink sink) throws IOException {
        Map<String, List<SnapshotProgramme>> byCode = new HashMap<>();
        for (SnapshotProgramme p : figures.programmes(c)) {
            byCode.computeIfAbsent(p.getMunicipalityCode(), k -> new ArrayList<>())
                    .add(p);
        }
        for (String code : figures.mainlandMunicipalities(c)) {
            List<SnapshotProgramme> programmes = byCode.getOrDefault(code, List.of());
            boolean approved = false;
            boolean overdue = false;
            LocalDate nextRevision = null;
            int inReview = 0;
            for (SnapshotProgramme p : programmes) {
                approved |= p.getStatus() == ProgrammeStatus.APPROVED || p.getStatus() == ProgrammeStatus.ADOPTED;
                overdue |= p.isRevisionOverdue();
                if (p.getRevisionDue() != null
                        && (nextRevision == null || p.getRevisionDue().isBefore(nextRevision))) {
                    nextRevision = p.getRevisionDue();
                }
                if (p.isReviewOpen()) {
                    inReview++;
                }
            }
            sink.row(
                    code,
                    c.names().municipality(code),
                    c.names().authority(code),
                    approved,
                    nextRevision,
                    overdue,
                    inReview,
                    programmes.size());
        }
    }
}
