package fi.koto.placement.boundary;

import fi.koto.placement.control.UtilisationTotals;
import fi.koto.reference.entity.RegionalAuthority;
import java.io.Serializable;
import java.util.List;

/**
 * A year's utilisation of places in the caller's scope: one row per municipality, a total per authority serving
 * them today, and the total over all of them (the national figure for those who see every municipality).
 */
public record UtilisationSummary(int year, List<UtilisationRow> municipalities, List<Total> authorities, Total total)
        implements Serializable {

    /**
     * A sum over {@code municipalities} municipalities, {@code deviating} of which deviate on their own; the
     * authority's code and names, all null for the overall total or municipalities no authority serves (Åland).
     */
    public record Total(
            String authorityCode,
            String nameFi,
            String nameSv,
            String nameEn,
            int municipalities,
            int deviating,
            UtilisationRow figures)
            implements Serializable {

        static Total of(UtilisationTotals.Total total, RegionalAuthority authority) {
            UtilisationRow figures = UtilisationRow.of(total.key(), null, total.utilisation());
            return authority == null
                    ? new Total(null, null, null, null, total.municipalities(), total.deviating(), figures)
                    : new Total(
                            authority.getCode(),
                            authority.getNameFi(),
                            authority.getNameSv(),
                            authority.getNameEn(),
                            total.municipalities(),
                            total.deviating(),
                            figures);
        }

        public String name(String language) {
            return switch (language) {
                case "sv" -> nameSv;
                case "en" -> nameEn;
                default -> nameFi;
            };
        }
    }
}
