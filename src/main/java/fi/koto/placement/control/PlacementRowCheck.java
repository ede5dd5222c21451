package fi.koto.placement.control;

import fi.koto.agreement.entity.TargetGroup;
import fi.koto.platform.failure.Reason;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks one imported row of realised placements (municipality_code, month, target_group, persons, under_7,
 * self_settled) and remembers the keys it has accepted, so a second row with the same key is a duplicate. Pure: the
 * caller gives the codes that exist and those in the importer's scope.
 */
public final class PlacementRowCheck {

    static final YearMonth FIRST_MONTH = YearMonth.of(2000, 1);
    static final int MAX_PERSONS = 100_000;

    /** A valid row. */
    public record Row(
            int line,
            String municipalityCode,
            YearMonth month,
            TargetGroup group,
            boolean selfSettled,
            int persons,
            int under7)
            implements java.io.Serializable {

        String key() {
            return municipalityCode + "|" + month + "|" + group + "|" + selfSettled;
        }
    }

    /** The row when valid, otherwise every reason to reject it. */
    public record Outcome(int line, Row row, List<Reason> reasons) implements java.io.Serializable {

        public boolean accepted() {
            return row != null;
        }
    }

    private final Set<String> existing;
    private final Set<String> inScope;
    private final YearMonth latestMonth;
    private final Map<String, Integer> seen = new HashMap<>();

    public PlacementRowCheck(Set<String> existing, Set<String> inScope, YearMonth latestMonth) {
        this.existing = Set.copyOf(existing);
        this.inScope = Set.copyOf(inScope);
        this.latestMonth = latestMonth;
    }

    public Outcome check(int line, List<String> cells) {
        List<Reason> problems = new ArrayList<>();
        if (cells.size() != 6) {
            return new Outcome(line, null, List.of(Reason.of("import.row.columns", cells.size())));
        }
        String code = cells.get(0).strip();
        if (!existing.contains(code)) {
            problems.add(Reason.of("import.row.municipality.unknown", code));
        } else if (!inScope.contains(code)) {
            problems.add(Reason.of("import.row.municipality.outsideScope", code));
        }
        YearMonth month = month(cells.get(1).strip());
        if (month == null) {
            problems.add(Reason.of("placement.month.invalid", cells.get(1).strip()));
        }
        TargetGroup group = null;
        try {
            group = TargetGroup.valueOf(cells.get(2).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(Reason.of("targetGroup.unknown", cells.get(2).strip()));
        }
        Integer persons = count(cells.get(3));
        Integer under7 = count(cells.get(4));
        if (persons == null) {
            problems.add(Reason.of("import.row.persons.invalid", cells.get(3).strip()));
        }
        if (under7 == null) {
            problems.add(Reason.of("import.row.under7.invalid", cells.get(4).strip()));
        }
        if (persons != null && under7 != null && under7 > persons) {
            problems.add(Reason.of("import.row.under7.tooMany", under7, persons));
        }
        Boolean selfSettled = flag(cells.get(5));
        if (selfSettled == null) {
            problems.add(
                    Reason.of("import.row.selfSettled.invalid", cells.get(5).strip()));
        }
        if (!problems.isEmpty()) {
            return new Outcome(line, null, problems);
        }
        Row row = new Row(line, code, month, group, selfSettled, persons, under7);
        Integer first = seen.putIfAbsent(row.key(), line);
        if (first != null) {
            return new Outcome(line, null, List.of(Reason.of("import.row.duplicate", first)));
        }
        return new Outcome(line, row, List.of());
    }

    private YearMonth month(String text) {
        if (!text.matches("\\d{4}-\\d{2}")) {
            return null;
        }
        try {
            YearMonth month = YearMonth.parse(text);
            return month.isBefore(FIRST_MONTH) || month.isAfter(latestMonth) ? null : month;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A whole number from 0 to 100,000; a spreadsheet's "5.0" counts as 5. */
    static Integer count(String text) {
        String t = text.strip();
        if (!t.matches("\\d{1,7}(\\.0+)?")) {
            return null;
        }
        int value = new BigDecimal(t).intValueExact();
        return value <= MAX_PERSONS ? value : null;
    }

    static Boolean flag(String text) {
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true":
            case "1":
            case "yes":
            case "kyllä":
            case "k":
            case "ja":
                return Boolean.TRUE;
            case "false":
            case "0":
            case "no":
            case "ei":
            case "e":
            case "nej":
            case "":
                return Boolean.FALSE;
            default:
                return null;
        }
    }
}
