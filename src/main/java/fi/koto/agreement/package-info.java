/**
 * Refugee placement agreements between a regional authority and a municipality, the places a municipality commits
 * to each year per target group, the annual places round in which the authority asks its municipalities for next
 * year's places, and extra-places requests outside it (docs/domain.md, "Placement agreements and the annual places
 * round"). The agreement is its own
 * component because it has its own life cycle, permissions and timeline; realised placements and compensation,
 * which only read the places, live in {@code fi.koto.placement}. The status enums own the allowed transitions,
 * each boundary method checks permission, scope and preconditions and writes one audit record and one event;
 * every change of an agreement's places, whatever it comes from, goes through
 * {@link fi.koto.agreement.control.PlacesLedger} onto the agreement's timeline.
 */
package fi.koto.agreement;
