/**
 * Who may see which municipality's data. {@code AccessScope} says what the caller is bound to; {@code ScopeFilter}
 * turns it into the query predicate that every list, count, export, batch job and REST call applies, so that no
 * page, report or API answer can show what the list pages would hide. {@code CurrentUser} supplies the scope of
 * the caller of a request; batch jobs carry the scope of the person who started them.
 */
package fi.koto.access;
