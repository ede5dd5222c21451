package fi.koto.placement.control;

import fi.koto.agreement.entity.TargetGroup;
import fi.koto.placement.entity.RealisedPlacement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;

/**
 * The one way a row of realised placements is written, by hand entry and by import alike: the row with the key
 * (municipality, month, group, self-settled) gets the new counts, or is created. Writing the same figures twice
 * leaves the same row, so an import run again counts nothing twice. The caller has checked scope and counts.
 */
@ApplicationScoped
public class PlacementUpsert {

    @PersistenceContext
    EntityManager em;

    @Inject
    PlacementRegister placements;

    /** The row as written, and its counts before ("new" when it did not exist). */
    public record Written(RealisedPlacement row, String before) {}

    public Written upsert(
            String municipalityCode, YearMonth month, TargetGroup group, boolean selfSettled, int persons, int under7) {
        RealisedPlacement row =
                placements.row(municipalityCode, month, group, selfSettled).orElse(null);
        String before = row == null ? "new" : row.getPersons() + "/" + row.getUnder7();
        if (row == null) {
            row = new RealisedPlacement(municipalityCode, month, group, selfSettled);
            em.persist(row);
        }
        row.count(persons, under7);
        return new Written(row, before);
    }
}
