/**
 * Backing beans of the pages, in packages that mirror {@code src/main/webapp}: {@code ui.login} for
 * {@code login.xhtml}, {@code ui.home} for {@code index.xhtml}. They call boundaries and hold view state only.
 */
package fi.koto.ui;
