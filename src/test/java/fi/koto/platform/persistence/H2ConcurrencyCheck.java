package fi.koto.platform.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Shows the H2 defect {@link H2WriteGate} exists for, and that the gate avoids it: twenty clients edit two
 * programme rows the way Koto's programme page does (read the version, lock the row, refuse a stale version with a
 * rollback, else save or change the status), first on bare H2 connections, then through the gate, for the given
 * seconds each, on a file database like Koto's. After each run it checks that every committed change is still
 * there (no lost update) and that the status index agrees with the rows.
 *
 * <p>Run: {@code mvn -B test-compile -Ph2-concurrency-check [-Dkoto.check.seconds=60]}. Not a test: on bare H2
 * the corruption is a race that took 2 to 16 s to appear on a 2-core machine, too long and too uncertain for CI.
 */
public final class H2ConcurrencyCheck {

    private static final int CLIENTS = 20;

    private H2ConcurrencyCheck() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int seconds = Integer.parseInt(args[1]);
        System.out.println("H2 " + org.h2.engine.Constants.FULL_VERSION + ", " + CLIENTS + " clients, two rows, "
                + seconds + " s per run");
        boolean gatedHeld = true;
        for (boolean gated : new boolean[] {false, true}) {
            Result result = run(dir, gated, seconds);
            System.out.println(result);
            gatedHeld &= !gated || result.consistent();
        }
        if (!gatedHeld) {
            System.exit(1);
        }
    }

    record Result(
            boolean gated,
            long millis,
            int committed,
            int refused,
            Map<String, Integer> errors,
            long firstCorruptionMillis,
            long counted,
            boolean indexAgrees) {

        boolean consistent() {
            return firstCorruptionMillis < 0 && counted == committed && indexAgrees;
        }

        @Override
        public String toString() {
            return String.format(
                    "%-6s %,8d committed, %,7d refused as stale, %s; changes kept %,d of %,d, status index " + "%s%s",
                    gated ? "gated" : "bare",
                    committed,
                    refused,
                    firstCorruptionMillis < 0
                            ? "no corrupted row"
                            : "first corrupted row after " + firstCorruptionMillis + " ms",
                    counted,
                    committed,
                    indexAgrees ? "agrees with the rows" : "DISAGREES with the rows",
                    errors.isEmpty() ? "" : "; errors " + errors);
        }
    }

    private static Result run(Path dir, boolean gated, int seconds) throws Exception {
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("check-" + System.nanoTime())
                + DatabaseSettings.H2_OPTIONS;
        try (Connection c = DriverManager.getConnection(url);
                var s = c.createStatement()) {
            s.execute("create table programme (id bigint primary key, status varchar(20) not null,"
                    + " version bigint not null, changes bigint not null, changed_at timestamp)");
            s.execute("create index programme_status_idx on programme (status)");
            s.execute("insert into programme values (1, 'DRAFT', 1, 0, now()), (2, 'DRAFT', 1, 0, now())");
        }
        var gate = new H2WriteGate(Duration.ofSeconds(30));
        var committed = new AtomicInteger();
        var refused = new AtomicInteger();
        var firstCorruption = new AtomicLong(-1);
        Map<String, Integer> errors = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(pool.submit(() -> {
                try (Connection raw = DriverManager.getConnection(url)) {
                    Connection c = gated ? WriteGatedConnection.wrap(raw, gate) : raw;
                    c.setAutoCommit(false);
                    while (System.nanoTime() < end && firstCorruption.get() < 0) {
                        try {
                            if (edit(c)) {
                                committed.incrementAndGet();
                            } else {
                                refused.incrementAndGet();
                            }
                        } catch (SQLException e) {
                            c.rollback();
                            String cause = rootMessage(e);
                            errors.merge(cause, 1, Integer::sum);
                            if (cause.contains("Row not found")) {
                                firstCorruption.compareAndSet(-1, (System.nanoTime() - start) / 1_000_000);
                            }
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();
        long millis = (System.nanoTime() - start) / 1_000_000;
        try (Connection c = DriverManager.getConnection(url);
                var s = c.createStatement()) {
            var rows = s.executeQuery("select sum(changes) from programme");
            rows.next();
            long counted = rows.getLong(1);
            boolean indexAgrees = true;
            for (String status : new String[] {"DRAFT", "SUBMITTED"}) {
                indexAgrees &= count(c, "programme_status_idx", status) == count(c, "", status);
            }
            s.execute("shutdown");
            return new Result(
                    gated, millis, committed.get(), refused.get(), errors, firstCorruption.get(), counted, indexAgrees);
        }
    }

    /** Rows in a status, found through the given index ("" for a scan of the rows themselves). */
    private static long count(Connection c, String index, String status) throws SQLException {
        try (var s = c.prepareStatement("select count(*) from programme use index (" + index + ") where status = ?")) {
            s.setString(1, status);
            var rs = s.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    /** One client's step: read the version, then in a transaction lock the row and save or change the status. */
    private static boolean edit(Connection c) throws SQLException {
        long id = 1 + ThreadLocalRandom.current().nextInt(2);
        long seen;
        try (var read = c.prepareStatement("select version from programme where id = ?")) {
            read.setLong(1, id);
            var rs = read.executeQuery();
            rs.next();
            seen = rs.getLong(1);
        }
        c.commit();
        String status;
        try (var lock = c.prepareStatement("select status, version from programme where id = ? for update")) {
            lock.setLong(1, id);
            var rs = lock.executeQuery();
            rs.next();
            status = rs.getString(1);
            if (rs.getLong(2) != seen) {
                c.rollback(); // a stale version is refused, as Koto's 409 does
                return false;
            }
        }
        boolean changeStatus = ThreadLocalRandom.current().nextBoolean();
        try (var update = c.prepareStatement("update programme set status = ?, version = version + 1,"
                + " changes = changes + 1, changed_at = now() where id = ?")) {
            update.setString(1, changeStatus ? (status.equals("DRAFT") ? "SUBMITTED" : "DRAFT") : status);
            update.setLong(2, id);
            update.executeUpdate();
        }
        c.commit();
        return true;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        return message.lines()
                .findFirst()
                .orElse(message)
                .replaceAll("\\[.*", "")
                .strip();
    }
}
