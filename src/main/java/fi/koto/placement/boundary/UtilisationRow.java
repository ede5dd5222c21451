package fi.koto.placement.boundary;

import fi.koto.agreement.entity.TargetGroup;
import fi.koto.placement.control.UtilisationCalculator.Utilisation;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One municipality's use of its places in a year: agreed and realised (assigned persons) totals and by group,
 * self-settled persons beside them, remaining capacity, the ratio realised/agreed and the deviation flag.
 */
public record UtilisationRow(
        String municipalityCode,
        String municipalityNameFi,
        int year,
        Counts agreed,
        Counts realised,
        Counts selfSettled,
        int remaining,
        BigDecimal utilisation,
        BigDecimal expected,
        boolean deviation)
        implements Serializable {

    /** A total and the figure per target group. */
    public record Counts(int total, Map<String, Integer> byGroup) implements Serializable {

        static Counts of(int total, Map<TargetGroup, Integer> byGroup) {
            Map<String, Integer> named = new LinkedHashMap<>();
            byGroup.forEach((group, count) -> named.put(group.name(), count));
            return new Counts(total, named);
        }
    }

    public static UtilisationRow of(String code, String name, Utilisation u) {
        return new UtilisationRow(
                code,
                name,
                u.year(),
                Counts.of(u.agreedTotal(), u.agreed()),
                Counts.of(u.realisedTotal(), u.realised()),
                Counts.of(u.selfSettledTotal(), u.selfSettled()),
                u.remaining(),
                u.ratio(),
                u.expected(),
                u.deviation());
    }
}
