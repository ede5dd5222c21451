package fi.koto.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Finnish, Swedish and English bundles say the same things: same keys, no blanks, same placeholders. */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    void everyLanguageHasTheSameKeys() throws IOException {
        Properties fi = load("fi");
        Properties sv = load("sv");
        Properties en = load("en");
        assertThat(fi.stringPropertyNames()).isNotEmpty();
        assertThat(sv.stringPropertyNames()).isEqualTo(fi.stringPropertyNames());
        assertThat(en.stringPropertyNames()).isEqualTo(fi.stringPropertyNames());
    }

    @Test
    void noTextIsBlankAndPlaceholdersMatch() throws IOException {
        Properties fi = load("fi");
        for (String language : new String[] {"sv", "en"}) {
            Properties other = load(language);
            for (String key : fi.stringPropertyNames()) {
                assertThat(other.getProperty(key)).as(language + " " + key).isNotBlank();
                assertThat(placeholders(other.getProperty(key)))
                        .as(language + " " + key)
                        .isEqualTo(placeholders(fi.getProperty(key)));
            }
        }
        fi.stringPropertyNames()
                .forEach(key -> assertThat(fi.getProperty(key)).as("fi " + key).isNotBlank());
    }

    @Test
    void messagesResolveWithArguments() {
        assertThat(Messages.text(SupportedLanguage.SV, "user.password.tooShort", 12))
                .contains("12");
        assertThat(Messages.text(SupportedLanguage.EN, "no.such.key")).isEqualTo("no.such.key");
    }

    @Test
    void aReasonGivenAsAnArgumentIsResolvedInTheSameLanguage() {
        var section = fi.koto.platform.failure.Reason.of("programme.section.ACT_681_2023.goals");
        var swedish = fi.koto.platform.failure.Reason.of("language.adjective.sv");
        assertThat(Messages.text(SupportedLanguage.FI, "programme.section.missing", section, "goals", swedish))
                .isEqualTo("Osiosta \"Tavoitteet\" (goals) puuttuu ruotsinkielinen teksti.");
        assertThat(Messages.text(SupportedLanguage.EN, "programme.section.missing", section, "goals", swedish))
                .isEqualTo("Section \"Goals\" (goals) is missing its Swedish text.");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String language) throws IOException {
        String path = "/fi/koto/i18n/messages_" + language + ".properties";
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
