/**
 * Refugee placement agreements between a regional authority and a municipality (DOMAIN.md 5.4, 6.2) and the
 * places a municipality commits to each year per target group (5.5, 6.3). The agreement is its own component
 * because it has its own life cycle, permissions and timeline; realised placements and compensation, which only
 * read the places, live in {@code fi.koto.placement}. The status enum owns the allowed transitions, each boundary
 * method checks permission, scope and preconditions and writes one audit record and one timeline event.
 */
package fi.koto.agreement;
