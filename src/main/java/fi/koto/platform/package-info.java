/**
 * Plumbing every business component relies on: the data source and schema migrations, the REST application and
 * its problem responses, the message bundles, health checks and web filters. Nothing here knows the domain.
 */
package fi.koto.platform;
