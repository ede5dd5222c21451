/**
 * Monitoring of integration planning: a programme's goals by theme, the measures that serve them with their
 * responsible parties and schedules, the indicators with unit, baseline and target, and the annual monitoring
 * report in which the coordinator enters each indicator's value and an account of each measure (docs/domain.md,
 * "Goals, measures, indicators and monitoring"). Depends on the programme component (a plan belongs to a
 * programme, and is seen by whoever may see the programme); the programme component knows nothing of it.
 */
package fi.koto.monitoring;
