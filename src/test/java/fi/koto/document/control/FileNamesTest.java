package fi.koto.document.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void onlyTheLastPathSegmentIsKept() {
        assertThat(FileNames.sanitise("C:\\fakepath\\päätös.pdf")).isEqualTo("päätös.pdf");
        assertThat(FileNames.sanitise("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
        assertThat(FileNames.sanitise("/tmp/")).isEmpty();
        assertThat(FileNames.sanitise("..")).isEmpty();
    }

    @Test
    void controlAndInvisibleCharactersGoAndForbiddenOnesBecomeUnderscores() {
        assertThat(FileNames.sanitise("a\u0000b\r\n\t.pdf")).isEqualTo("ab.pdf");
        assertThat(FileNames.sanitise("kuva\u202Efdp.exe")).isEqualTo("kuvafdp.exe");
        assertThat(FileNames.sanitise("zero\u200Bwidth.pdf")).isEqualTo("zerowidth.pdf");
        assertThat(FileNames.sanitise("a<b>:c|d?e*\"f.pdf")).isEqualTo("a_b__c_d_e__f.pdf");
        assertThat(FileNames.sanitise("  .hidden.pdf. . ")).isEqualTo("hidden.pdf");
        assertThat(FileNames.sanitise("pa\u0308a\u0308to\u0308s.pdf")).isEqualTo("päätös.pdf");
        assertThat(FileNames.sanitise("lone\uD800surrogate.pdf")).isEqualTo("lonesurrogate.pdf");
        assertThat(FileNames.sanitise(null)).isEmpty();
    }

    @Test
    void longNamesAreCutKeepingTheExtension() {
        String name = FileNames.sanitise("ä".repeat(300) + ".docx");
        assertThat(name).hasSize(FileNames.MAX_LENGTH).endsWith("ää.docx");
        String emoji = FileNames.sanitise("x" + "😀".repeat(150) + ".pdf");
        assertThat(emoji.length()).isLessThanOrEqualTo(FileNames.MAX_LENGTH);
        assertThat(emoji).endsWith(".pdf");
        assertThat(Character.isHighSurrogate(emoji.charAt(emoji.length() - 5))).isFalse();
        assertThat(FileNames.sanitise("a".repeat(250))).hasSize(FileNames.MAX_LENGTH);
    }
}
