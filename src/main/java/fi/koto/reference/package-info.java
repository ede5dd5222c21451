/**
 * Reference data: Finland's municipalities (Statistics Finland's classification, CC BY 4.0), their regions, the
 * regional state authorities (15 ELY centres until 2025, 10 elinvoimakeskus centres from 2026) and which authority
 * serves which municipality in which period. Loaded by a versioned migration; read by every other component.
 */
package fi.koto.reference;
