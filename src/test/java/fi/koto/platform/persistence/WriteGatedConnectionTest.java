package fi.koto.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one-writer gate on real H2 connections. Two different rows are written, so any waiting seen here is the
 * gate's, not a row lock's.
 */
class WriteGatedConnectionTest {

    private final String url = "jdbc:h2:mem:gate-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final H2WriteGate gate = new H2WriteGate(Duration.ofSeconds(30));
    private final ExecutorService other = Executors.newSingleThreadExecutor(r -> new Thread(r, "other-writer"));
    private Connection first;

    @BeforeEach
    void createTable() throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
                var s = c.createStatement()) {
            s.execute("create table t (id int primary key, v int not null)");
            s.execute("insert into t values (1, 0), (2, 0)");
        }
        first = gated(false);
    }

    @AfterEach
    void close() throws SQLException {
        other.shutdownNow();
        first.close();
    }

    @Test
    void aSecondWriterWaitsUntilTheFirstCommits() throws Exception {
        update(first, 1, 10);
        Future<Integer> second = other.submit(() -> {
            try (Connection c = gated(false)) {
                int n = update(c, 2, 20);
                c.commit();
                return n;
            }
        });
        awaitWaitingOnTheGate();
        assertThat(second).isNotDone();
        assertThat(valueOf(2)).as("the second writer has written nothing yet").isZero();

        first.commit();

        assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(valueOf(1)).isEqualTo(10);
        assertThat(valueOf(2)).isEqualTo(20);
        assertThat(gate.owner()).isNull();
    }

    @Test
    void readersDoNotWaitForTheWriter() throws Exception {
        update(first, 1, 10);
        Future<Integer> read = other.submit(() -> {
            try (Connection c = gated(true);
                    var s = c.prepareStatement("select v from t where id = 1");
                    var rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(read.get(30, TimeUnit.SECONDS))
                .as("the committed value, read while the writer holds the gate")
                .isZero();
        assertThat(gate.owner()).isEqualTo(Thread.currentThread());
    }

    @Test
    void lockingARowForUpdateCountsAsWriting() throws Exception {
        update(first, 1, 10);
        Future<?> locking = other.submit(() -> {
            try (Connection c = gated(false);
                    var s = c.prepareStatement("select v from t where id = 2 for update")) {
                s.executeQuery().close();
                c.rollback();
            }
            return null;
        });
        awaitWaitingOnTheGate();
        first.rollback();
        locking.get(30, TimeUnit.SECONDS);
        assertThat(gate.owner()).isNull();
    }

    @Test
    void aTransactionStartedOnTheSameThreadEntersAgainAndTheGateStaysWithTheOuterOne() throws Exception {
        update(first, 1, 10);
        try (Connection inner = gated(false)) { // as REQUIRES_NEW does
            update(inner, 2, 20);
            inner.commit();
        }
        assertThat(gate.owner()).as("the outer transaction still writes").isEqualTo(Thread.currentThread());
        first.commit();
        assertThat(gate.owner()).isNull();
        assertThat(valueOf(2)).isEqualTo(20);
    }

    @Test
    void rollbackClosingAndSwitchingAutoCommitOnEachEndTheTransactionAndLeaveTheGate() throws Exception {
        update(first, 1, 10);
        first.rollback();
        assertThat(gate.owner()).isNull();

        update(first, 1, 11);
        first.setAutoCommit(true); // commits, by JDBC's rules
        assertThat(gate.owner()).isNull();
        assertThat(valueOf(1)).isEqualTo(11);

        first.setAutoCommit(false);
        update(first, 1, 12);
        first.close();
        assertThat(gate.owner()).isNull();
        assertThat(valueOf(1)).as("closing rolled back").isEqualTo(11);
    }

    @Test
    void anAutoCommitWriteHoldsTheGateOnlyWhileItRunsEvenWhenItFails() throws Exception {
        try (Connection c = gated(true)) {
            update(c, 1, 10);
            assertThat(gate.owner()).isNull();
            assertThatThrownBy(() -> c.createStatement().executeUpdate("update t set v = null where id = 1"))
                    .isInstanceOf(SQLException.class);
            assertThat(gate.owner()).isNull();
        }
        assertThat(valueOf(1)).isEqualTo(10);
    }

    @Test
    void batchesOfWritesGoThroughTheGate() throws Exception {
        try (var s = first.prepareStatement("update t set v = ? where id = ?")) {
            s.setInt(1, 5);
            s.setInt(2, 1);
            s.addBatch();
            s.executeBatch();
        }
        assertThat(gate.owner()).isEqualTo(Thread.currentThread());
        first.commit();
        assertThat(gate.owner()).isNull();
    }

    @Test
    void aWriterWaitingLongerThanAllowedIsRefusedNamingTheHolderAndWritesNothing() throws Exception {
        var impatient = new H2WriteGate(Duration.ofMillis(200));
        try (Connection holder = gated(false, impatient)) {
            update(holder, 1, 10);
            Future<?> refused = other.submit(() -> {
                try (Connection c = gated(false, impatient)) {
                    update(c, 2, 20);
                }
                return null;
            });
            assertThatThrownBy(() -> refused.get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(WriteGateRefusal.class)
                    .satisfies(e -> assertThat(DatabaseUnavailable.isCause(e))
                            .as("answered 503")
                            .isTrue())
                    .hasMessageContaining("one transaction write at a time")
                    .hasMessageContaining("'" + Thread.currentThread().getName() + "'")
                    .hasMessageContaining("try again");
            holder.rollback();
        }
        assertThat(valueOf(2)).isZero();
        assertThat(impatient.owner()).isNull();
    }

    @Test
    void theDataSourceGatesItsH2Connections() throws Exception {
        var h2 = new KotoDataSource(DatabaseSettings.from(Map.of("KOTO_DB_URL", url)));
        try (Connection c = h2.getConnection()) {
            assertThat(Proxy.isProxyClass(c.getClass())).isTrue();
            assertThat(c.createStatement().getConnection()).isSameAs(c);
            assertThat(c.equals(c))
                    .as("equal to itself, as the pool's sets need")
                    .isTrue();
            assertThat(c.hashCode()).isEqualTo(System.identityHashCode(c));
            try (Connection other = h2.getConnection()) {
                assertThat(c.equals(other)).isFalse();
            }
        }
    }

    private Connection gated(boolean autoCommit) throws SQLException {
        return gated(autoCommit, gate);
    }

    private Connection gated(boolean autoCommit, H2WriteGate which) throws SQLException {
        Connection c = WriteGatedConnection.wrap(DriverManager.getConnection(url), which);
        c.setAutoCommit(autoCommit);
        return c;
    }

    private static int update(Connection c, int id, int value) throws SQLException {
        try (var s = c.prepareStatement("update t set v = ? where id = ?")) {
            s.setInt(1, value);
            s.setInt(2, id);
            return s.executeUpdate();
        }
    }

    private int valueOf(int id) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
                var s = c.prepareStatement("select v from t where id = ?")) {
            s.setInt(1, id);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private void awaitWaitingOnTheGate() {
        await().atMost(Duration.ofSeconds(30)).until(() -> Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("other-writer"))
                .anyMatch(t -> t.getState() == Thread.State.TIMED_WAITING
                        && java.util.Arrays.stream(t.getStackTrace())
                                .anyMatch(f -> f.getClassName().equals(H2WriteGate.class.getName()))));
    }
}
