package fi.koto.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void aHashVerifiesItsPasswordOnly() {
        String hash = PasswordHasher.hash("correct horse battery".toCharArray());
        assertThat(PasswordHasher.verify("correct horse battery".toCharArray(), hash))
                .isTrue();
        assertThat(PasswordHasher.verify("correct horse batterY".toCharArray(), hash))
                .isFalse();
        assertThat(PasswordHasher.verify("".toCharArray(), hash)).isFalse();
    }

    @Test
    void theStoredValueIsJakartaPbkdf2FormatWithARandomSaltAndNoPlainText() {
        String first = PasswordHasher.hash("secret-password".toCharArray());
        String second = PasswordHasher.hash("secret-password".toCharArray());
        assertThat(first).isNotEqualTo(second).doesNotContain("secret-password");
        String[] parts = first.split(":");
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("PBKDF2WithHmacSHA256");
        assertThat(Integer.parseInt(parts[1])).isGreaterThanOrEqualTo(210_000);
    }

    @Test
    void malformedStoredValuesNeverMatch() {
        assertThat(PasswordHasher.verify("x".toCharArray(), null)).isFalse();
        assertThat(PasswordHasher.verify("x".toCharArray(), "plain")).isFalse();
        assertThat(PasswordHasher.verify("x".toCharArray(), "PBKDF2WithHmacSHA256:1:!!:??"))
                .isFalse();
        assertThat(PasswordHasher.verify("x".toCharArray(), "NoSuchAlgorithm:1000:AAAA:AAAA"))
                .isFalse();
    }
}
