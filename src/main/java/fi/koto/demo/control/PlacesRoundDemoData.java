package fi.koto.demo.control;

import fi.koto.access.control.AccessScope;
import fi.koto.agreement.control.PlacesRoundRegister;
import fi.koto.agreement.entity.AgreementEvent;
import fi.koto.agreement.entity.AnnualPlaces;
import fi.koto.agreement.entity.ExtraPlacesRequest;
import fi.koto.agreement.entity.PlacementAgreement;
import fi.koto.agreement.entity.PlacesReminder;
import fi.koto.agreement.entity.PlacesRequest;
import fi.koto.agreement.entity.PlacesRound;
import fi.koto.agreement.entity.TargetGroup;
import fi.koto.audit.control.AuditTrail;
import fi.koto.platform.persistence.SchemaReady;
import fi.koto.reference.entity.Decision;
import fi.koto.reference.entity.RegionalAuthority;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo places rounds for next year, created when {@code KOTO_DEMO=true} after the demo agreements, and only while
 * no round exists: Uusimaa's authority opened its round in late August (or today, earlier in the year) with the
 * usual 31 October deadline; Helsinki (091) has answered and its answer is on its agreement, Vantaa (092) has not,
 * and the other municipalities were reminded in October (when that day has come). Keski-Suomi's round has no
 * answers yet. Vantaa's agreement also has an extra-places request for this year awaiting its response. The
 * figures are invented but plausible.
 */
@ApplicationScoped
public class PlacesRoundDemoData {

    private static final Logger LOG = Logger.getLogger(PlacesRoundDemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PlacesRoundRegister rounds;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "KOTO_DEMO", defaultValue = "false")
    boolean enabled;

    @Transactional
    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 800) SchemaReady ready) {
        if (!enabled
                || em.createQuery("select count(r) from PlacesRound r", Long.class)
                                .getSingleResult()
                        > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate letters = LocalDate.of(today.getYear(), 8, 25);
        LocalDate opened = today.isBefore(letters) ? today : letters;
        int year = today.getYear() + 1;

        PlacesRound uusimaa =
                open(servingToday("091"), year, opened, "official.uusimaa", "UUDELY/4120/" + today.getYear());
        answerHelsinki(uusimaa, earliest(opened.plusDays(35), today));
        LocalDate reminded = LocalDate.of(today.getYear(), 10, 20);
        if (!reminded.isAfter(today) && reminded.isAfter(opened)) {
            remindOutstanding(uusimaa, reminded);
        }
        open(servingToday("179"), year, opened.plusDays(1), "official.keskisuomi", "KESELY/2698/" + today.getYear());
        extraPlacesForVantaa(today);
        audit.record(
                "system",
                "PLACES_ROUND_DEMO_CREATED",
                "PlacesRound",
                null,
                "rounds for " + year + " in Uusimaa and Keski-Suomi; an extra-places request to 092");
        LOG.info(() -> "KOTO_DEMO: created demo places rounds for " + year);
    }

    private PlacesRound open(
            RegionalAuthority authority, int year, LocalDate on, String official, String caseReference) {
        var round = new PlacesRound(authority, year, PlacesRound.usualDeadline(on), caseReference, at(on, 9), official);
        em.persist(round);
        rounds.servedBy(authority.getId(), on).forEach(m -> em.persist(new PlacesRequest(round, m)));
        em.flush();
        return round;
    }

    /** Helsinki's city board answered; the answer is its agreement's places for the year, on its timeline. */
    private void answerHelsinki(PlacesRound round, LocalDate on) {
        Map<TargetGroup, Integer> places = places(60, 10, 110, 10, 110, 30);
        var decision = new Decision("Kaupunginhallitus", on.minusDays(1), "Khs § 640");
        OffsetDateTime answered = earliest(at(on, 14), OffsetDateTime.now(clock).minusHours(1));
        PlacesRequest helsinki = request(round, "091");
        helsinki.answer(places, "Afghanistan, Syria", decision, answered, "coord.helsinki");
        var inForce = rounds.agreementInForce("091").filter(agreement -> !hasPlaces(agreement, round.getYear()));
        inForce.ifPresent(agreement -> {
            var row = new AnnualPlaces(agreement, round.getYear());
            row.change(places, "Afghanistan, Syria");
            em.persist(row);
            em.persist(AgreementEvent.placesSet(
                    agreement,
                    answered,
                    "coord.helsinki",
                    round.getYear(),
                    Map.of(),
                    places,
                    "PLACES_ROUND " + round.getId()));
            helsinki.appliedTo(agreement);
        });
    }

    private void remindOutstanding(PlacesRound round, LocalDate on) {
        List<String> outstanding = rounds.requests(round, AccessScope.all()).stream()
                .filter(r -> !r.isAnswered())
                .map(r -> r.getMunicipality().getCode())
                .toList();
        em.persist(new PlacesReminder(round, outstanding, at(on, 10), round.getOpenedBy()));
    }

    private void extraPlacesForVantaa(LocalDate today) {
        PlacementAgreement vantaa = rounds.agreementInForce("092").orElse(null);
        if (vantaa == null) {
            return;
        }
        OffsetDateTime asked = at(today.minusDays(2), 11);
        String reason = "Lisäpaikkoja tilapäistä suojelua saaville: alueen vastaanottokeskuksissa odottaa kotikuntaa"
                + " noin 120 henkilöä.";
        var extra = new ExtraPlacesRequest(
                vantaa,
                today.getYear(),
                TargetGroup.TEMPORARY_PROTECTION,
                30,
                reason,
                today.plusDays(21),
                asked,
                "official.uusimaa");
        em.persist(extra);
        em.persist(new AgreementEvent(
                vantaa,
                asked,
                "official.uusimaa",
                "EXTRA_PLACES_REQUESTED",
                vantaa.getStatus(),
                vantaa.getStatus(),
                today.getYear() + " " + TargetGroup.TEMPORARY_PROTECTION.name() + " 30: " + reason));
    }

    private boolean hasPlaces(PlacementAgreement agreement, int year) {
        return em.createQuery(
                                "select count(p) from AnnualPlaces p where p.agreement = :a and p.year = :year",
                                Long.class)
                        .setParameter("a", agreement)
                        .setParameter("year", year)
                        .getSingleResult()
                > 0;
    }

    private PlacesRequest request(PlacesRound round, String code) {
        return em.createQuery(
                        "select r from PlacesRequest r where r.round = :round and r.municipality.code = :code",
                        PlacesRequest.class)
                .setParameter("round", round)
                .setParameter("code", code)
                .getSingleResult();
    }

    private RegionalAuthority servingToday(String code) {
        return em.createQuery(
                        "select s.authority from ServiceArea s where s.municipality.code = :code"
                                + " and s.validFrom <= :day and (s.validTo is null or s.validTo >= :day)",
                        RegionalAuthority.class)
                .setParameter("code", code)
                .setParameter("day", LocalDate.now(clock))
                .getSingleResult();
    }

    private static Map<TargetGroup, Integer> places(
            int quota, int emergency, int asylum, int minors, int temporary, int family) {
        Map<TargetGroup, Integer> places = new EnumMap<>(TargetGroup.class);
        places.put(TargetGroup.QUOTA_REFUGEE, quota);
        places.put(TargetGroup.QUOTA_EMERGENCY, emergency);
        places.put(TargetGroup.ASYLUM_PERMIT, asylum);
        places.put(TargetGroup.UNACCOMPANIED_MINOR, minors);
        places.put(TargetGroup.TEMPORARY_PROTECTION, temporary);
        places.put(TargetGroup.FAMILY_MEMBER, family);
        return places;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static OffsetDateTime earliest(OffsetDateTime a, OffsetDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    private OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(clock.getZone()).toOffsetDateTime();
    }
}
