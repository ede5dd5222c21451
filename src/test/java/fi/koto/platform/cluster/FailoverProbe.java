package fi.koto.platform.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A client of the cluster that asks every 100 ms, through nginx and with a person's cookies (so nginx sends it where
 * it sends that person), which instance answers. What it saw during a kill is the failover time.
 */
final class FailoverProbe {

    /** One request: when it was sent, its status (-1 when it failed without one), who answered, how long it took. */
    record Sample(long at, int status, String instance, long tookNanos) {

        boolean failed() {
            return status != 200;
        }
    }

    private final URI target;
    private final String cookies;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Sample> samples = new CopyOnWriteArrayList<>();
    private volatile boolean running;
    private Thread thread;

    FailoverProbe(URL base, String cookies) {
        this.target = URI.create(base.toString()).resolve("health/ready");
        this.cookies = cookies;
    }

    /** Which instance answers this person now. */
    String servedBy() {
        return ask().instance();
    }

    void start() {
        running = true;
        thread = new Thread(
                () -> {
                    while (running) {
                        samples.add(ask());
                        try {
                            TimeUnit.MILLISECONDS.sleep(100);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "failover-probe");
        thread.setDaemon(true);
        thread.start();
    }

    void stop() throws InterruptedException {
        running = false;
        thread.join(10_000);
    }

    /** Waits until the latest answer came from the instance. */
    void awaitServedBy(String instance, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!samples.isEmpty()
                    && !samples.get(samples.size() - 1).failed()
                    && samples.get(samples.size() - 1).instance().equals(instance)) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new AssertionError("no answer from " + instance + " within " + within + ": " + samples);
    }

    long failures() {
        return samples.stream().filter(Sample::failed).count();
    }

    /** From the first failed request's start to the last failed request's end; zero when none failed. */
    Duration failureSpan() {
        var failed = samples.stream().filter(Sample::failed).toList();
        if (failed.isEmpty()) {
            return Duration.ZERO;
        }
        var last = failed.get(failed.size() - 1);
        return Duration.ofNanos(last.at() + last.tookNanos() - failed.get(0).at());
    }

    /** From the moment given to the end of the first successful answer from the instance. */
    Duration firstServedBy(String instance, long since) {
        return samples.stream()
                .filter(s -> !s.failed() && s.instance().equals(instance) && s.at() >= since)
                .findFirst()
                .map(s -> Duration.ofNanos(s.at() + s.tookNanos() - since))
                .orElseThrow(() -> new AssertionError(instance + " never answered: " + samples));
    }

    Duration slowest() {
        return Duration.ofNanos(
                samples.stream().mapToLong(Sample::tookNanos).max().orElse(0));
    }

    private Sample ask() {
        long at = System.nanoTime();
        try {
            var answer = http.send(
                    HttpRequest.newBuilder(target)
                            .header("Cookie", cookies)
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return new Sample(
                    at,
                    answer.statusCode(),
                    answer.headers().firstValue(InstanceHeaderFilter.HEADER).orElse(""),
                    System.nanoTime() - at);
        } catch (IOException e) {
            return new Sample(at, -1, "", System.nanoTime() - at);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sample(at, -1, "", System.nanoTime() - at);
        }
    }

    @Override
    public String toString() {
        return samples.toString();
    }
}
