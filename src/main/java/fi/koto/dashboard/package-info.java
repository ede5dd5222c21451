/**
 * The figures of each role's home page (issue 5): managers see utilisation and overdue reviews by authority,
 * officials their authority's review work and places per year, coordinators places per year and the state of their
 * programmes. {@code boundary.Dashboards} reads every figure through the scoped boundaries of the other components
 * ({@code Placements}, {@code Programmes}, {@code Municipalities}), so a dashboard never shows a municipality its
 * user could not see in the lists. Also {@code GET /api/v1/dashboard}.
 */
package fi.koto.dashboard;
