/**
 * Who may do what and see which municipality's data: the {@code Permission}s boundaries declare, the
 * {@code Role}s that group them, and the {@code AccessScope} a caller is bound to. {@code CurrentUser} is the
 * caller of a request as a value ({@code Caller}), built from the authenticated principal through
 * {@code Callers}, which the identity component implements; batch jobs carry the scope of the person who
 * started them. Access knows no account entity and no other component but platform, so that every component,
 * identity and reference included, may build on it. {@code reference.control.ScopeFilter} turns a scope into
 * the query predicate over the reference data.
 */
package fi.koto.access;
