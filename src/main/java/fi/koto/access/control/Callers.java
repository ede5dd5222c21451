package fi.koto.access.control;

import java.util.Optional;

/**
 * Finds the caller behind the name the security layer authenticated. The identity component implements it over
 * its accounts, so that access knows no account entity and identity may build on access.
 */
public interface Callers {

    /** The enabled or disabled account named {@code username}, empty when there is none. */
    Optional<Caller> byUsername(String username);
}
