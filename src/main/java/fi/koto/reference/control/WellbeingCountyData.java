package fi.koto.reference.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The wellbeing services counties (hyvinvointialueet / välfärdsområden) as shipped in {@code db/reference/}
 * ({@code wellbeing_counties.csv} and {@code wellbeing_counties_2025.csv}: Statistics Finland, CC BY 4.0; see
 * SOURCES.md there), with each mainland municipality's county. Code {@code 90} is the City of Helsinki, which
 * organises social and health services itself and is not a county; Åland has no county (docs/domain.md,
 * "Wellbeing services counties").
 */
public record WellbeingCountyData(List<County> counties, Map<String, String> countyOfMunicipality) {

    /** The counties took over social and health services on 1.1.2023 (Act 616/2021, docs/domain.md). */
    public static final LocalDate COUNTIES_START = LocalDate.of(2023, 1, 1);

    public record County(
            String code, String nameFi, String nameSv, String nameEn, String regionCode, boolean wellbeingCounty) {}

    public static WellbeingCountyData load() {
        List<County> counties = ReferenceDataSet.read("wellbeing_counties.csv").stream()
                .map(row -> new County(
                        row.get("wellbeing_county_code"),
                        row.get("wellbeing_county_fi"),
                        row.get("wellbeing_county_sv"),
                        row.get("wellbeing_county_en"),
                        row.get("region_code"),
                        Boolean.parseBoolean(row.get("is_wellbeing_county"))))
                .toList();
        Map<String, String> byMunicipality = new TreeMap<>();
        ReferenceDataSet.read("wellbeing_counties_2025.csv")
                .forEach(row -> byMunicipality.put(row.get("code"), row.get("wellbeing_county_code")));
        return new WellbeingCountyData(counties, byMunicipality);
    }
}
