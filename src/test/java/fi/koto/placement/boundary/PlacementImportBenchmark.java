package fi.koto.placement.boundary;

import fi.koto.it.Api;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Not a test: imports 100,000 generated rows into a running server as the administrator and prints rows per second.
 * Run against a demo server on this machine, for example {@code java -jar target/koto.jar --port 8484}, with
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=fi.koto.placement.boundary.PlacementImportBenchmark
 * -Dexec.classpathScope=test -Dexec.args=http://127.0.0.1:8484/}. The figures go into months 2000-2015.
 */
public final class PlacementImportBenchmark {

    private PlacementImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URL base = new URL(args.length > 0 ? args[0] : "http://127.0.0.1:8484/");
        int wanted = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Api admin = Api.as(base, "admin");
        List<String> codes = ((JsonArray) admin.get("api/v1/municipalities?sort=code&limit=500").json())
                .getValuesAs(JsonObject.class).stream().map(m -> m.getString("code")).toList();
        String[] groups = {"QUOTA_REFUGEE", "QUOTA_EMERGENCY", "ASYLUM_PERMIT", "UNACCOMPANIED_MINOR",
                "TEMPORARY_PROTECTION", "FAMILY_MEMBER"};
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
                            csv.append(code).append(',').append(year).append('-').append(month < 10 ? "0" : "")
                                    .append(month).append(',').append(group).append(",3,1,").append(selfSettled)
                                    .append('\n');
                            rows++;
                        }
                    }
                }
            }
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        var answer = admin.send(admin.request("api/v1/placements/imports").header("Content-Type", "text/csv")
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
        System.out.printf("%d rows (%d bytes): %s, %d accepted, %d rejected in %.1f s = %.0f rows/s%n", rows,
                body.length, view.getString("status"), view.getInt("accepted"), view.getInt("rejected"), seconds,
                rows / seconds);
    }
}
