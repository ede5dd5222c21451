/**
 * What running several instances of Koto side by side needs from the application itself: a name per instance
 * ({@code KOTO_INSTANCE_NAME}, also answered in the {@code X-Koto-Instance} header so that an operator, or a test,
 * sees which instance served a request). The cluster is Payara Micro's own (its Hazelcast data grid replicates the
 * web sessions); how it is started is in {@code config/cluster/} and docs/operations.md, "Production run".
 */
package fi.koto.platform.cluster;
