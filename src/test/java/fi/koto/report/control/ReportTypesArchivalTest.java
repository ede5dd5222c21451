package fi.koto.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fi.koto.it.ReportFiles;
import fi.koto.platform.i18n.Messages;
import fi.koto.platform.i18n.SupportedLanguage;
import fi.koto.report.entity.ReportType;
import fi.koto.report.writer.Column;
import fi.koto.report.writer.ColumnType;
import fi.koto.report.writer.PdfStandards;
import fi.koto.report.writer.ReportFormat;
import fi.koto.report.writer.ReportHeader;
import fi.koto.report.writer.ReportLabels;
import fi.koto.report.writer.ReportWriter;
import fi.koto.report.writer.Section;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every report type, in Finnish and in Swedish, written by the writers from its definition (its sections, its
 * columns and their headings from the bundles) with rows of each column's type, the Sámi municipality names among
 * them: the PDF passes veraPDF's PDF/UA-1 and PDF/A-2a rules with none failed and its tagged text still has the
 * Sámi names; the workbook carries its title and language and a defined header row on every sheet. The definitions are found on the class path, so a report type added later is checked without more code.
 */
class ReportTypesArchivalTest {

    static final ZonedDateTime AS_OF = ZonedDateTime.of(2026, 4, 1, 2, 15, 0, 0, ZoneId.of("Europe/Helsinki"));
    static final int ROWS = 12;

    static Map<ReportType, ReportDefinition> definitions;
    static List<String> samiNames;

    @BeforeAll
    static void findDefinitionsAndNames() throws Exception {
        definitions = new EnumMap<>(ReportType.class);
        Path classes = Path.of(ReportDefinition.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(p ->
                            p.toString().endsWith(".class") && !p.toString().contains("$"))
                    .toList();
        }
        for (Path file : files) {
            String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
            Class<?> type = Class.forName(name, false, ReportDefinition.class.getClassLoader());
            if (ReportDefinition.class.isAssignableFrom(type)
                    && !type.isInterface()
                    && !Modifier.isAbstract(type.getModifiers())) {
                var constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                ReportDefinition definition = (ReportDefinition) constructor.newInstance();
                definitions.put(definition.type(), definition);
            }
        }
        assertThat(definitions.keySet())
                .as("a definition for every report type")
                .containsExactlyInAnyOrder(ReportType.values());
        try (InputStream in = ReportTypesArchivalTest.class.getResourceAsStream("/db/reference/sami_names.csv")) {
            samiNames = new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.substring(line.indexOf(',') + 1).trim())
                    .toList());
        }
        samiNames.add("Aanaar"); // Inari in Inari Sámi
        assertThat(samiNames).contains("Anár", "Ohcejohka", "Soađegilli", "Eanodat");
    }

    static Stream<Arguments> typesAndLanguages() {
        return Stream.of(ReportType.values()).flatMap(type -> Stream.of(SupportedLanguage.FI, SupportedLanguage.SV)
                .map(language -> Arguments.of(type, language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("typesAndLanguages")
    void pdfIsPdfUa1AndPdfA2aWithTheSamiNames(ReportType type, SupportedLanguage language) throws IOException {
        byte[] pdf = write(type, language, ReportFormat.PDF);
        assertThat(PdfStandards.failures(pdf, PdfStandards.PDF_UA_1))
                .as("PDF/UA-1")
                .isEmpty();
        assertThat(PdfStandards.failures(pdf, PdfStandards.PDF_A_2A))
                .as("PDF/A-2a")
                .isEmpty();
        var reader = new PdfReader(pdf);
        try {
            var extractor = new PdfTextExtractor(reader);
            var text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            assertThat(text.toString()).contains(Messages.text(language, type.labelKey()));
            if (usesText(type)) {
                for (String name : samiNames) {
                    assertThat(text.toString()).contains(name);
                }
            }
            assertThat(reader.getCatalog()
                            .getAsString(com.lowagie.text.pdf.PdfName.LANG)
                            .toUnicodeString())
                    .isEqualTo(language.code());
        } finally {
            reader.close();
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("typesAndLanguages")
    void workbookHasItsTitleLanguageAndDefinedHeaderRows(ReportType type, SupportedLanguage language)
            throws IOException {
        byte[] xlsx = write(type, language, ReportFormat.XLSX);
        try (var workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var core = workbook.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo(Messages.text(language, type.labelKey()));
            assertThat(core.getUnderlyingProperties().getLanguageProperty()).hasValue(language.code());
            List<ReportDefinition.SectionDefinition> sections =
                    definitions.get(type).sections();
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1 + sections.size());
            String title = Messages.text(language, type.labelKey());
            // every sheet begins with its title in A1: the report, the sheet's part of it and the period
            assertThat(ReportFiles.title(workbook.getSheetAt(0)))
                    .isEqualTo(Messages.text(
                            language,
                            "report.label.sheetTitle",
                            title,
                            Messages.text(language, "report.label.parameters"),
                            "2026"))
                    .startsWith(title)
                    .contains(Messages.text(language, "report.label.parameters"));
            for (int s = 0; s < sections.size(); s++) {
                var sheet = workbook.getSheetAt(1 + s);
                var columns = sections.get(s).columns();
                String part = Messages.text(
                        language,
                        "report.section." + type + "." + sections.get(s).name());
                assertThat(ReportFiles.title(sheet))
                        .isEqualTo(Messages.text(language, "report.label.sheetTitle", title, part, "2026"))
                        .isEqualTo(title + ": " + part + " (2026)");
                assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold())
                        .isTrue();
                assertThat(sheet.getRepeatingRows()).hasToString(new CellRangeAddress(1, 1, -1, -1).toString());
                var names = workbook.getNames("HeaderRow").stream()
                        .filter(n -> n.getSheetIndex() == workbook.getSheetIndex(sheet))
                        .toList();
                assertThat(names).hasSize(1);
                var area = new AreaReference(names.get(0).getRefersToFormula(), SpreadsheetVersion.EXCEL2007);
                assertThat(area.getFirstCell().getRow()).isEqualTo(1);
                assertThat(area.getLastCell().getRow()).isEqualTo(1);
                assertThat(area.getLastCell().getCol() + 1).isEqualTo(columns.size());
                for (int c = 0; c < columns.size(); c++) {
                    assertThat(sheet.getRow(1).getCell(c).getStringCellValue())
                            .isEqualTo(Messages.text(language, columns.get(c).labelKey()));
                }
            }
        }
    }

    private static boolean usesText(ReportType type) {
        return definitions.get(type).sections().stream()
                .flatMap(s -> s.columns().stream())
                .anyMatch(c -> c.type() == ColumnType.TEXT);
    }

    static byte[] write(ReportType type, SupportedLanguage language, ReportFormat format) throws IOException {
        var labels = new ReportLabels(
                Messages.text(language, "report.label.period"),
                Messages.text(language, "report.label.asOf"),
                Messages.text(language, "report.label.page"),
                Messages.text(language, "report.label.yes"),
                Messages.text(language, "report.label.no"),
                Messages.text(language, "report.label.parameters"),
                Messages.text(language, "report.label.parameter"),
                Messages.text(language, "report.label.value"),
                Messages.text(language, "report.label.sheetTitle"));
        var header = new ReportHeader(
                Messages.text(language, type.labelKey()),
                "2026",
                AS_OF,
                language.locale(),
                List.of(new ReportHeader.Parameter(
                        Messages.text(language, "report.parameter.type"), Messages.text(language, type.labelKey()))),
                labels);
        var out = new ByteArrayOutputStream();
        try (ReportWriter writer = format.open(out, header)) {
            for (ReportDefinition.SectionDefinition section :
                    definitions.get(type).sections()) {
                List<Column> columns = new ArrayList<>();
                for (ReportDefinition.ColumnDefinition column : section.columns()) {
                    columns.add(new Column(Messages.text(language, column.labelKey()), column.type()));
                }
                writer.section(
                        new Section(Messages.text(language, "report.section." + type + "." + section.name()), columns));
                for (int r = 0; r < ROWS; r++) {
                    Object[] values = new Object[columns.size()];
                    for (int c = 0; c < values.length; c++) {
                        values[c] = value(columns.get(c).type(), r, c);
                    }
                    writer.row(values);
                }
            }
        }
        return out.toByteArray();
    }

    /** A value of the column's type; text cells go through the Sámi names (and a null now and then). */
    static Object value(ColumnType type, int row, int column) {
        if (row == ROWS - 1 && column > 0) {
            return null;
        }
        return switch (type) {
            case TEXT -> samiNames.get((row + column) % samiNames.size());
            case INTEGER -> 1000L * row + column;
            case DECIMAL -> new BigDecimal("12345.67").add(BigDecimal.valueOf(row));
            case PERCENT -> new BigDecimal("0.4567");
            case DATE -> LocalDate.of(2026, 1, 1).plusDays(row);
            case FLAG -> row % 2 == 0;
        };
    }
}
