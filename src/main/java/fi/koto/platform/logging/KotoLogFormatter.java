package fi.koto.platform.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;

/**
 * Koto's log line, for files and log collectors alike: never a terminal colour code. Text (the default):
 * {@code 2026-12-07T15:20:01.123+02:00 INFO [logger] [req=id] message}, a stack trace on the lines after it. JSON
 * ({@code KOTO_LOG_FORMAT=json}): one object per line with {@code time, level, logger, thread, requestId, message}
 * and {@code exception}; {@code requestId} is left out outside a request.
 */
public final class KotoLogFormatter extends Formatter {

    /** ANSI escape sequences (colours, cursor movement) and any lone ESC character. */
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;?]*[A-Za-z]|\u001B");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final boolean json;
    private final ZoneId zone;

    public KotoLogFormatter(boolean json, ZoneId zone) {
        this.json = json;
        this.zone = zone;
    }

    /** {@code KOTO_LOG_FORMAT}: {@code json} for JSON lines, anything else (or nothing) for text. */
    public static KotoLogFormatter fromSetting(String format) {
        return new KotoLogFormatter(
                "json".equalsIgnoreCase(format == null ? "" : format.trim()), ZoneId.systemDefault());
    }

    public boolean json() {
        return json;
    }

    @Override
    public String format(LogRecord record) {
        String time = TIME.format(Instant.ofEpochMilli(record.getMillis())
                .truncatedTo(ChronoUnit.MILLIS)
                .atZone(zone));
        String message = plain(formatMessage(record));
        String requestId = RequestIds.current();
        String thrown = record.getThrown() == null ? null : plain(stackTrace(record.getThrown()));
        String logger = record.getLoggerName() == null ? "" : record.getLoggerName();
        if (json) {
            StringBuilder out = new StringBuilder(128 + message.length());
            out.append("{\"time\":");
            quote(out, time);
            out.append(",\"level\":");
            quote(out, record.getLevel().getName());
            out.append(",\"logger\":");
            quote(out, logger);
            out.append(",\"thread\":");
            quote(out, Thread.currentThread().getName());
            if (requestId != null) {
                out.append(",\"requestId\":");
                quote(out, requestId);
            }
            out.append(",\"message\":");
            quote(out, message);
            if (thrown != null) {
                out.append(",\"exception\":");
                quote(out, thrown);
            }
            return out.append("}\n").toString();
        }
        StringBuilder out = new StringBuilder(64 + message.length());
        out.append(time)
                .append(' ')
                .append(record.getLevel().getName())
                .append(" [")
                .append(logger)
                .append(']');
        if (requestId != null) {
            out.append(" [req=").append(requestId).append(']');
        }
        out.append(' ').append(message).append('\n');
        if (thrown != null) {
            out.append(thrown);
        }
        return out.toString();
    }

    /** The text without terminal escape sequences. */
    static String plain(String text) {
        return text == null ? "" : ANSI.matcher(text).replaceAll("");
    }

    private static String stackTrace(Throwable thrown) {
        var writer = new StringWriter();
        thrown.printStackTrace(new PrintWriter(writer));
        return writer.toString();
    }

    private static void quote(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
