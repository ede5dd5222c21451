package fi.koto.platform.persistence;

/** Fired once the database answers and its schema is at the latest migration; start-up work waits for it. */
public record SchemaReady() {}
