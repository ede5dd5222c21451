package fi.koto.report.control;

import static fi.koto.report.control.ReportDefinition.column;
import static fi.koto.report.writer.ColumnType.DATE;
import static fi.koto.report.writer.ColumnType.FLAG;
import static fi.koto.report.writer.ColumnType.INTEGER;
import static fi.koto.report.writer.ColumnType.TEXT;

import fi.koto.agreement.entity.AnswerState;
import fi.koto.agreement.entity.TargetGroup;
import fi.koto.report.entity.ReportType;
import fi.koto.report.entity.SnapshotPlacesRound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The annual places round of the period's year: per municipality in scope the authority that asked, the deadline,
 * where the answer stands on the report's reference day (answered, answered late, outstanding, overdue), when it
 * came, whether it was late, the places answered per target group and the reminders sent to it; and per round
 * (authority) the answers received against those outstanding.
 */
@ApplicationScoped
public class PlacesRoundReport implements ReportDefinition {

    @Inject
    SnapshotFigures figures;

    @Override
    public ReportType type() {
        return ReportType.PLACES_ROUND;
    }

    @Override
    public List<SectionDefinition> sections() {
        List<ColumnDefinition> byMunicipality = new ArrayList<>(List.of(
                column("code", TEXT),
                column("municipality", TEXT),
                column("authority", TEXT),
                column("deadline", DATE),
                column("answerState", TEXT),
                column("answeredOn", DATE),
                column("late", FLAG)));
        for (TargetGroup group : TargetGroup.placeGroups()) {
            byMunicipality.add(column("answered." + group.name(), INTEGER));
        }
        byMunicipality.add(column("answeredTotal", INTEGER));
        byMunicipality.add(column("reminders", INTEGER));
        return List.of(
                new SectionDefinition("byMunicipality", byMunicipality, this::byMunicipality),
                new SectionDefinition(
                        "byAuthority",
                        List.of(
                                column("authority", TEXT),
                                column("deadline", DATE),
                                column("requests", INTEGER),
                                column("answersReceived", INTEGER),
                                column("answersLate", INTEGER),
                                column("outstanding", INTEGER),
                                column("overdue", INTEGER),
                                column("answeredTotal", INTEGER)),
                        this::byAuthority));
    }

    private void byMunicipality(ReportContext c, RowSink sink) throws IOException {
        Map<Long, String> authorities = figures.authorityNames(c.language());
        LocalDate day = c.referenceDay();
        for (SnapshotPlacesRound r : figures.placesRounds(c)) {
            String code = r.getMunicipalityCode();
            List<Object> values = new ArrayList<>(List.of(
                    code,
                    c.names().municipality(code),
                    authorities.getOrDefault(r.getAuthorityId(), ""),
                    r.getDeadline(),
                    c.text("answerState." + r.state(day).name())));
            values.add(r.getAnsweredOn());
            values.add(r.isLate(day));
            for (TargetGroup group : TargetGroup.placeGroups()) {
                values.add(r.places(group));
            }
            values.add(r.placesTotal());
            values.add(r.getReminders());
            sink.row(values.toArray());
        }
    }

    private void byAuthority(ReportContext c, RowSink sink) throws IOException {
        Map<Long, String> authorities = figures.authorityNames(c.language());
        LocalDate day = c.referenceDay();
        Map<Long, Round> rounds = new TreeMap<>();
        for (SnapshotPlacesRound r : figures.placesRounds(c)) {
            Round round = rounds.computeIfAbsent(r.getRoundId(), id -> new Round(r.getAuthorityId(), r.getDeadline()));
            AnswerState state = r.state(day);
            round.counts[0]++;
            round.counts[1] += state.isAnswered() ? 1 : 0;
            round.counts[2] += state == AnswerState.ANSWERED_LATE ? 1 : 0;
            round.counts[3] += state.isAnswered() ? 0 : 1;
            round.counts[4] += state == AnswerState.OVERDUE ? 1 : 0;
            round.counts[5] += r.placesTotal();
        }
        List<Round> ordered = new ArrayList<>(rounds.values());
        ordered.sort(Comparator.comparing((Round r) -> authorities.getOrDefault(r.authorityId, "")));
        for (Round r : ordered) {
            int[] n = r.counts;
            sink.row(authorities.getOrDefault(r.authorityId, ""), r.deadline, n[0], n[1], n[2], n[3], n[4], n[5]);
        }
    }

    /** Counts of one round: requests, answered, answered late, outstanding, overdue, places answered. */
    private static final class Round {
        final long authorityId;
        final LocalDate deadline;
        final int[] counts = new int[6];

        Round(long authorityId, LocalDate deadline) {
            this.authorityId = authorityId;
            this.deadline = deadline;
        }
    }
}
