package fi.koto.identity.control;

import java.time.Duration;

/**
 * Throttling of password guessing: after {@link #MAX_FAILURES} wrong passwords in a row an account is locked for
 * {@link #LOCK_DURATION}; attempts during the lock fail with the same message as a wrong password, so the answer
 * never tells which part was wrong or that the account is locked.
 */
public final class LoginPolicy {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(5);

    private LoginPolicy() {}

    /** Whether the failure that brings the count to {@code failuresIncludingThis} locks the account. */
    public static boolean locksAfter(int failuresIncludingThis) {
        return failuresIncludingThis >= MAX_FAILURES;
    }
}
