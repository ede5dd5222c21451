package fi.koto.load;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.load.MixedWorkload.LongList;
import fi.koto.load.MixedWorkload.Operation;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadResultTest {

    @Test
    void percentilesAreNearestRankOverAllClients() {
        Map<Operation, LongList> first = latencies();
        Map<Operation, LongList> second = latencies();
        for (int ms = 1; ms <= 50; ms++) {
            first.get(Operation.PROGRAMME_READ).add(ms * 1_000_000L);
            second.get(Operation.PROGRAMME_READ).add((ms + 50) * 1_000_000L);
        }
        second.get(Operation.UTILISATION).add(500_000_000L);

        LoadResult result = LoadResult.of(List.of(first, second), 0, List.of(), 10.0, 2);

        assertThat(result.byOperation().get(Operation.PROGRAMME_READ).requests())
                .isEqualTo(100);
        assertThat(result.byOperation().get(Operation.PROGRAMME_READ).p50()).isEqualTo(50.0);
        assertThat(result.byOperation().get(Operation.PROGRAMME_READ).p95()).isEqualTo(95.0);
        assertThat(result.byOperation().get(Operation.PROGRAMME_READ).p99()).isEqualTo(99.0);
        assertThat(result.overall().requests()).isEqualTo(101);
        assertThat(result.overall().max()).isEqualTo(500.0);
        assertThat(result.requestsPerSecond()).isEqualTo(10.1);
        assertThat(result.byOperation().get(Operation.TRANSITION).requests()).isZero();
    }

    private static Map<Operation, LongList> latencies() {
        Map<Operation, LongList> map = new EnumMap<>(Operation.class);
        for (Operation op : Operation.values()) {
            map.put(op, new LongList());
        }
        return map;
    }
}
