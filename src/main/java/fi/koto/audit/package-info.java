/**
 * The audit trail: who did what, when, to which object. Every component writes through {@code AuditTrail}, the
 * one choke point, in the same transaction as the change it records; records are only ever inserted.
 */
package fi.koto.audit;
