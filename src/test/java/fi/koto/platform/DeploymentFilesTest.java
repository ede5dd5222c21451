package fi.koto.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The files under docker/ cannot be run on the project's machines (no Docker engine), so this checks what can be
 * checked without one: they refer to files that exist (or that the build makes), and only to settings the
 * application reads. The settings the application reads are collected from its own sources (every
 * {@code KOTO_*} name in src/main and in the Payara command files under config/), so a setting added to the code
 * is known here at once; the operations guide (docs/operations.md) must list each of them, and each one the
 * cluster scripts read.
 */
class DeploymentFilesTest {

    private static final Pattern SETTING = Pattern.compile("\\bKOTO_[A-Z0-9_]*[A-Z0-9]\\b");
    private static final Path DOCKER = Path.of("docker");

    @Test
    void theDockerfileCopiesOnlyWhatTheRepositoryHasOrTheBuildMakes() {
        Matcher copy = Pattern.compile("(?m)^(?:COPY|ADD)\\s+(?:--\\S+\\s+)*(.+)\\s+(\\S+)\\s*$")
                .matcher(read(DOCKER.resolve("Dockerfile")));
        int copies = 0;
        while (copy.find()) {
            for (String source : copy.group(1).trim().split("\\s+")) {
                assertBuiltOrPresent(source);
                copies++;
            }
        }
        assertThat(copies).as("the Dockerfile copies the uber jar at least").isPositive();
        assertThat(read(DOCKER.resolve("Dockerfile"))).contains("target/koto.jar");
    }

    @Test
    void theComposeFileBuildsFromTheDockerfileAndMountsOnlyFilesThatExist() {
        String compose = read(DOCKER.resolve("compose.yaml"));
        Matcher context = Pattern.compile("(?m)^\\s*context:\\s*(\\S+)").matcher(compose);
        assertThat(context.find()).as("compose builds the image").isTrue();
        Path root = DOCKER.resolve(context.group(1)).normalize();
        Matcher dockerfile = Pattern.compile("(?m)^\\s*dockerfile:\\s*(\\S+)").matcher(compose);
        assertThat(dockerfile.find()).isTrue();
        assertThat(root.resolve(dockerfile.group(1)))
                .as("the Dockerfile compose names")
                .isRegularFile();

        Matcher mount = Pattern.compile("(?m)^\\s*-\\s*\"?(\\.\\.?/[^:\"]+):").matcher(compose);
        while (mount.find()) {
            assertThat(DOCKER.resolve(mount.group(1)).normalize())
                    .as("a file compose mounts")
                    .exists();
        }
    }

    @Test
    void theDockerFilesUseOnlySettingsTheApplicationReads() {
        Set<String> read = settingsTheApplicationReads();
        Set<String> docker = settingsIn(DOCKER.resolve("Dockerfile"), DOCKER.resolve("compose.yaml"));

        assertThat(docker).as("compose gives the application its database").contains("KOTO_DB_URL");
        assertThat(read).as("settings of docker/ that the application reads").containsAll(docker);
    }

    @Test
    void theComposeFileTakesSecretsFromTheEnvironmentOnly() {
        Matcher secret = Pattern.compile("(?m)^\\s*(\\w*(?:PASSWORD|SECRET)\\w*):\\s*(.*)$")
                .matcher(read(DOCKER.resolve("compose.yaml")));
        int secrets = 0;
        while (secret.find()) {
            assertThat(secret.group(2).trim())
                    .as(secret.group(1) + " in compose.yaml")
                    .startsWith("${");
            secrets++;
        }
        assertThat(secrets).isPositive();
    }

    @Test
    void theEnvironmentExampleNamesOnlySettingsTheApplicationReads() {
        assertThat(settingsTheApplicationReads()).containsAll(settingsIn(Path.of("config", "koto.env.example")));
    }

    @Test
    void theOperationsGuideListsEverySettingOfTheApplicationAndOfTheClusterScripts() {
        String readme = read(Path.of("docs", "operations.md"));
        Set<String> settings = settingsTheApplicationReads();
        settings.addAll(settingsIn(Path.of("config", "cluster", "start.sh"), Path.of("config", "cluster", "stop.sh")));

        assertThat(settings).as("settings found").contains("KOTO_DB_URL", "KOTO_INSTANCE_NAME", "KOTO_CLUSTER_NAME");
        assertThat(settings.stream()
                        .filter(s -> !readme.contains("`" + s + "`"))
                        .toList())
                .as("settings docs/operations.md does not list")
                .isEmpty();
    }

    /** Every KOTO_* name in the application's sources and in the Payara command files it is started with. */
    static Set<String> settingsTheApplicationReads() {
        try (Stream<Path> main = Files.walk(Path.of("src", "main"));
                Stream<Path> config = Files.walk(Path.of("config"))) {
            List<Path> files = Stream.concat(
                            main, config.filter(f -> f.toString().endsWith(".asadmin")))
                    .filter(Files::isRegularFile)
                    .filter(f -> f.toString().matches(".*\\.(java|xml|properties|asadmin|xhtml)$"))
                    .toList();
            return settingsIn(files.toArray(Path[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> settingsIn(Path... files) {
        Set<String> names = new TreeSet<>();
        for (Path file : files) {
            Matcher m = SETTING.matcher(read(file));
            while (m.find()) {
                names.add(m.group());
            }
        }
        return names;
    }

    /** Under target/ only what the pom builds there; anything else must be in the repository. */
    private static void assertBuiltOrPresent(String source) {
        if (source.startsWith("target/")) {
            assertThat(read(Path.of("pom.xml")))
                    .as(source + " is made by the build")
                    .contains("${project.build.directory}/" + source.substring("target/".length()));
        } else {
            assertThat(Path.of(source))
                    .as(source + ", copied by the Dockerfile")
                    .exists();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
