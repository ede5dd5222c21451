package fi.koto.access.control;

import java.io.Serializable;

/**
 * Who is calling, as a value: what the rest of Koto needs to know of the account behind a request (its id and
 * name for audit records, its role, the language it chose, and the scope of what it may see).
 */
public record Caller(long accountId, String username, Role role, String language, AccessScope scope)
        implements Serializable {}
