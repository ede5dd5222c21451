package fi.koto.identity.control;

import fi.koto.platform.failure.Reason;
import java.util.List;

/** What a new password must be: long enough to resist guessing, short enough to hash quickly. */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordRules() {}

    public static List<Reason> check(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return List.of(Reason.of("user.password.tooShort", MIN_LENGTH));
        }
        if (password.length() > MAX_LENGTH) {
            return List.of(Reason.of("user.password.tooLong", MAX_LENGTH));
        }
        if (password.isBlank()) {
            return List.of(Reason.of("user.password.tooShort", MIN_LENGTH));
        }
        return List.of();
    }
}
