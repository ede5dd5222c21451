package fi.koto.load;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.it.KotoDeployment;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The short CI run of the load benchmark: the same mixed workload ({@link MixedWorkload}) with 12 clients for
 * 8 seconds against the test server. What it checks is that nothing fails under concurrent use (zero errors, every
 * kind of request made), not how fast: the figures it prints are for reading, and the benchmark
 * ({@link LoadBenchmark}) is where speed is measured.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoadSmokeIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void aShortMixedLoadAnswersEveryRequestWithoutAnError() throws Exception {
        // Alajärvi, Alavieska, Alavus: municipalities no other test files programmes for
        var workload = new MixedWorkload(base, List.of("005", "009", "010"), 2025);
        LoadResult result = workload.run(12, Duration.ofSeconds(8));
        result.lines().forEach(System.out::println);

        assertThat(result.errors()).as(String.join("\n", result.lines())).isZero();
        assertThat(result.byOperation())
                .allSatisfy((operation, latencies) ->
                        assertThat(latencies.requests()).as(operation.name()).isPositive());
    }
}
