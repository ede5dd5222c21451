package fi.koto.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void defaultsToAnH2FileUnderDataInTheWorkingDirectory() {
        var settings = DatabaseSettings.from(Map.of());
        assertThat(settings.isH2()).isTrue();
        assertThat(settings.url())
                .startsWith("jdbc:h2:file:" + Path.of("data").toAbsolutePath().resolve("koto"))
                .contains("MODE=PostgreSQL");
        assertThat(settings.displayUrl()).doesNotContain(";");
    }

    @Test
    void followsKotoDataDir() {
        var settings = DatabaseSettings.from(Map.of("KOTO_DATA_DIR", "/var/lib/koto"));
        assertThat(settings.url()).startsWith("jdbc:h2:file:/var/lib/koto/koto;");
    }

    @Test
    void usesPostgreSqlWhenAUrlIsGiven() {
        var settings = DatabaseSettings.from(Map.of(
                "KOTO_DB_URL",
                "jdbc:postgresql://db:5432/koto?ssl=true",
                "KOTO_DB_USER",
                "koto",
                "KOTO_DB_PASSWORD",
                "s3cret"));
        assertThat(settings.isPostgreSql()).isTrue();
        assertThat(settings.user()).isEqualTo("koto");
        assertThat(settings.displayUrl())
                .isEqualTo("jdbc:postgresql://db:5432/koto")
                .doesNotContain("s3cret");
    }
}
