package fi.koto.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.platform.failure.Reason;
import fi.koto.platform.i18n.Messages;
import fi.koto.platform.i18n.SupportedLanguage;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstraintReasonsTest {

    record Sample(
            @NotBlank @Size(max = 5) String name,

            @Size(max = 3, message = "{user.displayName.invalid}")
            String label,

            @Max(10) Integer count,
            @NotNull Long version) {}

    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void everyViolationIsAReasonWithABundleKeyInTheOrderOfTheRecord() {
        List<Reason> reasons = ConstraintReasons.of(VALIDATOR.validate(new Sample("toolong", "abcd", 11, null)));

        assertThat(reasons)
                .containsExactly(
                        Reason.of("input.tooLong", "name", 5),
                        Reason.of("user.displayName.invalid", "abcd"),
                        Reason.of("input.invalid", "count", 10L),
                        Reason.of("input.required", "version"));
    }

    @Test
    void aBlankRequiredFieldIsOneReasonAndReadsAsTheHandWrittenCheckDid() {
        List<Reason> reasons = ConstraintReasons.of(VALIDATOR.validate(new Sample(" ", null, null, 1L)));

        assertThat(reasons).containsExactly(Reason.of("input.required", "name"));
        assertThat(Messages.text(SupportedLanguage.EN, "input.required", "name"))
                .isEqualTo("The field name is required.");
    }

    @Test
    void aValidRequestHasNoReason() {
        assertThat(ConstraintReasons.of(VALIDATOR.validate(new Sample("ok", null, 3, 1L))))
                .isEmpty();
    }
}
