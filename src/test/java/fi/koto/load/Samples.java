package fi.koto.load;

import fi.koto.load.Person.Step;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What the people of the working-day benchmark did: each step's start, duration and error, for any time window. */
final class Samples {

    private record Sample(Step step, long start, long nanos, String error) {}

    private final List<Sample> all = new ArrayList<>();

    synchronized void add(Step step, long start, String error) {
        all.add(new Sample(step, start, System.nanoTime() - start, error));
    }

    /** The figures of the steps started in [from, to) (System.nanoTime). */
    synchronized Window between(long from, long to) {
        Map<Step, List<Long>> nanos = new EnumMap<>(Step.class);
        List<String> errors = new ArrayList<>();
        for (Sample s : all) {
            if (s.start >= from && s.start < to) {
                nanos.computeIfAbsent(s.step, k -> new ArrayList<>()).add(s.nanos);
                if (s.error != null) {
                    errors.add(s.step + ": " + s.error);
                }
            }
        }
        return new Window((to - from) / 1e9, nanos, errors);
    }

    /** The steps of one window: counts, percentiles in milliseconds, errors. */
    record Window(double seconds, Map<Step, List<Long>> nanos, List<String> errors) {

        long[] pages() {
            return nanos.entrySet().stream()
                    .filter(e -> e.getKey().isPage())
                    .flatMap(e -> e.getValue().stream())
                    .mapToLong(Long::longValue)
                    .sorted()
                    .toArray();
        }

        long[] of(Step step) {
            return nanos.getOrDefault(step, List.of()).stream()
                    .mapToLong(Long::longValue)
                    .sorted()
                    .toArray();
        }

        long steps() {
            return nanos.values().stream().mapToLong(List::size).sum();
        }

        /** The nearest-rank percentile of sorted nanoseconds, in milliseconds. */
        static double percentile(long[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p / 100 * sorted.length);
            return sorted[Math.max(0, rank - 1)] / 1e6;
        }

        static double max(long[] sorted) {
            return sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6;
        }

        static long[] sorted(long[] values) {
            long[] copy = values.clone();
            Arrays.sort(copy);
            return copy;
        }
    }
}
