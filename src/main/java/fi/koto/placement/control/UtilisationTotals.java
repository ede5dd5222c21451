package fi.koto.placement.control;

import fi.koto.agreement.entity.TargetGroup;
import fi.koto.placement.control.UtilisationCalculator.Utilisation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds up the utilisation of several municipalities for one year: per group (the authority serving them) and
 * overall (the nation for a manager, the reader's own municipalities otherwise). The rules:
 * <ul>
 * <li>Agreed places, realised and self-settled persons are summed per target group.</li>
 * <li>The ratio, the expected figure and the deviation flag are those of the sums, by the same rules as for one
 * municipality ({@link UtilisationCalculator}).</li>
 * <li>Remaining capacity is the sum of the municipalities' remaining places: persons realised above one
 * municipality's places do not free places in another.</li>
 * <li>{@code deviating} counts the municipalities whose own figures deviate, so a total that looks balanced still
 * says how many of its municipalities do not.</li>
 * </ul>
 * Pure: no container, no database.
 */
public final class UtilisationTotals {

    /** One municipality's utilisation and the key of the group it belongs to (null: no group). */
    public record Member(String groupKey, Utilisation utilisation) {}

    /** The sum over {@code municipalities} members, {@code deviating} of which deviate on their own. */
    public record Total(String key, int municipalities, int deviating, Utilisation utilisation) {}

    private UtilisationTotals() {}

    /** The total of all the members. */
    public static Total total(String key, int year, Collection<Utilisation> members, LocalDate today) {
        Map<TargetGroup, Integer> agreed = new EnumMap<>(TargetGroup.class);
        Map<TargetGroup, Integer> realised = new EnumMap<>(TargetGroup.class);
        Map<TargetGroup, Integer> selfSettled = new EnumMap<>(TargetGroup.class);
        int remaining = 0;
        int deviating = 0;
        for (Utilisation member : members) {
            member.agreed().forEach((group, count) -> agreed.merge(group, count, Integer::sum));
            member.realised().forEach((group, count) -> realised.merge(group, count, Integer::sum));
            member.selfSettled().forEach((group, count) -> selfSettled.merge(group, count, Integer::sum));
            remaining += member.remaining();
            deviating += member.deviation() ? 1 : 0;
        }
        Utilisation sums = UtilisationCalculator.of(year, agreed, realised, selfSettled, today);
        Utilisation total = new Utilisation(
                year,
                sums.agreed(),
                sums.realised(),
                sums.selfSettled(),
                sums.agreedTotal(),
                sums.realisedTotal(),
                sums.selfSettledTotal(),
                remaining,
                sums.ratio(),
                sums.expected(),
                sums.deviation());
        return new Total(key, members.size(), deviating, total);
    }

    /** One total per group key, ordered by key; members without a group come last. */
    public static List<Total> byGroup(int year, Collection<Member> members, LocalDate today) {
        Map<String, List<Utilisation>> groups = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (Member member : members) {
            groups.computeIfAbsent(member.groupKey(), k -> new ArrayList<>()).add(member.utilisation());
        }
        List<Total> totals = new ArrayList<>();
        groups.forEach((key, utilisations) -> totals.add(total(key, year, utilisations, today)));
        return totals;
    }
}
