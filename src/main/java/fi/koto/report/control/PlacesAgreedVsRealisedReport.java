package fi.koto.report.control;

import static fi.koto.report.control.ReportDefinition.column;
import static fi.koto.report.writer.ColumnType.DECIMAL;
import static fi.koto.report.writer.ColumnType.FLAG;
import static fi.koto.report.writer.ColumnType.INTEGER;
import static fi.koto.report.writer.ColumnType.PERCENT;
import static fi.koto.report.writer.ColumnType.TEXT;

import fi.koto.agreement.entity.TargetGroup;
import fi.koto.placement.control.UtilisationCalculator;
import fi.koto.placement.control.UtilisationCalculator.Utilisation;
import fi.koto.report.entity.ReportType;
import fi.koto.report.entity.SnapshotPlaces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Places agreed for the period's year against persons placed from January to the end of the period, by
 * municipality and by municipality and target group, with the utilisation rules of {@link UtilisationCalculator}
 * (the deviation flag compares with the places expected by the end of the period). Municipalities with places
 * agreed or persons placed appear.
 */
@ApplicationScoped
public class PlacesAgreedVsRealisedReport implements ReportDefinition {

    @Inject
    SnapshotFigures figures;

    @Override
    public ReportType type() {
        return ReportType.PLACES_AGREED_VS_REALISED;
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
                                column("agreed", INTEGER),
                                column("realised", INTEGER),
                                column("selfSettled", INTEGER),
                                column("remaining", INTEGER),
                                column("utilisation", PERCENT),
                                column("expected", DECIMAL),
                                column("deviation", FLAG)),
                        this::byMunicipality),
                new SectionDefinition(
                        "byGroup",
                        List.of(
                                column("code", TEXT),
                                column("municipality", TEXT),
                                column("targetGroup", TEXT),
                                column("agreed", INTEGER),
                                column("realised", INTEGER),
                                column("selfSettled", INTEGER),
                                column("remaining", INTEGER),
                                column("utilisation", PERCENT)),
                        this::byGroup));
    }

    private void byMunicipality(ReportContext c, RowSink sink) throws IOException {
        for (var entry : utilisation(c).entrySet()) {
            String code = entry.getKey();
            Utilisation u = entry.getValue();
            sink.row(
                    code,
                    c.names().municipality(code),
                    c.names().authority(code),
                    u.agreedTotal(),
                    u.realisedTotal(),
                    u.selfSettledTotal(),
                    u.remaining(),
                    u.ratio(),
                    u.expected(),
                    u.deviation());
        }
    }

    private void byGroup(ReportContext c, RowSink sink) throws IOException {
        for (var entry : utilisation(c).entrySet()) {
            String code = entry.getKey();
            Utilisation u = entry.getValue();
            for (TargetGroup group : TargetGroup.placeGroups()) {
                int agreed = u.agreed().get(group);
                int realised = u.realised().get(group);
                int selfSettled = u.selfSettled().get(group);
                if (agreed == 0 && realised == 0 && selfSettled == 0) {
                    continue;
                }
                BigDecimal ratio = agreed == 0
                        ? null
                        : BigDecimal.valueOf(realised).divide(BigDecimal.valueOf(agreed), 4, RoundingMode.HALF_UP);
                sink.row(
                        code,
                        c.names().municipality(code),
                        c.text(group.labelKey()),
                        agreed,
                        realised,
                        selfSettled,
                        Math.max(0, agreed - realised),
                        ratio);
            }
        }
    }

    /** Per municipality code, the utilisation of its places for the year up to the end of the period. */
    private Map<String, Utilisation> utilisation(ReportContext c) {
        Map<String, Map<TargetGroup, Integer>> agreed = new TreeMap<>();
        for (SnapshotPlaces places : figures.places(c)) {
            agreed.computeIfAbsent(places.getMunicipalityCode(), k -> new EnumMap<>(TargetGroup.class))
                    .merge(places.getTargetGroup(), places.getPlaces(), Integer::sum);
        }
        Map<String, Map<TargetGroup, Integer>> realised = new TreeMap<>();
        Map<String, Map<TargetGroup, Integer>> selfSettled = new TreeMap<>();
        for (var placed : figures.placements(
                c, YearMonth.of(c.period().year(), 1), c.period().lastMonth())) {
            realised.computeIfAbsent(placed.municipalityCode(), k -> new EnumMap<>(TargetGroup.class))
                    .merge(placed.group(), (int) placed.assigned(), Integer::sum);
            selfSettled
                    .computeIfAbsent(placed.municipalityCode(), k -> new EnumMap<>(TargetGroup.class))
                    .merge(placed.group(), (int) placed.selfSettled(), Integer::sum);
        }
        Map<String, Utilisation> result = new TreeMap<>();
        java.util.Set<String> codes = new java.util.TreeSet<>(agreed.keySet());
        codes.addAll(realised.keySet());
        for (String code : codes) {
            result.put(
                    code,
                    UtilisationCalculator.of(
                            c.period().year(),
                            agreed.get(code),
                            realised.get(code),
                            selfSettled.get(code),
                            c.referenceDay()));
        }
        return result;
    }
}
