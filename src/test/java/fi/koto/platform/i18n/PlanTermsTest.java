package fi.koto.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.programme.entity.LegalBasis;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No text for people calls a planning document under Act 681/2023 by the name of the repealed act's document or
 * by the name the new act gives to the initial-phase service package (docs/domain.md, "Legal basis and terms").
 * Only keys of the 1386/2010 basis itself (those naming {@code ACT_1386_2010}) may say kotouttamisohjelma /
 * integrationsprogram / integration programme; every other key is either about a 681/2023 document or neutral,
 * holding both kinds (list pages, menus, mails, reports).
 */
public class PlanTermsTest {

    /**
     * Stems, so that every inflection and compound is caught: "kotoutumisohjelmaan", "kotouttamisohjelmien",
     * "integrationsprogrammets", "integration programmes". Matched after lower-casing and removing soft hyphens.
     */
    public static final List<Pattern> WRONG_FOR_NEW_PLANS = List.of(
            Pattern.compile("kotoutumisohjelm"),
            Pattern.compile("kotouttamisohjelm"),
            Pattern.compile("integrationsprogram"),
            Pattern.compile("integration\\s+program"));

    /** The individual's integration plan (kotoutumissuunnitelma, 681/2023 ch. 3) is not the municipality's plan. */
    static final List<Pattern> INDIVIDUAL_PLAN = List.of(
            Pattern.compile("kotoutumissuunnitelm"),
            Pattern.compile("integrationsplan"),
            Pattern.compile("integration\\s+plan\\b"));

    /** The words of {@link #WRONG_FOR_NEW_PLANS} found in a text, in any case and inflection. */
    public static List<String> wrongTerms(String text) {
        String normal = text.toLowerCase(Locale.ROOT).replace("\u00ad", "").replace('\u00a0', ' ');
        List<String> found = new ArrayList<>();
        for (Pattern stem : WRONG_FOR_NEW_PLANS) {
            var m = stem.matcher(normal);
            while (m.find()) {
                int end = normal.indexOf(' ', m.end());
                found.add(normal.substring(m.start(), end < 0 ? normal.length() : Math.min(end, m.end() + 12)));
            }
        }
        return found;
    }

    @Test
    void onlyKeysOfTheRepealedActNameItsProgramme() throws IOException {
        for (String language : new String[] {"fi", "sv", "en"}) {
            Properties bundle = load(language);
            for (String key : bundle.stringPropertyNames()) {
                if (key.contains(LegalBasis.ACT_1386_2010.name())) {
                    continue;
                }
                assertThat(wrongTerms(bundle.getProperty(key)))
                        .as(language + " " + key + " = " + bundle.getProperty(key))
                        .isEmpty();
            }
        }
    }

    @Test
    void eachLegalBasisHasItsTermAndTheNewPlanIsNotTheIndividualsPlan() throws IOException {
        for (String language : new String[] {"fi", "sv", "en"}) {
            Properties bundle = load(language);
            for (LegalBasis basis : LegalBasis.values()) {
                assertThat(bundle.getProperty("programme.term." + basis.name()))
                        .as(language + " programme.term." + basis)
                        .isNotBlank();
            }
            String plan = bundle.getProperty("programme.term.ACT_681_2023");
            String label = bundle.getProperty("programme.legalBasis.ACT_681_2023");
            for (String text : List.of(plan, label, bundle.getProperty("programmes.title"))) {
                String normal = text.toLowerCase(Locale.ROOT);
                assertThat(INDIVIDUAL_PLAN).as(language + ": " + text).noneMatch(p -> p.matcher(normal)
                        .find());
            }
            assertThat(label).as(language).startsWith(plan);
        }
        // The old act's document keeps its name (docs/domain.md, "Legal basis and terms").
        assertThat(load("fi").getProperty("programme.term.ACT_1386_2010")).isEqualTo("Kotouttamisohjelma");
        assertThat(load("sv").getProperty("programme.term.ACT_1386_2010")).isEqualTo("Integrationsprogram");
        assertThat(load("en").getProperty("programme.term.ACT_1386_2010")).isEqualTo("Integration programme");
    }

    @Test
    void theStemsCatchInflectionsAndCompounds() {
        assertThat(wrongTerms("Koto: kotoutumisohjelmaan pyydetään muutoksia")).hasSize(1);
        assertThat(wrongTerms("näiden kotouttamisohjelmien")).hasSize(1);
        assertThat(wrongTerms("Integrationsprogrammets läge")).hasSize(1);
        assertThat(wrongTerms("the Integration\u00a0Programmes")).hasSize(1);
        assertThat(wrongTerms("Kotoutumisen edistämisen suunnitelma; Plan för integrationsfrämjande"))
                .isEmpty();
    }

    static Properties load(String language) throws IOException {
        var properties = new Properties();
        try (InputStream in =
                PlanTermsTest.class.getResourceAsStream("/fi/koto/i18n/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
