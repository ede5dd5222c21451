package fi.koto.demo.control;

import fi.koto.audit.control.AuditTrail;
import fi.koto.monitoring.entity.Goal;
import fi.koto.monitoring.entity.GoalTheme;
import fi.koto.monitoring.entity.Indicator;
import fi.koto.monitoring.entity.IndicatorUnit;
import fi.koto.monitoring.entity.MeasureProgress;
import fi.koto.monitoring.entity.PlanMeasure;
import fi.koto.platform.persistence.SchemaReady;
import fi.koto.programme.entity.Programme;
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
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo plans and monitoring, written as a coordinator would: goals by theme, measures with responsible parties and
 * years, indicators with baselines and targets, and two years of monitoring for Helsinki (bilingual: Finnish and
 * Swedish) and Jyväskylä, for their programmes of 2020/2021-2024 and 2025-2028. Vantaa has a plan but has not
 * reported 2025, so the overview shows both states. Created when {@code KOTO_DEMO=true} and no goal exists yet,
 * after the demo programmes; a programme is found by its municipality and first year, never by its title. The
 * figures are sample content, not statistics.
 */
@ApplicationScoped
public class MonitoringDemoData {

    private static final Logger LOG = Logger.getLogger(MonitoringDemoData.class.getName());

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
                || em.createQuery("select count(g) from Goal g", Long.class).getSingleResult() > 0) {
            return;
        }
        int plans = 0;
        plans += programme("091", 2025).map(this::helsinki).orElse(0);
        plans += programme("091", 2020).map(this::helsinkiEarlier).orElse(0);
        plans += programme("179", 2025).map(this::jyvaskyla).orElse(0);
        plans += programme("179", 2021).map(this::jyvaskylaEarlier).orElse(0);
        plans += programme("092", 2025).map(this::vantaa).orElse(0);
        int created = plans;
        if (created > 0) {
            audit.record(
                    "system", "MONITORING_DEMO_CREATED", "Programme", null, created + " demo plans with monitoring");
            LOG.info(() ->
                    "KOTO_DEMO: created goals, measures, indicators and monitoring for " + created + " programmes");
        }
    }

    private int helsinki(Programme p) {
        var plan = new DemoPlan(em, clock, p, "coord.helsinki");
        Goal work = plan.goal(
                GoalTheme.EMPLOYMENT_AND_ENTREPRENEURSHIP,
                "Maahan muuttaneiden työllisyysaste lähestyy koko väestön tasoa.",
                "Sysselsättningsgraden bland inflyttade närmar sig hela befolkningens nivå.");
        Goal join = plan.goal(
                GoalTheme.PARTICIPATION,
                "Uudet asukkaat löytävät asuinalueensa toiminnan ja järjestöt ensimmäisen vuoden aikana.",
                "Nya invånare hittar verksamheten och föreningarna i sitt bostadsområde under det första året.");
        Goal families = plan.goal(
                GoalTheme.WELLBEING,
                "Lapsiperheet saavat alkuvaiheessa tukea arkeen ja varhaiskasvatukseen.",
                "Barnfamiljer får i inledningsskedet stöd i vardagen och småbarnspedagogiken.");
        Goal relations = plan.goal(
                GoalTheme.GOOD_POPULATION_RELATIONS,
                "Helsinkiläiset kokevat väestösuhteet hyviksi kaikilla alueilla.",
                "Helsingforsarna upplever befolkningsrelationerna som goda i alla områden.");
        PlanMeasure coaching = plan.measure(
                work,
                "Työllisyyspalvelujen maahanmuuttajatiimi tarjoaa jokaiselle alkuvaiheen asiakkaalle työnhakuvalmennuksen.",
                "Sysselsättningstjänsternas invandrarteam erbjuder varje klient i inledningsskedet jobbsökarträning.",
                "Helsingin työllisyyspalvelut",
                2025,
                2028,
                "jatkuva haku");
        PlanMeasure careLanguage = plan.measure(
                work,
                "Sote-alan ammatillisen suomen kielen ryhmät yhdessä oppilaitoksen kanssa.",
                "Yrkesinriktade grupper i finska för social- och hälsovården tillsammans med läroanstalten.",
                "Stadin ammatti- ja aikuisopisto, työllisyyspalvelut",
                2025,
                2026,
                "kaksi ryhmää vuodessa");
        PlanMeasure evenings = plan.measure(
                join,
                "Asukastalojen ja järjestöjen perehdytysillat uusille asukkaille omalla kielellä.",
                "Introduktionskvällar för nya invånare i invånarhusen och föreningarna, på deras eget språk.",
                "Kulttuurin ja vapaa-ajan toimiala, järjestöt",
                2025,
                2028,
                "keväisin ja syksyisin");
        PlanMeasure clinics = plan.measure(
                families,
                "Neuvolan ja varhaiskasvatuksen yhteinen perhevalmennus kotoutuville perheille.",
                "Gemensam familjeträning på rådgivningen och i småbarnspedagogiken för familjer som integreras.",
                "Kasvatuksen ja koulutuksen toimiala, hyvinvointialueen neuvolat",
                2026,
                2028,
                null);
        Indicator employment = plan.indicator(
                work,
                "Ulkomaan kansalaisten työllisyysaste, 20–64-vuotiaat",
                "Sysselsättningsgrad bland utländska medborgare, 20–64 år",
                IndicatorUnit.PERCENT,
                "55.2",
                2023,
                "62",
                2028);
        Indicator started = plan.indicator(
                work,
                "Työnhakuvalmennuksen aloittaneet",
                "Deltagare som inlett jobbsökarträning",
                IndicatorUnit.PERSONS,
                "0",
                2024,
                "1200",
                2028);
        Indicator joined = plan.indicator(
                join,
                "Perehdytysiltoihin osallistuneet",
                "Deltagare i introduktionskvällarna",
                IndicatorUnit.PERSONS,
                "0",
                2024,
                "400",
                2028);
        Indicator survey = plan.indicator(
                relations,
                "Väestösuhteet hyviksi kokevien osuus kaupunkilaiskyselyssä",
                "Andel som upplever befolkningsrelationerna som goda i invånarenkäten",
                IndicatorUnit.PERCENT,
                "61",
                2023,
                "68",
                2028);
        plan.report(2025, true)
                .value(employment, "56.8")
                .value(started, "310")
                .value(joined, "95")
                .value(survey, "62")
                .account(coaching, MeasureProgress.IN_PROGRESS, "Valmennus alkoi helmikuussa; 310 asiakasta aloitti.")
                .account(careLanguage, MeasureProgress.DONE, "Kaksi ryhmää valmistui, 24 opiskelijaa.")
                .account(evenings, MeasureProgress.IN_PROGRESS, "Kuusi iltaa; arabian- ja ukrainankieliset täyttyivät.")
                .done();
        plan.report(2026, false)
                .value(started, "420")
                .value(joined, "160")
                .account(coaching, MeasureProgress.IN_PROGRESS, "Jatkuu; jonotusaika lyheni kahteen viikkoon.")
                .account(
                        clinics,
                        MeasureProgress.NOT_STARTED,
                        "Hyvinvointialueen kanssa sovitaan aloituksesta keväälle.")
                .done();
        return 1;
    }

    private int helsinkiEarlier(Programme p) {
        var plan = new DemoPlan(em, clock, p, "coord.helsinki");
        Goal work = plan.goal(
                GoalTheme.EMPLOYMENT_AND_ENTREPRENEURSHIP,
                "Maahanmuuttajien yrittäjyys ja työllistyminen yksityiselle sektorille lisääntyvät.",
                "Invandrares företagande och sysselsättning inom den privata sektorn ökar.");
        PlanMeasure advice = plan.measure(
                work,
                "Yritysneuvonta maahanmuuttajille englanniksi, venäjäksi ja arabiaksi.",
                "Företagsrådgivning för invandrare på engelska, ryska och arabiska.",
                "NewCo Helsinki",
                2020,
                2024,
                null);
        Indicator firms = plan.indicator(
                work,
                "Neuvonnan jälkeen perustetut yritykset",
                "Företag som grundats efter rådgivningen",
                IndicatorUnit.COUNT,
                "140",
                2019,
                "200",
                2024);
        plan.report(2023, true)
                .value(firms, "171")
                .account(advice, MeasureProgress.IN_PROGRESS, "Neuvontaa myös ukrainaksi syksystä alkaen.")
                .done();
        plan.report(2024, true)
                .value(firms, "186")
                .account(advice, MeasureProgress.DONE, "Siirtyy osaksi kaupungin yrityspalveluja 2025.")
                .done();
        return 1;
    }

    private int jyvaskyla(Programme p) {
        var plan = new DemoPlan(em, clock, p, "coord.jyvaskyla");
        Goal work = plan.goal(
                GoalTheme.EMPLOYMENT_AND_ENTREPRENEURSHIP,
                "Kotoutumiskoulutuksen jälkeen yhä useampi siirtyy työhön tai tutkintokoulutukseen.",
                null);
        Goal health = plan.goal(
                GoalTheme.HEALTH,
                "Alkuvaiheen terveystarkastus tehdään kaikille kolmen kuukauden kuluessa kuntaan muutosta.",
                null);
        Goal equal = plan.goal(
                GoalTheme.EQUALITY_AND_NON_DISCRIMINATION,
                "Kotiäidit ja muut työvoiman ulkopuolella olevat pääsevät kielikoulutukseen.",
                null);
        PlanMeasure workplace = plan.measure(
                work,
                "Työpaikkasuomen jaksot yhdessä alueen yritysten kanssa.",
                null,
                "Jyväskylän kaupungin työllisyyspalvelut, Gradia",
                2025,
                2028,
                "kolme jaksoa vuodessa");
        PlanMeasure checkup = plan.measure(
                health,
                "Alkuterveystarkastuksen ajanvaraus jo alkukartoituksen yhteydessä.",
                null,
                "Keski-Suomen hyvinvointialue",
                2025,
                2026,
                null);
        PlanMeasure childcare = plan.measure(
                equal,
                "Lastenhoito kielikurssien ajaksi kaupunginosien kohtaamispaikoissa.",
                null,
                "Jyväskylän kaupunki, järjestöt",
                2025,
                2028,
                null);
        Indicator transitions = plan.indicator(
                work,
                "Kotoutumiskoulutuksen jälkeen työhön tai koulutukseen siirtyneet",
                null,
                IndicatorUnit.PERCENT,
                "38",
                2024,
                "50",
                2028);
        Indicator checkups = plan.indicator(
                health,
                "Kolmessa kuukaudessa terveystarkastuksen saaneet",
                null,
                IndicatorUnit.PERCENT,
                "64",
                2024,
                "90",
                2026);
        plan.report(2025, true)
                .value(transitions, "41")
                .value(checkups, "78")
                .account(workplace, MeasureProgress.IN_PROGRESS, "Kaksi jaksoa logistiikka- ja siivousalalla.")
                .account(checkup, MeasureProgress.DONE, "Ajanvaraus käytössä syyskuusta.")
                .account(childcare, MeasureProgress.NOT_STARTED, "Tilat puuttuvat; haetaan hankerahaa 2026.")
                .done();
        plan.report(2026, false)
                .value(checkups, "86")
                .account(workplace, MeasureProgress.IN_PROGRESS, "Kolme jaksoa, 31 osallistujaa.")
                .done();
        return 1;
    }

    private int jyvaskylaEarlier(Programme p) {
        var plan = new DemoPlan(em, clock, p, "coord.jyvaskyla");
        Goal join = plan.goal(
                GoalTheme.PARTICIPATION,
                "Maahanmuuttajat osallistuvat kaupungin asukasraateihin ja järjestöihin.",
                null);
        PlanMeasure guides = plan.measure(
                join,
                "Kaupunginosaoppaat esittelevät harrastusmahdollisuuksia uusille asukkaille.",
                null,
                "Kulttuuri- ja liikuntapalvelut, Monikulttuurikeskus Gloria",
                2021,
                2024,
                null);
        Indicator members = plan.indicator(
                join, "Oppaiden kautta harrastuksen aloittaneet", null, IndicatorUnit.PERSONS, "0", 2020, "300", 2024);
        plan.report(2023, true)
                .value(members, "212")
                .account(guides, MeasureProgress.IN_PROGRESS, "Oppaita kahdeksan; Kortepohjan kerho suosituin.")
                .done();
        plan.report(2024, true)
                .value(members, "287")
                .account(guides, MeasureProgress.DONE, "Toiminta jatkuu Glorian omana toimintana.")
                .done();
        return 1;
    }

    private int vantaa(Programme p) {
        var plan = new DemoPlan(em, clock, p, "coord.vantaa");
        Goal work = plan.goal(
                GoalTheme.EMPLOYMENT_AND_ENTREPRENEURSHIP,
                "Nuoret maahan muuttaneet pääsevät toisen asteen koulutukseen.",
                "Unga inflyttade får en studieplats på andra stadiet.");
        plan.measure(
                work,
                "Nivelvaiheen ohjaaja jokaiselle 16–24-vuotiaalle alkuvaiheen asiakkaalle.",
                "En handledare i övergångsskedet för varje klient i åldern 16–24 år i inledningsskedet.",
                "Vantaan kaupungin kasvatuksen ja oppimisen toimiala",
                2025,
                2028,
                null);
        plan.indicator(
                work,
                "Toisen asteen opinnot aloittaneiden osuus",
                "Andel som inlett studier på andra stadiet",
                IndicatorUnit.PERCENT,
                "47",
                2024,
                "60",
                2028);
        return 1;
    }

    /** The programme of exactly this municipality whose period begins in the year, if the demo has one. */
    private Optional<Programme> programme(String code, int firstYear) {
        return em
                .createQuery(
                        "select p from Programme p join p.municipalities m where m.code = :code"
                                + " and p.periodStart = :start order by p.id",
                        Programme.class)
                .setParameter("code", code)
                .setParameter("start", LocalDate.of(firstYear, 1, 1))
                .getResultList()
                .stream()
                .filter(p -> p.municipalityCodes().size() == 1)
                .findFirst();
    }
}
