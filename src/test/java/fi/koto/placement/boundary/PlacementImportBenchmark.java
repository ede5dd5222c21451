package fi.koto.placement.boundary;

import fi.koto.it.Api;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Not a test: imports 100,000 generated rows into a running server as the administrator and prints rows per second.
 * Run against a demo server on this machine, for example {@code java -jar target/koto.jar --port 8484}, with
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=fi.koto.placement.boundary.PlacementImportBenchmark
 * -Dexec.classpathScope=test -Dexec.args=http://127.0.0.1:8484/}. The figures go into months 2000-2015.
 *
 * <p>Arguments: the server's URL, the number of rows (default 100,000) and, optionally, the server's process id
 * (same machine, same user). With the pid it also prints the server's peak resident memory ({@code VmHWM} of
 * {@code /proc/PID/status}, the peak since the process started, so it includes start-up) and the largest heap in use
 * that {@code jcmd PID GC.heap_info} showed while the import ran (sampled every second, so a peak between two
 * samples is missed: start the server with {@code -Xlog:gc:file=gc.log} for every collection's heap before and
 * after).
 */
public final class PlacementImportBenchmark {

    private PlacementImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        URL base = new URL(args.length > 0 ? args[0] : "http://127.0.0.1:8484/");
        int wanted = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Long pid = args.length > 2 ? Long.valueOf(args[2]) : null;
        Api admin = Api.as(base, "admin");
        List<String> codes = ((JsonArray)
                        admin.get("api/v1/municipalities?sort=code&limit=500").json())
                .getValuesAs(JsonObject.class).stream()
                        .map(m -> m.getString("code"))
                        .toList();
        String[] groups = {
            "QUOTA_REFUGEE",
            "QUOTA_EMERGENCY",
            "ASYLUM_PERMIT",
            "UNACCOMPANIED_MINOR",
            "TEMPORARY_PROTECTION",
            "FAMILY_MEMBER"
        };
        StringBuilder csv = new StringBuilder("municipality_code,month,target_group,persons,under_7,self_settled\n");
        int rows = 0;
        fill:
        for (String code : codes) {
            for (int year = 2000; year <= 2015; year++) {
                for (int month = 1; month <= 12; month++) {
                    for (String group : groups) {
                        for (String selfSettled : new String[] {"false", "true"}) {
                            if (rows == wanted) {
                                break fill;
                            }
                            csv.append(code)
                                    .append(',')
                                    .append(year)
                                    .append('-')
                                    .append(month < 10 ? "0" : "")
                                    .append(month)
                                    .append(',')
                                    .append(group)
                                    .append(",3,1,")
                                    .append(selfSettled)
                                    .append('\n');
                            rows++;
                        }
                    }
                }
            }
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        HeapSampler heap = pid == null ? null : HeapSampler.start(pid);
        long start = System.nanoTime();
        var answer = admin.send(admin.request("api/v1/placements/imports")
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        if (answer.status() != 202) {
            throw new IllegalStateException(answer.toString());
        }
        long id = ((JsonObject) answer.json()).getJsonNumber("id").longValue();
        JsonObject view;
        do {
            Thread.sleep(250);
            view = (JsonObject) admin.get("api/v1/placements/imports/" + id).json();
        } while ("STARTED".equals(view.getString("status")));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "%d rows (%d bytes): %s, %d accepted, %d rejected in %.1f s = %.0f rows/s%n",
                rows,
                body.length,
                view.getString("status"),
                view.getInt("accepted"),
                view.getInt("rejected"),
                seconds,
                rows / seconds);
        if (pid != null) {
            long heapPeak = heap.finish();
            System.out.printf(
                    "server %d: VmHWM %s, VmRSS %s now; heap in use at most %d MB (jcmd GC.heap_info every"
                            + " 1 s during the import)%n",
                    pid, procStatus(pid, "VmHWM"), procStatus(pid, "VmRSS"), heapPeak / 1024);
        }
    }

    private static String procStatus(long pid, String field) throws IOException {
        return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                .filter(line -> line.startsWith(field + ":"))
                .map(line -> line.substring(field.length() + 1).strip())
                .findFirst()
                .orElse("?");
    }

    /** Polls {@code jcmd PID GC.heap_info} in the background and keeps the largest "used" figure (KB). */
    private static final class HeapSampler extends Thread {

        private static final Pattern USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

        private final long pid;
        private volatile boolean running = true;
        private volatile long maxUsedKb;

        private HeapSampler(long pid) {
            this.pid = pid;
            setDaemon(true);
        }

        static HeapSampler start(long pid) {
            HeapSampler sampler = new HeapSampler(pid);
            sampler.start();
            return sampler;
        }

        long finish() throws InterruptedException {
            running = false;
            join(30_000);
            return maxUsedKb;
        }

        @Override
        public void run() {
            while (running) {
                try {
                    Process jcmd = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.heap_info")
                            .redirectErrorStream(true)
                            .start();
                    String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    jcmd.waitFor();
                    var m = USED.matcher(out);
                    if (m.find()) {
                        maxUsedKb = Math.max(maxUsedKb, Long.parseLong(m.group(1)));
                    }
                    Thread.sleep(1000);
                } catch (IOException e) {
                    return;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
