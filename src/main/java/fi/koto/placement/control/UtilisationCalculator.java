package fi.koto.placement.control;

import fi.koto.agreement.entity.TargetGroup;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Compares the places a municipality agreed for a year with the persons assigned to it. The rules:
 * <ul>
 * <li>Realised counts assigned persons only; self-settled persons do not use places and are reported beside
 * them.</li>
 * <li>Remaining capacity is agreed minus realised, never below 0; the ratio is realised / agreed (4 decimals),
 * null when nothing was agreed.</li>
 * <li>Deviation: realised is compared with the expected figure, which for a year that is over is the whole
 * agreed number, for the current year the agreed number pro rata to the completed months (none in January,
 * so January never flags), and for a future year nothing. Realised below 50% or above 110% of the expected
 * figure is a deviation; so are persons realised where no places were agreed and some months have passed.</li>
 * </ul>
 */
public final class UtilisationCalculator {

    static final BigDecimal LOW = new BigDecimal("0.5");
    static final BigDecimal HIGH = new BigDecimal("1.1");

    /** The result for one municipality and year. */
    public record Utilisation(
            int year,
            Map<TargetGroup, Integer> agreed,
            Map<TargetGroup, Integer> realised,
            Map<TargetGroup, Integer> selfSettled,
            int agreedTotal,
            int realisedTotal,
            int selfSettledTotal,
            int remaining,
            BigDecimal ratio,
            BigDecimal expected,
            boolean deviation) {}

    private UtilisationCalculator() {}

    public static Utilisation of(
            int year,
            Map<TargetGroup, Integer> agreed,
            Map<TargetGroup, Integer> realised,
            Map<TargetGroup, Integer> selfSettled,
            LocalDate today) {
        Map<TargetGroup, Integer> a = complete(agreed);
        Map<TargetGroup, Integer> r = complete(realised);
        Map<TargetGroup, Integer> s = complete(selfSettled);
        int agreedTotal = sum(a);
        int realisedTotal = sum(r);
        BigDecimal ratio = agreedTotal == 0
                ? null
                : BigDecimal.valueOf(realisedTotal).divide(BigDecimal.valueOf(agreedTotal), 4, RoundingMode.HALF_UP);
        int elapsedMonths = year < today.getYear() ? 12 : year > today.getYear() ? 0 : today.getMonthValue() - 1;
        BigDecimal expected = BigDecimal.valueOf(agreedTotal)
                .multiply(BigDecimal.valueOf(elapsedMonths))
                .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
        boolean deviation;
        if (elapsedMonths == 0) {
            deviation = false;
        } else if (agreedTotal == 0) {
            deviation = realisedTotal > 0;
        } else {
            BigDecimal actual = BigDecimal.valueOf(realisedTotal);
            deviation = actual.compareTo(expected.multiply(LOW)) < 0 || actual.compareTo(expected.multiply(HIGH)) > 0;
        }
        return new Utilisation(
                year,
                a,
                r,
                s,
                agreedTotal,
                realisedTotal,
                sum(s),
                Math.max(0, agreedTotal - realisedTotal),
                ratio,
                expected,
                deviation);
    }

    /**
     * The groups places are agreed for, with 0 where none were counted. Groups compensated without places
     * (victims of trafficking, individual humanitarian grounds) use no places and are left out.
     */
    private static Map<TargetGroup, Integer> complete(Map<TargetGroup, Integer> counts) {
        Map<TargetGroup, Integer> all = new EnumMap<>(TargetGroup.class);
        for (TargetGroup group : TargetGroup.placeGroups()) {
            all.put(group, counts == null ? 0 : counts.getOrDefault(group, 0));
        }
        return Collections.unmodifiableMap(all);
    }

    private static int sum(Map<TargetGroup, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
