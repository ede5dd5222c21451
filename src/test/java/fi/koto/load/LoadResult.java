package fi.koto.load;

import fi.koto.load.MixedWorkload.LongList;
import fi.koto.load.MixedWorkload.Operation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What a load run measured: requests, errors, throughput and latency percentiles, overall and per operation. */
public record LoadResult(
        int clients,
        double seconds,
        long errors,
        List<String> errorSamples,
        Latencies overall,
        Map<Operation, Latencies> byOperation) {

    /** Latencies of one kind of request, in milliseconds. */
    public record Latencies(long requests, double p50, double p95, double p99, double max) {

        static Latencies of(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Latencies(
                    sorted.length,
                    percentile(sorted, 50),
                    percentile(sorted, 95),
                    percentile(sorted, 99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        }

        /** The nearest-rank percentile. */
        static double percentile(long[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p / 100 * sorted.length);
            return sorted[Math.max(0, rank - 1)] / 1e6;
        }
    }

    static LoadResult of(
            List<Map<Operation, LongList>> perClient,
            long errors,
            List<String> errorSamples,
            double seconds,
            int clients) {
        Map<Operation, Latencies> byOperation = new EnumMap<>(Operation.class);
        List<long[]> everything = new ArrayList<>();
        for (Operation op : Operation.values()) {
            long[] merged = perClient.stream().map(m -> m.get(op).toArray()).reduce(new long[0], LoadResult::concat);
            byOperation.put(op, Latencies.of(merged));
            everything.add(merged);
        }
        long[] all = everything.stream().reduce(new long[0], LoadResult::concat);
        return new LoadResult(clients, seconds, errors, List.copyOf(errorSamples), Latencies.of(all), byOperation);
    }

    private static long[] concat(long[] a, long[] b) {
        long[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    public double requestsPerSecond() {
        return overall.requests() / seconds;
    }

    /** The figures as docs/benchmarks.md records them. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                "%d clients for %.1f s: %,d requests, %,d errors, %.1f requests/s; latency p50 %.1f ms,"
                        + " p95 %.1f ms, p99 %.1f ms, max %.1f ms",
                clients,
                seconds,
                overall.requests(),
                errors,
                requestsPerSecond(),
                overall.p50(),
                overall.p95(),
                overall.p99(),
                overall.max()));
        byOperation.forEach((op, l) -> lines.add(String.format(
                "  %-16s %,7d requests  p50 %7.1f ms  p95 %7.1f ms" + "  p99 %7.1f ms",
                op, l.requests(), l.p50(), l.p95(), l.p99())));
        errorSamples.forEach(e -> lines.add("  error: " + e));
        return lines;
    }
}
