package fi.koto.demo.control;

import fi.koto.audit.control.AuditTrail;
import fi.koto.platform.persistence.SchemaReady;
import fi.koto.programme.entity.ChecklistVerdict;
import fi.koto.programme.entity.LegalBasis;
import fi.koto.programme.entity.Programme;
import fi.koto.programme.entity.ProgrammeAction;
import fi.koto.programme.entity.ProgrammeEvent;
import fi.koto.programme.entity.ProgrammeSection;
import fi.koto.programme.entity.SubmittedVersion;
import fi.koto.programme.entity.Verdict;
import fi.koto.reference.entity.Municipality;
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
import java.util.Arrays;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo programmes in every state for Helsinki (091), Vantaa (092) and Jyväskylä (179), created when
 * {@code KOTO_DEMO=true} and only while no programme exists, so that both demo officials find a queue. Runs
 * after the demo users exist. The texts ({@link DemoPlanTexts}) are sample content, not interface text; bilingual
 * municipalities' programmes have their titles and sections in Finnish and Swedish. Drafts: Vantaa's and a
 * Jyväskylä one are shared with the authority for guidance, with guidance notes of the officials (in Swedish too
 * for bilingual Vantaa); a Helsinki one stays private, so officials and managers do not see it.
 */
@ApplicationScoped
public class ProgrammeDemoData {

    private static final Logger LOG = Logger.getLogger(ProgrammeDemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "KOTO_DEMO", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "KOTO_REVIEW_DUE_DAYS", defaultValue = "30")
    int reviewDueDays;

    private OffsetDateTime at;

    @Transactional
    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) SchemaReady ready) {
        if (!enabled
                || em.createQuery("select count(p) from Programme p", Long.class)
                                .getSingleResult()
                        > 0) {
            return;
        }
        at = OffsetDateTime.now(clock).minusDays(60);
        String helsinki = "coord.helsinki";
        String vantaa = "coord.vantaa";
        String jyvaskyla = "coord.jyvaskyla";
        String uusimaa = "official.uusimaa";
        String keskisuomi = "official.keskisuomi";

        // Old-law programmes carry their real ages, so that revisions fall due (four years after approval).
        at = dayInPast(2016, 3, 1);
        Programme old = approved(
                create(
                        "Helsingin kotouttamisohjelma 2016–2019",
                        "Helsingfors integrationsprogram 2016–2019",
                        LegalBasis.ACT_1386_2010,
                        2016,
                        2019,
                        helsinki,
                        "091"),
                helsinki,
                uusimaa);
        at = dayInPast(2020, 5, 4);
        Programme current = approved(
                create(
                        "Helsingin kotouttamisohjelma 2020–2024",
                        "Helsingfors integrationsprogram 2020–2024",
                        LegalBasis.ACT_1386_2010,
                        2020,
                        2024,
                        helsinki,
                        "091"),
                helsinki,
                uusimaa);
        move(old, ProgrammeAction.SUPERSEDE, uusimaa, "#" + current.getId());
        at = OffsetDateTime.now(clock).minusDays(60);

        Programme inReview = create(
                "Helsingin kotoutumisen edistämisen suunnitelma 2025–2028",
                "Helsingfors plan för integrationsfrämjande 2025–2028",
                LegalBasis.ACT_681_2023,
                2025,
                2028,
                helsinki,
                "091");
        fill(inReview, helsinki);
        move(inReview, ProgrammeAction.SUBMIT, helsinki, null);
        move(inReview, ProgrammeAction.START_REVIEW, uusimaa, null);
        inReview.requirement("goals").orElseThrow().judge(Verdict.MEETS, null, uusimaa, tick());
        inReview.requirement("indicators")
                .orElseThrow()
                .judge(Verdict.PARTLY, "Mittareille puuttuvat lähtötasot.", uusimaa, tick());
        inReview.pinNote("monitoring", "Lisätkää mittareille lähtötaso ja tavoitearvo.", uusimaa, tick());

        Programme returned = create(
                "Vantaan kotoutumisen edistämisen suunnitelma 2025–2028",
                "Vandas plan för integrationsfrämjande 2025–2028",
                LegalBasis.ACT_681_2023,
                2025,
                2028,
                vantaa,
                "092");
        fill(returned, vantaa);
        move(returned, ProgrammeAction.SUBMIT, vantaa, null);
        move(returned, ProgrammeAction.START_REVIEW, uusimaa, null);
        returned.pinNote("cooperation", "Hyvinvointialueen rooli puuttuu.", uusimaa, tick());
        move(
                returned,
                ProgrammeAction.REQUEST_CHANGES,
                uusimaa,
                "Kuvatkaa yhteistyö Vantaan ja Keravan hyvinvointialueen kanssa.");

        Programme joint = create(
                "Helsingin ja Vantaan yhteinen kotoutumisen edistämisen toimenpideohjelma 2026–2029",
                "Helsingfors och Vandas gemensamma åtgärdsprogram för integrationsfrämjande 2026–2029",
                LegalBasis.ACT_681_2023,
                2026,
                2029,
                helsinki,
                "091",
                "092");
        fill(joint, helsinki);
        move(joint, ProgrammeAction.SUBMIT, helsinki, null);
        move(joint, ProgrammeAction.START_REVIEW, uusimaa, null);
        move(joint, ProgrammeAction.REQUEST_CHANGES, uusimaa, "Tavoitteet ovat liian yleisiä.");
        // The coordinator answers in Finnish first: the goals show the drift warning until Swedish follows.
        var goals = joint.section("goals").orElseThrow();
        goals.write(goals.getTextFi() + DemoPlanTexts.GOAL_ADDED_FI, goals.getTextSv(), helsinki, tick());
        move(joint, ProgrammeAction.SUBMIT, helsinki, null);

        // Drafts: one shared with Uusimaa for guidance (Vantaa is bilingual, so the official writes in both
        // languages), one Helsinki keeps private (officials do not see it), one Jyväskylä shared with Keski-Suomi.
        Programme vantaaDraft = create(
                "Vantaan kotoutumisen edistämisen suunnitelma 2029–2032",
                "Vandas plan för integrationsfrämjande 2029–2032",
                LegalBasis.ACT_681_2023,
                2029,
                2032,
                vantaa,
                "092");
        share(vantaaDraft, vantaa);
        guidance(
                vantaaDraft,
                null,
                "Kiitos luonnoksesta. Päivityksessä kannattaa huomioida valtion kotoutumisen edistämisen ohjelma"
                        + " (VALKO) ja kirjata, miten seuraatte tavoitteita mittareilla vuosittain. Voimme käydä"
                        + " luonnoksen läpi yhdessä ennen kuin viette sen valtuustoon.",
                uusimaa);
        guidance(
                vantaaDraft,
                "cooperation",
                "Beskriv gärna samarbetet med Vanda och Kervo välfärdsområde och med sysselsättningsområdet:"
                        + " vem ansvarar för vad och hur ni följer upp det.",
                uusimaa);
        create(
                "Helsingin kotoutumisen edistämisen suunnitelman tarkistus 2029–2032",
                "Översyn av Helsingfors plan för integrationsfrämjande 2029–2032",
                LegalBasis.ACT_681_2023,
                2029,
                2032,
                helsinki,
                "091");

        OffsetDateTime resume = at;
        at = dayInPast(2021, 4, 12);
        approved(
                create(
                        "Jyväskylän kotouttamisohjelma 2021–2024",
                        null,
                        LegalBasis.ACT_1386_2010,
                        2021,
                        2024,
                        jyvaskyla,
                        "179"),
                jyvaskyla,
                keskisuomi);
        at = resume;
        Programme queued = create(
                "Jyväskylän kotoutumisen edistämisen suunnitelma 2025–2028",
                null,
                LegalBasis.ACT_681_2023,
                2025,
                2028,
                jyvaskyla,
                "179");
        fill(queued, jyvaskyla);
        move(queued, ProgrammeAction.SUBMIT, jyvaskyla, null);
        Programme jyvaskylaDraft = create(
                "Jyväskylän kotoutumisen edistämisen suunnitelma 2029–2032",
                null,
                LegalBasis.ACT_681_2023,
                2029,
                2032,
                jyvaskyla,
                "179");
        share(jyvaskylaDraft, jyvaskyla);
        guidance(
                jyvaskylaDraft,
                "cooperation",
                "Hyvä, että yhteistyö Keski-Suomen hyvinvointialueen kanssa on mukana. Lisätkää vielä"
                        + " Jyväskylän seudun työllisyysalue ja järjestöt sekä se, kuka kutsuu yhteistyöryhmän koolle.",
                keskisuomi);

        audit.record("system", "PROGRAMME_DEMO_CREATED", "Programme", null, "demo programmes in every state");
        LOG.info("KOTO_DEMO: created demo integration programmes in every state");
    }

    /** A draft with its title in Finnish and, for a bilingual municipality, in Swedish. */
    private Programme create(
            String title, String titleSv, LegalBasis basis, int from, int to, String coordinator, String... codes) {
        var municipalities = Arrays.stream(codes)
                .map(code -> em.find(Municipality.class, code))
                .toList();
        var programme = new Programme(
                title, basis, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), municipalities, coordinator, tick());
        if (titleSv != null) {
            programme.retitle(title, titleSv, coordinator, tick());
        }
        em.persist(programme);
        em.persist(ProgrammeEvent.created(programme));
        return programme;
    }

    private void share(Programme programme, String coordinator) {
        em.persist(programme.share(coordinator, tick()).orElseThrow());
    }

    private void guidance(Programme programme, String sectionKey, String text, String official) {
        var note = programme.addGuidanceNote(sectionKey, text, official, tick());
        em.persist(ProgrammeEvent.guidanceNoted(programme, note));
    }

    private Programme approved(Programme programme, String coordinator, String official) {
        fill(programme, coordinator);
        move(programme, ProgrammeAction.SUBMIT, coordinator, null);
        move(programme, ProgrammeAction.START_REVIEW, official, null);
        for (ChecklistVerdict requirement : programme.getChecklist()) {
            requirement.judge(Verdict.MEETS, null, official, tick());
        }
        move(programme, ProgrammeAction.APPROVE, official, null);
        return programme;
    }

    /** Writes every section as a coordinator would, in Swedish too where the municipality is bilingual. */
    private void fill(Programme programme, String coordinator) {
        LegalBasis basis = programme.getLegalBasis();
        for (ProgrammeSection section : programme.getSections()) {
            String fi = DemoPlanTexts.fi(basis, section.getKey());
            String sv = programme.isSwedishRequired() ? DemoPlanTexts.sv(basis, section.getKey()) : null;
            section.write(fi, sv, coordinator, tick());
        }
    }

    private void move(Programme programme, ProgrammeAction action, String actor, String comment) {
        OffsetDateTime when = tick();
        em.persist(programme
                .apply(action, actor, when, comment, when.toLocalDate().plusDays(reviewDueDays))
                .orElseThrow());
        if (action == ProgrammeAction.SUBMIT) {
            em.persist(SubmittedVersion.of(programme));
        }
    }

    private OffsetDateTime dayInPast(int year, int month, int day) {
        return java.time.LocalDate.of(year, month, day)
                .atTime(9, 0)
                .atZone(clock.getZone())
                .toOffsetDateTime();
    }

    private OffsetDateTime tick() {
        at = at.plusHours(3);
        return at;
    }
}
