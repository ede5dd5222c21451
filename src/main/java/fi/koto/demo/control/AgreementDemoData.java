package fi.koto.demo.control;

import fi.koto.agreement.entity.AgreementAction;
import fi.koto.agreement.entity.AgreementEvent;
import fi.koto.agreement.entity.AgreementStatus;
import fi.koto.agreement.entity.AnnualPlaces;
import fi.koto.agreement.entity.PlacementAgreement;
import fi.koto.agreement.entity.TargetGroup;
import fi.koto.audit.control.AuditTrail;
import fi.koto.placement.entity.RealisedPlacement;
import fi.koto.platform.persistence.SchemaReady;
import fi.koto.reference.control.WellbeingCountyData;
import fi.koto.reference.entity.Decision;
import fi.koto.reference.entity.Municipality;
import fi.koto.reference.entity.RegionalAuthority;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo agreements, places and realised placements for Helsinki (091), Vantaa (092) and Jyväskylä (179), created
 * when {@code KOTO_DEMO=true} after the demo users, and only when none exist yet. Agreements are in several states;
 * places are set for 2025 and 2026; realised placements run monthly from January 2025 to October 2026. The
 * figures are invented but of a plausible size (Jyväskylä's 150 places a year are from its minutes).
 */
@ApplicationScoped
public class AgreementDemoData {

    private static final Logger LOG = Logger.getLogger(AgreementDemoData.class.getName());
    private static final List<String> MUNICIPALITIES = List.of("091", "092", "179");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "KOTO_DEMO", defaultValue = "false")
    boolean enabled;

    @Transactional
    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) SchemaReady ready) {
        if (!enabled) {
            return;
        }
        long existing = em.createQuery(
                        "select count(a) from PlacementAgreement a" + " where a.municipality.code in :codes",
                        Long.class)
                .setParameter("codes", MUNICIPALITIES)
                .getSingleResult();
        if (existing == 0) {
            agreements();
        }
        long rows = em.createQuery(
                        "select count(r) from RealisedPlacement r where r.municipalityCode in :codes", Long.class)
                .setParameter("codes", MUNICIPALITIES)
                .getSingleResult();
        if (rows == 0) {
            int created = 0;
            created += placements("091", 3);
            created += placements("092", 1);
            created += placements("179", 1);
            int count = created;
            LOG.info(() -> "KOTO_DEMO: created " + count + " rows of realised placements");
        }
    }

    private void agreements() {
        var helsinki = signed(
                "091",
                "official.uusimaa",
                "coord.helsinki",
                LocalDate.of(2024, 9, 2),
                "Kaupunginhallitus",
                LocalDate.of(2024, 10, 14),
                "Khs 14.10.2024 § 712",
                LocalDate.of(2024, 11, 4));
        places(helsinki, 2025, places(60, 10, 120, 10, 150, 30), "Afghanistan, Syria");
        places(helsinki, 2026, places(60, 10, 110, 10, 120, 30), null);
        var draft = agreement("091", LocalDate.of(2026, 10, 1), "official.uusimaa");
        event(
                draft,
                "official.uusimaa",
                AgreementEvent.CREATED,
                null,
                AgreementStatus.DRAFT,
                "Revision for the elinvoimakeskus",
                draft.getCreatedAt());

        var vantaa = signed(
                "092",
                "official.uusimaa",
                "coord.vantaa",
                LocalDate.of(2024, 8, 20),
                "Kaupunginvaltuusto",
                LocalDate.of(2024, 9, 30),
                "Kv 30.9.2024 § 18",
                LocalDate.of(2024, 10, 10));
        places(vantaa, 2025, places(20, 5, 50, 5, 60, 10), null);
        places(vantaa, 2026, places(20, 5, 40, 5, 50, 10), null);
        var revision = agreement("092", LocalDate.of(2026, 9, 1), "official.uusimaa");
        revision.recordConsultation(LocalDate.of(2026, 9, 15));
        step(revision, AgreementAction.SEND, "official.uusimaa", LocalDate.of(2026, 9, 20));
        revision.recordDecision(new Decision("Kaupunginhallitus", LocalDate.of(2026, 10, 20), "Khs 20.10.2026 § 301"));
        step(revision, AgreementAction.RECORD_DECISION, "coord.vantaa", LocalDate.of(2026, 10, 21));

        var old = signed(
                "179",
                "official.keskisuomi",
                "coord.jyvaskyla",
                LocalDate.of(2016, 9, 1),
                "Kaupunginhallitus",
                LocalDate.of(2016, 10, 3),
                "Khall 3.10.2016 § 402",
                LocalDate.of(2016, 11, 1));
        places(old, 2024, places(50, 0, 80, 10, 0, 10), null);
        old.recordTermination(LocalDate.of(2024, 12, 31));
        step(old, AgreementAction.TERMINATE, "official.keskisuomi", LocalDate.of(2024, 12, 31));
        var jyvaskyla = signed(
                "179",
                "official.keskisuomi",
                "coord.jyvaskyla",
                LocalDate.of(2024, 10, 1),
                "Kaupunginhallitus",
                LocalDate.of(2024, 11, 11),
                "Khall 11.11.2024 § 520",
                LocalDate.of(2024, 12, 2));
        places(jyvaskyla, 2025, places(40, 5, 50, 10, 35, 10), "Afghanistan, DR Congo");
        places(jyvaskyla, 2026, places(40, 5, 50, 10, 35, 10), null);
        audit.record("system", "DEMO_AGREEMENTS_CREATED", "PlacementAgreement", null, "091, 092, 179");
        LOG.info("KOTO_DEMO: created demo placement agreements for 091, 092 and 179");
    }

    private PlacementAgreement signed(
            String code,
            String official,
            String coordinator,
            LocalDate consulted,
            String body,
            LocalDate decided,
            String minutes,
            LocalDate signedOn) {
        var agreement = agreement(code, consulted.minusDays(14), official);
        // No wellbeing services county existed to consult before 1.1.2023 (docs/domain.md): older agreements
        // were prepared without one.
        if (!consulted.isBefore(WellbeingCountyData.COUNTIES_START)) {
            agreement.recordConsultation(consulted);
            step(agreement, AgreementAction.RECORD_CONSULTATION, official, consulted);
        }
        step(agreement, AgreementAction.SEND, official, consulted.plusDays(3));
        agreement.recordDecision(new Decision(body, decided, minutes));
        step(agreement, AgreementAction.RECORD_DECISION, coordinator, decided.plusDays(1));
        agreement.recordSigning(signedOn);
        step(agreement, AgreementAction.SIGN, official, signedOn);
        return agreement;
    }

    private PlacementAgreement agreement(String code, LocalDate created, String official) {
        var agreement = new PlacementAgreement(
                em.find(Municipality.class, code), servingOn(code, created), at(created), official);
        em.persist(agreement);
        event(agreement, official, AgreementEvent.CREATED, null, AgreementStatus.DRAFT, null, at(created));
        return agreement;
    }

    private void step(PlacementAgreement agreement, AgreementAction action, String actor, LocalDate on) {
        AgreementStatus from = agreement.apply(action);
        event(agreement, actor, action.name(), from, agreement.getStatus(), null, at(on));
    }

    private void event(
            PlacementAgreement agreement,
            String actor,
            String action,
            AgreementStatus from,
            AgreementStatus to,
            String comment,
            OffsetDateTime at) {
        em.persist(new AgreementEvent(agreement, at, actor, action, from, to, comment));
    }

    private void places(PlacementAgreement agreement, int year, Map<TargetGroup, Integer> places, String wishes) {
        var row = new AnnualPlaces(agreement, year);
        row.change(places, wishes);
        em.persist(row);
        em.persist(AgreementEvent.placesSet(
                agreement, at(LocalDate.of(year - 1, 10, 31)), agreement.getCreatedBy(), year, Map.of(), places, null));
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

    /** Monthly rows from January 2025 to October 2026, varying by month and group, scaled by {@code scale}. */
    private int placements(String code, int scale) {
        int created = 0;
        int[] base = {1, 0, 3, 0, 3, 1};
        for (YearMonth month = YearMonth.of(2025, 1);
                !month.isAfter(YearMonth.of(2026, 10));
                month = month.plusMonths(1)) {
            for (TargetGroup group : TargetGroup.placeGroups()) {
                int vary = (month.getMonthValue() * 7 + group.ordinal() * 3 + code.charAt(2)) % 4;
                int persons = (base[group.ordinal()] + vary - 1) * scale;
                if (group == TargetGroup.QUOTA_EMERGENCY) {
                    persons = month.getMonthValue() % 4 == 0 ? scale : 0;
                }
                if (persons > 0) {
                    created += row(code, month, group, false, persons);
                }
                if (group == TargetGroup.TEMPORARY_PROTECTION || group == TargetGroup.ASYLUM_PERMIT) {
                    created += row(code, month, group, true, Math.max(0, vary) * scale);
                }
            }
        }
        return created;
    }

    private int row(String code, YearMonth month, TargetGroup group, boolean selfSettled, int persons) {
        if (persons <= 0) {
            return 0;
        }
        var row = new RealisedPlacement(code, month, group, selfSettled);
        row.count(persons, persons / 4);
        em.persist(row);
        return 1;
    }

    private RegionalAuthority servingOn(String code, LocalDate day) {
        return em.createQuery(
                        "select s.authority from ServiceArea s where s.municipality.code = :code"
                                + " and s.validFrom <= :day and (s.validTo is null or s.validTo >= :day)",
                        RegionalAuthority.class)
                .setParameter("code", code)
                .setParameter("day", day)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No authority serves " + code + " on " + day));
    }

    private static OffsetDateTime at(LocalDate day) {
        return OffsetDateTime.of(day, LocalTime.of(10, 0), ZoneOffset.ofHours(2));
    }
}
