package fi.koto.report.control;

import static fi.koto.report.control.ReportDefinition.column;
import static fi.koto.report.writer.ColumnType.DECIMAL;
import static fi.koto.report.writer.ColumnType.INTEGER;
import static fi.koto.report.writer.ColumnType.TEXT;

import fi.koto.report.entity.ReportType;
import fi.koto.report.entity.SnapshotCompensation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The estimated calculated compensation for the months of the period (the rules of
 * {@link fi.koto.placement.control.CompensationCalculator}), per municipality and per municipality and group.
 */
@ApplicationScoped
public class CompensationReport implements ReportDefinition {

    @Inject
    SnapshotFigures figures;

    @Override
    public ReportType type() {
        return ReportType.COMPENSATION;
    }

    @Override
    public List<SectionDefinition> sections() {
        return List.of(
                new SectionDefinition(
                        "byMunicipality",
                        List.of(
                                column("code", TEXT),
                                column("municipality", TEXT),
                                column("authority", TEXT),
                                column("personMonths7OrOver", INTEGER),
                                column("personMonthsUnder7", INTEGER),
                                column("amount", DECIMAL),
                                column("personsWithoutPeriod", INTEGER)),
                        this::byMunicipality),
                new SectionDefinition(
                        "byGroup",
                        List.of(
                                column("code", TEXT),
                                column("municipality", TEXT),
                                column("targetGroup", TEXT),
                                column("personMonths7OrOver", INTEGER),
                                column("personMonthsUnder7", INTEGER),
                                column("amount", DECIMAL),
                                column("personsWithoutPeriod", INTEGER)),
                        this::byGroup),
                new SectionDefinition(
                        "byWellbeingCounty",
                        List.of(
                                column("wellbeingCountyCode", TEXT),
                                column("wellbeingCounty", TEXT),
                                column("municipalities", INTEGER),
                                column("personMonths7OrOver", INTEGER),
                                column("personMonthsUnder7", INTEGER),
                                column("countyAmount", DECIMAL)),
                        this::byWellbeingCounty));
    }

    /**
     * The wellbeing services county's share (the City of Helsinki's own) summed over its municipalities in the
     * caller's scope (docs/domain.md, "Wellbeing services counties"); Åland has no county and no row. Snapshots
     * taken before the county share was captured show an empty amount.
     */
    private void byWellbeingCounty(ReportContext c, RowSink sink) throws IOException {
        Map<String, SnapshotFigures.County> counties = figures.counties();
        Map<String, Object[]> totals = new TreeMap<>();
        Map<String, java.util.Set<String>> members = new TreeMap<>();
        for (SnapshotCompensation line : figures.compensation(c)) {
            SnapshotFigures.County county = counties.get(line.getMunicipalityCode());
            if (county == null) {
                continue;
            }
            Object[] t = totals.computeIfAbsent(county.code(), k -> new Object[] {0L, 0L, BigDecimal.ZERO.setScale(2)});
            members.computeIfAbsent(county.code(), k -> new java.util.TreeSet<>())
                    .add(line.getMunicipalityCode());
            t[0] = (Long) t[0] + line.getPersonMonths7OrOver();
            t[1] = (Long) t[1] + line.getPersonMonthsUnder7();
            t[2] = t[2] == null || line.getCountyAmount() == null
                    ? null
                    : ((BigDecimal) t[2]).add(line.getCountyAmount());
        }
        Map<String, SnapshotFigures.County> byCode = new TreeMap<>();
        counties.values().forEach(county -> byCode.putIfAbsent(county.code(), county));
        for (var entry : totals.entrySet()) {
            Object[] t = entry.getValue();
            sink.row(
                    entry.getKey(),
                    byCode.get(entry.getKey()).name(c.language()),
                    members.get(entry.getKey()).size(),
                    t[0],
                    t[1],
                    t[2]);
        }
    }

    private void byMunicipality(ReportContext c, RowSink sink) throws IOException {
        Map<String, Object[]> totals = new TreeMap<>();
        for (SnapshotCompensation line : figures.compensation(c)) {
            Object[] t = totals.computeIfAbsent(
                    line.getMunicipalityCode(), k -> new Object[] {0L, 0L, BigDecimal.ZERO.setScale(2), 0});
            t[0] = (Long) t[0] + line.getPersonMonths7OrOver();
            t[1] = (Long) t[1] + line.getPersonMonthsUnder7();
            t[2] = ((BigDecimal) t[2]).add(line.getAmount());
            t[3] = (Integer) t[3] + line.getPersonsWithoutPeriod();
        }
        for (var entry : totals.entrySet()) {
            String code = entry.getKey();
            Object[] t = entry.getValue();
            sink.row(code, c.names().municipality(code), c.names().authority(code), t[0], t[1], t[2], t[3]);
        }
    }

    private void byGroup(ReportContext c, RowSink sink) throws IOException {
        for (SnapshotCompensation line : figures.compensation(c)) {
            String code = line.getMunicipalityCode();
            sink.row(
                    code,
                    c.names().municipality(code),
                    c.text(line.getTargetGroup().labelKey()),
                    line.getPersonMonths7OrOver(),
                    line.getPersonMonthsUnder7(),
                    line.getAmount(),
                    line.getPersonsWithoutPeriod());
        }
    }
}
