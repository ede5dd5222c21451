package fi.koto.agreement.control;

import fi.koto.agreement.entity.AgreementEvent;
import fi.koto.agreement.entity.AnnualPlaces;
import fi.koto.agreement.entity.PlacementAgreement;
import fi.koto.agreement.entity.TargetGroup;
import fi.koto.audit.control.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The one place where an agreement's places for a year change, whatever the change comes from: entered on the
 * agreement, an answer in the annual places round, or extra places a municipality accepted. Every change is
 * written to the agreement's timeline as {@code PLACES_SET} (as data: the year, the source when it came from a
 * round or a request, the places before and after per group that changed), to the audit trail (in words such as
 * "2027: QUOTA_REFUGEE 0->20 [PLACES_ROUND 12]"), and announced as
 * {@link AgreementChanged}. Callers check permission, scope, status and version first, inside their transaction.
 */
@ApplicationScoped
public class PlacesLedger {

    /** The audit subject of agreements, as the agreement boundary writes it. */
    static final String SUBJECT = "PlacementAgreement";

    @PersistenceContext
    EntityManager em;

    @Inject
    AgreementRegister register;

    @Inject
    AuditTrail audit;

    @Inject
    Event<AgreementChanged> changed;

    @Inject
    Clock clock;

    /**
     * Sets the places of {@code agreement} for {@code year} (groups missing from {@code places} get 0).
     * {@code source} names where the change came from, e.g. {@code PLACES_ROUND 12}; null for a change entered
     * on the agreement itself.
     */
    public AnnualPlaces set(
            PlacementAgreement agreement,
            int year,
            Map<TargetGroup, Integer> places,
            String nationalityPreferences,
            String actor,
            String source) {
        AnnualPlaces row = register.places(agreement, year).orElse(null);
        Map<TargetGroup, Integer> before = row == null ? Map.of() : row.places();
        if (row == null) {
            row = new AnnualPlaces(agreement, year);
            em.persist(row);
        }
        row.change(places, nationalityPreferences);
        em.flush();
        String detail = year + ": " + PlacesInput.difference(before, row.places())
                + (source == null ? "" : " [" + source + "]");
        em.persist(AgreementEvent.placesSet(
                agreement, OffsetDateTime.now(clock), actor, year, before, row.places(), source));
        audit.record(actor, "AGREEMENT_PLACES_SET", SUBJECT, String.valueOf(agreement.getId()), detail);
        changed.fire(new AgreementChanged(
                agreement.getId(),
                agreement.getMunicipality().getCode(),
                AgreementEvent.PLACES_SET,
                agreement.getStatus(),
                agreement.getStatus(),
                actor));
        return row;
    }
}
