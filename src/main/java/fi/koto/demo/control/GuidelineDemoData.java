package fi.koto.demo.control;

import fi.koto.audit.control.AuditTrail;
import fi.koto.guideline.entity.ConsultationParty;
import fi.koto.guideline.entity.GuidelineAction;
import fi.koto.guideline.entity.GuidelineOccupation;
import fi.koto.guideline.entity.PartyKind;
import fi.koto.guideline.entity.WorkPermitGuideline;
import fi.koto.platform.persistence.SchemaReady;
import fi.koto.reference.entity.Occupation;
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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo work-permit guidelines, relative to today, created when {@code KOTO_DEMO=true} and only while none exists:
 * Uusimaa's guideline in force since the first of this month, superseding the previous half-year's (so "what
 * changed" has content); a joint guideline of Etelä-Pohjanmaa and Pohjanmaa in force; Keski-Suomi's ending in 20
 * days (the dashboard's "ending within 30 days" and the reminder), with its successor in consultation. The texts
 * are sample content, not interface text.
 */
@ApplicationScoped
public class GuidelineDemoData {

    private static final Logger LOG = Logger.getLogger(GuidelineDemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "KOTO_DEMO", defaultValue = "false")
    boolean enabled;

    @Transactional
    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) SchemaReady ready) {
        if (!enabled
                || em.createQuery("select count(g) from WorkPermitGuideline g", Long.class)
                                .getSingleResult()
                        > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate first = today.withDayOfMonth(1);
        String uusimaa = "official.uusimaa";
        String keskisuomi = "official.keskisuomi";

        WorkPermitGuideline older = decided(
                List.of("EVK01"),
                first.minusMonths(6),
                first.plusMonths(1).minusDays(1),
                null,
                uusimaa,
                "UUDEVK/812/2026",
                List.of("5120", "7212", "2221", "9112", "8322"));
        WorkPermitGuideline current = decided(
                List.of("EVK01"),
                first,
                first.plusMonths(6).minusDays(1),
                older,
                uusimaa,
                "UUDEVK/1650/2026",
                List.of("5120", "7212", "2221", "2512", "7231", "8322"));
        WorkPermitGuideline joint = decided(
                List.of("EVK07", "EVK08"),
                first,
                first.plusMonths(6).minusDays(1),
                null,
                "system",
                "POHEVK/977/2026",
                List.of("6121", "7212", "7214", "8211", "2221"));
        LocalDate ksEnd = today.plusDays(20);
        WorkPermitGuideline ending = decided(
                List.of("EVK05"),
                ksEnd.minusMonths(6).plusDays(1),
                ksEnd,
                null,
                keskisuomi,
                "KSEVK/455/2026",
                List.of("7212", "7213", "2221", "5120"));
        WorkPermitGuideline next = draft(List.of("EVK05"), ksEnd.plusDays(1), ksEnd.plusMonths(6), ending, keskisuomi);
        next.setOccupations(entries(List.of("7212", "7213", "2221", "2512")), keskisuomi, at(today.minusDays(5)));
        ConsultationParty te = next.addParty(
                "Jyväskylän seudun työllisyysalue", PartyKind.EMPLOYMENT_AUTHORITY, keskisuomi, at(today.minusDays(5)));
        next.addParty("Työsuojelun vastuualue", PartyKind.SUPERVISORY_AUTHORITY, keskisuomi, at(today.minusDays(5)));
        em.persist(next.note(GuidelineAction.PARTY_ADDED, keskisuomi, at(today.minusDays(5)), te.getName())
                .detailed(null, null, PartyKind.EMPLOYMENT_AUTHORITY));
        em.persist(next.startConsultation(today.plusDays(7), keskisuomi, at(today.minusDays(4)))
                .orElseThrow());
        te.record(
                today.minusDays(1),
                "Puollamme ohjelmistokehittäjien lisäämistä.",
                null,
                keskisuomi,
                at(today.minusDays(1)));
        em.persist(next.note(GuidelineAction.STATEMENT_RECORDED, keskisuomi, at(today.minusDays(1)), te.getName())
                .detailed(null, today.minusDays(1), null));

        // the calendar's moves, as the daily run records them
        inForce(older, first.minusMonths(6));
        em.persist(older.supersede(first, current.getId(), "system", at(first)).orElseThrow());
        inForce(current, first);
        inForce(joint, first);
        inForce(ending, ending.getValidFrom());
        audit.record("system", "DEMO_GUIDELINES", "WorkPermitGuideline", null, "5 demo guidelines");
        LOG.info("KOTO_DEMO: created 5 demo work-permit guidelines");
    }

    private WorkPermitGuideline draft(
            List<String> codes, LocalDate from, LocalDate to, WorkPermitGuideline previous, String official) {
        List<RegionalAuthority> authorities = new ArrayList<>();
        for (String code : codes) {
            authorities.add(
                    em.createQuery("select a from RegionalAuthority a where a.code = :c", RegionalAuthority.class)
                            .setParameter("c", code)
                            .getSingleResult());
        }
        OffsetDateTime created = at(from.minusDays(40));
        var g = new WorkPermitGuideline(authorities, from, to, previous, official, created);
        g.write(
                from,
                to,
                "Alueen työvoimapula jatkuu erityisesti rakentamisessa, teollisuudessa ja hoitotyössä.",
                "Arbetskraftsbristen i området fortsätter särskilt inom byggande, industri och vård.",
                official,
                created);
        em.persist(g);
        em.persist(g.created());
        return g;
    }

    private WorkPermitGuideline decided(
            List<String> codes,
            LocalDate from,
            LocalDate to,
            WorkPermitGuideline previous,
            String official,
            String reference,
            List<String> occupations) {
        WorkPermitGuideline g = draft(codes, from, to, previous, official);
        g.setOccupations(entries(occupations), official, at(from.minusDays(40)));
        ConsultationParty party = g.addParty(
                "Alueen työmarkkinajärjestöt", PartyKind.LABOUR_MARKET_ORGANISATION, official, at(from.minusDays(35)));
        em.persist(g.startConsultation(from.minusDays(20), official, at(from.minusDays(35)))
                .orElseThrow());
        party.record(from.minusDays(22), "Ei huomautettavaa.", null, official, at(from.minusDays(22)));
        em.persist(g.note(GuidelineAction.STATEMENT_RECORDED, official, at(from.minusDays(22)), party.getName())
                .detailed(null, from.minusDays(22), null));
        em.persist(g.decide(from.minusDays(10), "Ylijohtaja", reference, from, official, at(from.minusDays(10)))
                .orElseThrow());
        return g;
    }

    private void inForce(WorkPermitGuideline g, LocalDate on) {
        em.persist(g.apply(GuidelineAction.TAKE_EFFECT, "system", at(on), null)
                .orElseThrow()
                .detailed(null, on, null));
    }

    private List<GuidelineOccupation.Entry> entries(List<String> codes) {
        return codes.stream()
                .map(c -> new GuidelineOccupation.Entry(
                        em.find(Occupation.class, c),
                        "Alueella pitkään jatkunut työvoimapula.",
                        "Långvarig arbetskraftsbrist i området."))
                .toList();
    }

    private static OffsetDateTime at(LocalDate day) {
        return day.atTime(9, 0).atOffset(ZoneOffset.ofHours(2));
    }
}
