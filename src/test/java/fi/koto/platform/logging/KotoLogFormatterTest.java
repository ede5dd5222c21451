package fi.koto.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KotoLogFormatterTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @AfterEach
    void leaveNoRequest() {
        RequestIds.clear();
    }

    @Test
    void textLinesHaveTimeLevelLoggerAndNoColourCodes() {
        var record = record(Level.WARNING, "\u001B[1;92mINFO\u001B[0m disk {0} is full", "D:");
        String line = new KotoLogFormatter(false, HELSINKI).format(record);
        assertThat(line).doesNotContain("\u001B");
        assertThat(line)
                .matches("2026-12-07T17:20:01\\.123\\+02:00 WARNING \\[fi\\.koto\\.test\\] INFO disk D: is full\n");
    }

    @Test
    void aLineWrittenDuringARequestCarriesItsId() {
        RequestIds.CURRENT_FOR_TESTS.set("abc123");
        String line = new KotoLogFormatter(false, HELSINKI).format(record(Level.INFO, "hello"));
        assertThat(line).contains(" [req=abc123] hello");
    }

    @Test
    void jsonLinesAreOneObjectEachWithTheRequestIdAndTheException() {
        RequestIds.CURRENT_FOR_TESTS.set("r-1");
        var record = record(Level.SEVERE, "quote \" and\nnew line");
        record.setThrown(new IllegalStateException("boom"));
        String line = new KotoLogFormatter(true, HELSINKI).format(record);
        assertThat(line).endsWith("}\n");
        assertThat(line.substring(0, line.length() - 1)).doesNotContain("\n");
        var json = Json.createReader(new StringReader(line)).readObject();
        assertThat(json.getString("time")).isEqualTo("2026-12-07T17:20:01.123+02:00");
        assertThat(json.getString("level")).isEqualTo("SEVERE");
        assertThat(json.getString("logger")).isEqualTo("fi.koto.test");
        assertThat(json.getString("requestId")).isEqualTo("r-1");
        assertThat(json.getString("message")).isEqualTo("quote \" and\nnew line");
        assertThat(json.getString("exception")).contains("IllegalStateException: boom");
    }

    @Test
    void outsideARequestJsonHasNoRequestId() {
        String line = new KotoLogFormatter(true, HELSINKI).format(record(Level.INFO, "start"));
        assertThat(Json.createReader(new StringReader(line)).readObject()).doesNotContainKey("requestId");
    }

    @Test
    void theSettingChoosesJson() {
        assertThat(KotoLogFormatter.fromSetting("json").json()).isTrue();
        assertThat(KotoLogFormatter.fromSetting(null).json()).isFalse();
        assertThat(KotoLogFormatter.fromSetting("text").json()).isFalse();
    }

    private static LogRecord record(Level level, String message, Object... parameters) {
        var record = new LogRecord(level, message);
        record.setLoggerName("fi.koto.test");
        record.setParameters(parameters.length == 0 ? null : parameters);
        record.setInstant(java.time.Instant.parse("2026-12-07T15:20:01.123456Z"));
        return record;
    }
}
