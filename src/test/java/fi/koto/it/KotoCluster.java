package fi.koto.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The production run of config/cluster/start.sh, made for a test: a PostgreSQL database of its own, two instances
 * of target/koto.jar clustered through Payara's data grid on loopback (a cluster name and member list of their own,
 * so they never meet another test's servers), and nginx from config/nginx in front, all on free ports. Everything
 * it starts, {@link #close()} stops, and the database is dropped.
 */
public final class KotoCluster implements AutoCloseable {

    /** One instance of the cluster, and how long it took from launch to ready. */
    public record Instance(String name, int port, Process process, Path log, Duration startup) {

        public URL url() {
            return KotoCluster.url(port);
        }

        /** Kills the instance as SIGKILL does: no shutdown, no goodbye to the cluster. */
        public void kill() {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        public String logText() {
            try {
                return Files.readString(log, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final Path DIR = Path.of("target", "cluster-it");
    // About 15 s on an idle machine; generous, because the build machines are shared.
    private static final Duration READY_WITHIN = Duration.ofMinutes(8);

    private final String database = "koto_cluster_" + System.currentTimeMillis() + "_"
            + ThreadLocalRandom.current().nextInt(1000);
    private final String clusterName = "koto-it-" + Long.toString(System.nanoTime(), 36);
    private final List<Instance> instances = new ArrayList<>();
    private final int[] gridPorts = new int[2];
    private Process nginx;
    private int nginxPort;
    private boolean databaseCreated;

    /** Creates the database, starts both instances one after the other, then nginx; stops all on a failure. */
    public static KotoCluster start(Map<String, String> environment) {
        var cluster = new KotoCluster();
        try {
            Files.createDirectories(DIR);
            cluster.createDatabase();
            cluster.gridPorts[0] = freePort();
            cluster.gridPorts[1] = freePort();
            cluster.instances.add(cluster.startInstance(0, environment));
            cluster.instances.add(cluster.startInstance(1, environment));
            cluster.startNginx();
            return cluster;
        } catch (IOException e) {
            cluster.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
    }

    public List<Instance> instances() {
        return instances;
    }

    public Instance instance(String name) {
        return instances.stream()
                .filter(i -> i.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no instance " + name));
    }

    public Instance other(Instance one) {
        return instances.stream().filter(i -> i != one).findFirst().orElseThrow();
    }

    /** nginx, the one address of the cluster. */
    public URL url() {
        return url(nginxPort);
    }

    public String databaseUrl() {
        return "jdbc:postgresql://" + serverAddress() + "/" + database;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(databaseUrl(), user(), "");
    }

    public Path nginxAccessLog() {
        return DIR.resolve("nginx").toAbsolutePath().resolve("access.log");
    }

    private Instance startInstance(int index, Map<String, String> environment) throws IOException {
        String name = clusterName + "-" + (index + 1);
        int port = freePort();
        Path config = configDir();
        Path log = DIR.resolve("instance-" + (index + 1) + ".log");
        var command = List.of(
                javaBinary(),
                "-Xmx512m",
                "-jar",
                System.getProperty("koto.jar", "target/koto.jar"),
                "--systemproperties",
                config.resolve("cluster/cluster.properties").toString(),
                "--prebootcommandfile",
                config.resolve("cluster/pre-boot-commands.asadmin").toString(),
                "--name",
                name,
                "--port",
                String.valueOf(port),
                "--clustername",
                clusterName,
                "--clustermode",
                "tcpip:127.0.0.1:" + gridPorts[0] + ",127.0.0.1:" + gridPorts[1],
                "--interfaces",
                "127.0.0.1",
                "--startport",
                String.valueOf(gridPorts[index]),
                "--nohostaware",
                "--disablephonehome");
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("KOTO_DATA_DIR");
        builder.environment().put("KOTO_DB_URL", databaseUrl());
        builder.environment().put("KOTO_DB_USER", user());
        builder.environment().put("KOTO_DEMO", "true");
        builder.environment().put("KOTO_INSTANCE_NAME", name);
        builder.environment().putAll(environment);
        long launched = System.nanoTime();
        Process process = builder.start();
        var instance = new Instance(name, port, process, log, Duration.ZERO);
        instances.add(instance); // so that close() stops it even when it never becomes ready
        awaitReady(instance);
        instances.remove(instance);
        return new Instance(name, port, process, log, Duration.ofNanos(System.nanoTime() - launched));
    }

    private static void awaitReady(Instance instance) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!instance.process().isAlive()) {
                throw new AssertionError(instance.name() + " exited early, see " + instance.log());
            }
            try {
                var ready = http.send(
                        HttpRequest.newBuilder(URI.create(instance.url() + "health/ready"))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(200);
        }
        throw new AssertionError(instance.name() + " was not ready within " + READY_WITHIN + ", see " + instance.log());
    }

    /** nginx with the configuration from config/nginx, as this user, in the foreground as a child of the test. */
    private void startNginx() throws IOException {
        Path nginxBinary = Path.of("/usr/sbin/nginx");
        if (!Files.isExecutable(nginxBinary)) {
            throw new IllegalStateException("ClusterFailoverIT needs Debian's nginx: apt-get install -y nginx-light "
                    + "(.ci/run installs it), or skip it with -Dkoto.it.cluster.skip=true");
        }
        Path run = DIR.resolve("nginx").toAbsolutePath();
        Files.createDirectories(run);
        nginxPort = freePort();
        String conf = Files.readString(configDir().resolve("nginx/koto.conf.template"), StandardCharsets.UTF_8)
                .replace("@LISTEN@", "127.0.0.1:" + nginxPort)
                .replace("@INSTANCE_1@", "127.0.0.1:" + instances.get(0).port())
                .replace("@INSTANCE_2@", "127.0.0.1:" + instances.get(1).port())
                .replace("@RUN_DIR@", run.toString());
        Path confFile = run.resolve("nginx.conf");
        Files.writeString(confFile, conf, StandardCharsets.UTF_8);
        nginx = new ProcessBuilder(
                        nginxBinary.toString(),
                        "-p",
                        run.toString(),
                        "-c",
                        confFile.toString(),
                        "-e",
                        run.resolve("error.log").toString(),
                        "-g",
                        "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(run.resolve("nginx.out").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!nginx.isAlive()) {
                throw new AssertionError("nginx exited: " + Files.readString(run.resolve("nginx.out"))
                        + Files.readString(run.resolve("error.log")));
            }
            try (var probe = new java.net.Socket("127.0.0.1", nginxPort)) {
                return;
            } catch (IOException notYet) {
                pause(100);
            }
        }
        throw new AssertionError("nginx did not listen on " + nginxPort);
    }

    /** Stops nginx (its workers with it), kills the instances and drops the database; never throws. */
    @Override
    public void close() {
        if (nginx != null) {
            var workers = nginx.descendants().toList();
            nginx.destroy(); // SIGTERM: nginx's fast shutdown, which ends its workers too
            try {
                if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
                    nginx.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            workers.forEach(ProcessHandle::destroyForcibly);
        }
        for (Instance instance : instances) {
            instance.kill();
        }
        if (databaseCreated) {
            try {
                maintenance("drop database if exists " + database + " with (force)");
            } catch (RuntimeException e) {
                System.err.println("Could not drop " + database + ": " + e.getMessage());
            }
        }
    }

    private void createDatabase() {
        maintenance("create database " + database);
        databaseCreated = true;
    }

    private static void maintenance(String sql) {
        String url = "jdbc:postgresql://" + serverAddress() + "/postgres";
        try (Connection c = DriverManager.getConnection(url, user(), "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL is not reachable at " + url + " (" + e.getMessage()
                            + "). Start it, or skip this test with -Dkoto.it.cluster.skip=true.",
                    e);
        }
    }

    /** host:port of the PostgreSQL server the build uses (koto.it.postgres.url), 127.0.0.1:5432 by default. */
    private static String serverAddress() {
        String url = System.getProperty("koto.it.postgres.url", "jdbc:postgresql://127.0.0.1:5432/x");
        String rest = url.substring("jdbc:postgresql://".length());
        return rest.substring(0, rest.indexOf('/'));
    }

    private static String user() {
        return System.getProperty("koto.it.postgres.user", "postgres");
    }

    private static Path configDir() {
        return Path.of(System.getProperty("koto.config.dir", "config")).toAbsolutePath();
    }

    static URL url(int port) {
        try {
            return URI.create("http://127.0.0.1:" + port + "/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
