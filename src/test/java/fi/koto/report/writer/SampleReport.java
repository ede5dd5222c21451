package fi.koto.report.writer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/** A small report with every column type and a Sámi municipality name, written by either writer. */
final class SampleReport {

    static final String TITLE = "Kuntapaikat ja toteuma";
    static final ZonedDateTime AS_OF = ZonedDateTime.of(2026, 4, 1, 2, 15, 0, 0, ZoneId.of("Europe/Helsinki"));
    static final ReportLabels LABELS = new ReportLabels(
            "Kausi", "Tilanne", "Sivu {0} / {1}", "kyllä", "ei", "Raportin tiedot", "Tieto", "Arvo", "{0}: {1} ({2})");
    static final Section MUNICIPALITIES = new Section(
            "Kunnittain",
            List.of(
                    new Column("Kunta", ColumnType.TEXT),
                    new Column("Sovitut paikat", ColumnType.INTEGER),
                    new Column("Korvausarvio (€)", ColumnType.DECIMAL),
                    new Column("Käyttöaste", ColumnType.PERCENT),
                    new Column("Hyväksytty", ColumnType.DATE),
                    new Column("Poikkeama", ColumnType.FLAG)));
    static final Section EMPTY = new Section("Ei rivejä", List.of(new Column("Kunta", ColumnType.TEXT)));

    /** Row i of the municipalities section; row 0 is Inari with its Sámi name, row 1 Utsjoki. */
    static Object[] row(int i) {
        String name =
                switch (i) {
                    case 0 -> "Inari (Anár)";
                    case 1 -> "Utsjoki (Ohcejohka)";
                    default -> "Kunta " + i;
                };
        return new Object[] {
            name,
            1000 + i,
            new BigDecimal("12345.67").add(BigDecimal.valueOf(i)),
            new BigDecimal("0.4567"),
            LocalDate.of(2025, 1, 1).plusDays(i % 365),
            i % 2 == 0
        };
    }

    static ReportHeader header(Locale locale) {
        return new ReportHeader(
                TITLE,
                "1. neljännes 2026",
                AS_OF,
                locale,
                List.of(new ReportHeader.Parameter("Alue", "Lapin elinvoimakeskus")),
                LABELS);
    }

    static byte[] write(ReportFormat format, int rows) throws IOException {
        var out = new ByteArrayOutputStream();
        try (ReportWriter writer = format.open(out, header(Locale.forLanguageTag("fi")))) {
            writer.section(MUNICIPALITIES);
            for (int i = 0; i < rows; i++) {
                writer.row(row(i));
            }
            writer.section(EMPTY);
        }
        return out.toByteArray();
    }

    private SampleReport() {}
}
