package fi.koto.demo.control;

import fi.koto.programme.entity.LegalBasis;
import java.util.Map;

/**
 * The section texts of the demo programmes, in Finnish and Swedish, written as a municipal coordinator would write
 * them: short, concrete, naming who does what. Sample content, not interface text and not statistics. A plan under
 * Act 681/2023 never calls itself a kotoutumisohjelma or kotouttamisohjelma (docs/domain.md, "Legal basis and
 * terms"); a 1386/2010 programme keeps its own name.
 */
final class DemoPlanTexts {

    private DemoPlanTexts() {}

    private record Text(String fi, String sv) {}

    private static final Map<String, Text> ACT_681_2023 = Map.of(
            "goals",
            new Text(
                    "Maahan muuttaneiden työllisyysaste nousee ja ero koko väestöön kapenee."
                            + " Lapset ja nuoret etenevät koulutuspolulla ikätovereidensa tahdissa."
                            + " Asukkaat kokevat asuinalueensa turvallisiksi ja väestösuhteet hyviksi."
                            + " Tavoitteet tukevat kaupunkistrategiaa ja valtion kotoutumisen edistämisohjelmaa (VALKO).",
                    "Sysselsättningsgraden bland inflyttade stiger och skillnaden till hela befolkningen minskar."
                            + " Barn och unga går vidare i utbildningen i samma takt som sina jämnåriga."
                            + " Invånarna upplever sina bostadsområden som trygga och befolkningsrelationerna som goda."
                            + " Målen stöder stadsstrategin och statens program för främjande av integration (VALKO)."),
            "measures",
            new Text(
                    "1. Neuvonta ja ohjaus yhdestä paikasta kaikille uusille kaupunkilaisille, myös verkossa.\n"
                            + "2. Suomen kielen opiskelu työn ohessa yhdessä työnantajien ja oppilaitosten kanssa.\n"
                            + "3. Vanhempien ja lasten kielikerhot kirjastoissa ja asukastiloissa.\n"
                            + "4. Tuki asukastoiminnalle ja järjestöille alueilla, joilla vieraskielisiä asuu paljon.",
                    "1. Rådgivning och handledning på ett ställe för alla nya invånare, också på webben.\n"
                            + "2. Språkstudier vid sidan av arbetet tillsammans med arbetsgivare och läroanstalter.\n"
                            + "3. Språkklubbar för föräldrar och barn i bibliotek och invånarlokaler.\n"
                            + "4. Stöd till invånarverksamhet och föreningar i områden där många invånare har ett"
                            + " främmande modersmål."),
            "responsibleParties",
            new Text(
                    "Yhteensovittamisesta vastaa kaupunginkanslian maahanmuutto- ja kotoutumisyksikkö."
                            + " Toimenpiteistä vastaavat kasvatuksen ja koulutuksen, kulttuurin ja vapaa-ajan sekä"
                            + " kaupunkiympäristön toimialat ja työllisyyspalvelut; kunkin toimenpiteen vastuutaho on"
                            + " nimetty toimenpidetaulukossa.",
                    "Stadskansliets enhet för invandring och integration ansvarar för samordningen."
                            + " Åtgärderna genomförs av sektorerna för fostran och utbildning, kultur och fritid samt"
                            + " stadsmiljö och av sysselsättningstjänsterna; den ansvariga för varje åtgärd anges i"
                            + " åtgärdstabellen."),
            "cooperation",
            new Text(
                    "Suunnitelma valmisteltiin yhdessä sosiaali- ja terveyspalveluiden järjestäjän, työllisyysalueen,"
                            + " Kelan, oppilaitosten ja maahanmuuttajajärjestöjen kanssa; asukkaita kuultiin kolmessa"
                            + " työpajassa. Yhteistyöryhmä kokoontuu neljä kertaa vuodessa.",
                    "Planen bereddes tillsammans med anordnaren av social- och hälsovårdstjänsterna,"
                            + " sysselsättningsområdet, FPA, läroanstalterna och invandrarföreningarna; invånarna hördes"
                            + " i tre verkstäder. Samarbetsgruppen sammanträder fyra gånger om året."),
            "monitoring",
            new Text(
                    "Mittarit: ulkomaalaistaustaisten työllisyysaste, toisen asteen opinnot aloittaneiden osuus ja"
                            + " kielikoulutuksen suorittaneiden määrä. Toteutumasta raportoidaan vuosittain"
                            + " kaupunginhallitukselle ja elinvoimakeskukselle.",
                    "Indikatorer: sysselsättningsgraden bland personer med utländsk bakgrund, andelen som inlett"
                            + " studier på andra stadiet och antalet som slutfört språkutbildning. Genomförandet"
                            + " rapporteras årligen till stadsstyrelsen och livskraftscentralen."));

    private static final Map<String, Text> ACT_1386_2010 = Map.of(
            "strategy",
            new Text(
                    "Kotouttamisohjelma on osa kaupunkistrategiaa; sen toteutumista seurataan talousarvion ja"
                            + " tilinpäätöksen yhteydessä.",
                    "Integrationsprogrammet är en del av stadsstrategin; genomförandet följs upp i budgeten och"
                            + " bokslutet."),
            "services",
            new Text(
                    "Peruspalveluissa on tarjolla tulkkaus ja selkokielinen neuvonta. Alkukartoitus ja omakielinen"
                            + " ohjaus järjestetään kaikille alkuvaiheen asiakkaille.",
                    "I basservicen finns tolkning och rådgivning på lättläst språk. Inledande kartläggning och"
                            + " handledning på det egna språket ordnas för alla klienter i inledningsskedet."),
            "responsibilities",
            new Text(
                    "Kotouttamista koordinoi maahanmuuttoyksikkö; toimenpiteiden vastuut on nimetty toimialoittain.",
                    "Integrationen samordnas av invandrarenheten; ansvaret för åtgärderna anges per sektor."),
            "childrenAndYouth",
            new Text(
                    "Valmistava opetus, oman äidinkielen opetus ja nuorten ohjaamon palvelut.",
                    "Förberedande undervisning, undervisning i det egna modersmålet och tjänsterna vid Navigatorn"
                            + " för unga."),
            "outsideLabourForce",
            new Text(
                    "Kotona lapsia hoitaville vanhemmille ja ikääntyneille järjestetään kielikursseja ja"
                            + " vertaisryhmiä.",
                    "För föräldrar som vårdar barn hemma och för äldre ordnas språkkurser och kamratgrupper."),
            "refugeePlacement",
            new Text(
                    "Kaupunki tarjoaa vuosittain kuntapaikkoja kiintiöpakolaisille ja oleskeluluvan saaneille;"
                            + " vastaanoton järjestää maahanmuuttajapalvelut.",
                    "Staden erbjuder årligen kommunplatser för kvotflyktingar och personer som fått"
                            + " uppehållstillstånd; mottagandet ordnas av invandrartjänsterna."),
            "goodRelations",
            new Text(
                    "Järjestöjen toiminta-avustukset, kaupunginosien yhteiset tapahtumat ja syrjinnän vastainen työ"
                            + " kouluissa.",
                    "Verksamhetsbidrag till föreningar, gemensamma evenemang i stadsdelarna och arbete mot"
                            + " diskriminering i skolorna."),
            "monitoring",
            new Text(
                    "Ohjelman toteutumaa seurataan vuosittain, ja ohjelma tarkistetaan vähintään neljän vuoden"
                            + " välein.",
                    "Programmets genomförande följs upp årligen och programmet ses över minst vart fjärde år."));

    /** The line a coordinator adds to the goals when answering the official's request for changes. */
    static final String GOAL_ADDED_FI =
            "\nTavoite: ulkomaalaistaustaisten työllisyysaste nousee kolmessa vuodessa viisi prosenttiyksikköä.";

    static String fi(LegalBasis basis, String key) {
        return text(basis, key).fi();
    }

    static String sv(LegalBasis basis, String key) {
        return text(basis, key).sv();
    }

    private static Text text(LegalBasis basis, String key) {
        Text text = (basis == LegalBasis.ACT_1386_2010 ? ACT_1386_2010 : ACT_681_2023).get(key);
        if (text == null) {
            throw new IllegalArgumentException("No demo text for " + basis + "." + key);
        }
        return text;
    }
}
