package fi.koto.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KotoDataSourceTest {

    @Test
    void theUnreachableMessageNamesWhatToFixAndNoSecret() {
        var settings = DatabaseSettings.from(
                Map.of("KOTO_DB_URL", "jdbc:postgresql://db:5432/koto?password=s3cret", "KOTO_DB_PASSWORD", "s3cret"));
        String message = KotoDataSource.unreachableMessage(
                settings, new SQLException("Connection to db:5432 refused.\nMore detail"));
        assertThat(message)
                .contains(
                        "jdbc:postgresql://db:5432/koto",
                        "Connection to db:5432 refused",
                        "KOTO_DB_URL",
                        "KOTO_DB_USER",
                        "KOTO_DB_PASSWORD")
                .doesNotContain("s3cret")
                .doesNotContain("\n");
    }

    @Test
    void anUnsupportedUrlIsRefusedWithTheSupportedForms() {
        assertThatThrownBy(() -> new KotoDataSource(DatabaseSettings.from(Map.of("KOTO_DB_URL", "jdbc:mysql://x/y"))))
                .hasMessageContaining("jdbc:postgresql://host:port/database");
    }
}
