package fi.koto.ui.placements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportFileTypesTest {

    @Test
    void theExtensionDecidesWhateverTheBrowserCallsIt() {
        assertThat(ImportFileTypes.mediaType("sijoitukset.csv", "application/vnd.ms-excel"))
                .isEqualTo("text/csv");
        assertThat(ImportFileTypes.mediaType("SIJOITUKSET.CSV ", "application/octet-stream"))
                .isEqualTo("text/csv");
        assertThat(ImportFileTypes.mediaType("kuukaudet.xlsx", "application/octet-stream"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void otherwiseTheBrowsersTypeIsPassedOnForTheFileCheckToJudge() {
        assertThat(ImportFileTypes.mediaType("notes.txt", "text/plain")).isEqualTo("text/plain");
        assertThat(ImportFileTypes.mediaType(null, null)).isNull();
    }
}
