package fi.koto.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {

    static class TooLarge extends RuntimeException {}

    @Test
    void aBodyWithinTheLimitIsReadWhole() {
        assertThat(BoundedBody.read(3L, new ByteArrayInputStream(new byte[] {1, 2, 3}), 3, TooLarge::new))
                .containsExactly(1, 2, 3);
        assertThat(BoundedBody.read(null, null, 3, TooLarge::new)).isEmpty();
    }

    @Test
    void aLongerBodyIsRefusedAfterDrainingAndOneDeclaredFarLongerWithoutReading() {
        var longer = new ByteArrayInputStream(new byte[10]);
        assertThatThrownBy(() -> BoundedBody.read(null, longer, 4, TooLarge::new))
                .isInstanceOf(TooLarge.class);
        assertThat(longer.available()).isZero();

        AtomicInteger reads = new AtomicInteger();
        var declared = new ByteArrayInputStream(new byte[100]) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                reads.incrementAndGet();
                return super.read(b, off, len);
            }
        };
        assertThatThrownBy(() -> BoundedBody.read(17L, declared, 4, TooLarge::new))
                .isInstanceOf(TooLarge.class);
        assertThat(reads).hasValue(0);
    }
}
