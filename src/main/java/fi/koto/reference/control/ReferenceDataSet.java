package fi.koto.reference.control;

import fi.koto.reference.entity.AuthorityKind;
import fi.koto.reference.entity.LanguageStatus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reference data as shipped in {@code db/reference/} (Statistics Finland's 2025 classification, valid in 2026,
 * CC BY 4.0; see SOURCES.md there), turned into rows: regions, municipalities with their Sámi names, the
 * authorities and the service areas that say which authority serves which municipality when.
 *
 * <p>Åland municipalities get no serving authority: Åland is autonomous and arranges integration under its own
 * legislation, and Statistics Finland's ELY code 16 for Åland is a statistical placeholder, not an ELY centre.
 */
public record ReferenceDataSet(
        List<Region> regions,
        List<Municipality> municipalities,
        List<Authority> authorities,
        List<ServiceArea> serviceAreas) {

    /** The ELY centres took over immigration tasks when they were founded in 2010. */
    public static final LocalDate ELY_ERA_START = LocalDate.of(2010, 1, 1);

    public static final LocalDate ELY_ERA_END = LocalDate.of(2025, 12, 31);
    public static final LocalDate ELINVOIMAKESKUS_ERA_START = LocalDate.of(2026, 1, 1);

    private static final String ROOT = "db/reference/";
    private static final long ELINVOIMAKESKUS_ID_OFFSET = 100;

    public record Region(String code, String nameFi, String nameSv) {}

    public record Municipality(
            String code,
            String nameFi,
            String nameSv,
            String nameSe,
            String regionCode,
            LanguageStatus language,
            boolean aland) {}

    public record Authority(
            long id,
            String code,
            AuthorityKind kind,
            String nameFi,
            String nameSv,
            String nameEn,
            LocalDate validFrom,
            LocalDate validTo) {}

    public record ServiceArea(
            long id, long authorityId, String municipalityCode, LocalDate validFrom, LocalDate validTo) {}

    public static ReferenceDataSet load() {
        List<Map<String, String>> municipalityRows = read("municipalities.csv");
        Map<String, String> samiNames = new TreeMap<>();
        read("sami_names.csv").forEach(row -> samiNames.put(row.get("code"), row.get("name_se")));

        Map<String, Region> regions = new TreeMap<>();
        List<Municipality> municipalities = new ArrayList<>();
        for (var row : municipalityRows) {
            regions.putIfAbsent(
                    row.get("region_code"),
                    new Region(row.get("region_code"), row.get("region_fi"), row.get("region_sv")));
            municipalities.add(new Municipality(
                    row.get("code"),
                    row.get("name_fi"),
                    row.get("name_sv"),
                    samiNames.get(row.get("code")),
                    row.get("region_code"),
                    LanguageStatus.fromStatisticsFinland(row.get("language")),
                    Boolean.parseBoolean(row.get("aland"))));
        }

        List<Authority> authorities = new ArrayList<>();
        Map<String, Long> elyIds = new LinkedHashMap<>();
        for (var row : read("ely_centres_2025.csv")) {
            if (!Boolean.parseBoolean(row.get("is_ely_centre"))) {
                continue;
            }
            long id = Long.parseLong(row.get("ely_code"));
            elyIds.put(row.get("ely_code"), id);
            authorities.add(new Authority(
                    id,
                    "ELY" + row.get("ely_code"),
                    AuthorityKind.ELY_CENTRE,
                    row.get("ely_fi"),
                    row.get("ely_sv"),
                    row.get("ely_en"),
                    ELY_ERA_START,
                    ELY_ERA_END));
        }
        Map<String, Long> elinvoimakeskusByRegion = new TreeMap<>();
        Map<String, Authority> elinvoimakeskukset = new TreeMap<>();
        for (var row : read("regions_elinvoimakeskus_2026.csv")) {
            long id = ELINVOIMAKESKUS_ID_OFFSET + Long.parseLong(row.get("evk_code"));
            elinvoimakeskusByRegion.put(row.get("region_code"), id);
            elinvoimakeskukset.putIfAbsent(
                    row.get("evk_code"),
                    new Authority(
                            id,
                            "EVK" + row.get("evk_code"),
                            AuthorityKind.ELINVOIMAKESKUS,
                            row.get("evk_fi"),
                            row.get("evk_sv"),
                            row.get("evk_en"),
                            ELINVOIMAKESKUS_ERA_START,
                            null));
        }
        authorities.addAll(elinvoimakeskukset.values());

        List<ServiceArea> serviceAreas = new ArrayList<>();
        long nextId = 1;
        for (var row : municipalityRows) {
            if (Boolean.parseBoolean(row.get("aland"))) {
                continue;
            }
            String code = row.get("code");
            Long ely = elyIds.get(row.get("ely_code"));
            if (ely != null) {
                serviceAreas.add(new ServiceArea(nextId++, ely, code, ELY_ERA_START, ELY_ERA_END));
            }
            Long evk = elinvoimakeskusByRegion.get(row.get("region_code"));
            if (evk != null) {
                serviceAreas.add(new ServiceArea(nextId++, evk, code, ELINVOIMAKESKUS_ERA_START, null));
            }
        }
        return new ReferenceDataSet(
                List.copyOf(regions.values()),
                List.copyOf(municipalities),
                List.copyOf(authorities),
                List.copyOf(serviceAreas));
    }

    /** Reads a UTF-8, comma-separated file with one header row and no quoted fields (as SOURCES.md describes). */
    static List<Map<String, String>> read(String file) {
        InputStream in = ReferenceDataSet.class.getClassLoader().getResourceAsStream(ROOT + file);
        if (in == null) {
            throw new IllegalStateException("Reference data file missing from the build: " + ROOT + file);
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] header = reader.readLine().split(",", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            String line;
            int lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != header.length) {
                    throw new IllegalStateException(ROOT + file + " line " + lineNumber + ": expected " + header.length
                            + " columns, found " + cells.length);
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], cells[i].trim());
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
