package fi.koto.access;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.access.AuthorizationMatrix.Channel;
import fi.koto.access.AuthorizationMatrix.Row;
import fi.koto.platform.rest.KotoApi;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The authorization matrix is complete: every REST method of every JAX-RS resource in fi.koto and every page has
 * rows, so a new endpoint or page fails here until its rows say who may use it. (AuthorizationMatrixIT runs them.)
 */
class AuthorizationMatrixTest {

    @Test
    void everyRestMethodHasRows() throws Exception {
        Set<String> endpoints = restEndpoints();
        assertThat(endpoints).as("JAX-RS methods found by reflection").hasSizeGreaterThan(60);
        Set<String> covered = AuthorizationMatrix.rows().stream()
                .filter(r -> r.channel() == Channel.API)
                .map(Row::key)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(covered).as("endpoints without rows in AuthorizationMatrix").containsAll(endpoints);
        assertThat(endpoints).as("rows for endpoints that do not exist").containsAll(covered);
    }

    @Test
    void everyPageHasRowsAndEveryRowTriesEveryCaller() throws IOException {
        Set<String> pages;
        try (Stream<java.nio.file.Path> files = Files.walk(java.nio.file.Path.of("src/main/webapp"))) {
            pages = files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> java.nio.file.Path.of("src/main/webapp")
                            .relativize(f)
                            .toString()
                            .replace('\\', '/'))
                    .filter(f -> !f.startsWith("WEB-INF/"))
                    .map(f -> "GET /" + f)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(pages).hasSizeGreaterThan(15);
        Set<String> covered = AuthorizationMatrix.rows().stream()
                .filter(r -> r.channel() == Channel.WEB)
                .map(Row::key)
                .collect(Collectors.toSet());
        assertThat(covered).as("pages without rows in AuthorizationMatrix").containsAll(pages);
        assertThat(AuthorizationMatrix.rows())
                .allSatisfy(r -> assertThat(r.expected()).hasSize(AuthorizationMatrix.Caller.values().length));
    }

    @Test
    void templatesAreComparedWithoutTheirParameterNamesAndPatterns() {
        assertThat(AuthorizationMatrix.normalise("agreements/{id:[0-9]+}/places/{year:[0-9]{4}}"))
                .isEqualTo("/agreements/{}/places/{}");
        assertThat(AuthorizationMatrix.normalise("/agreements/{active}/places/{year}"))
                .isEqualTo("/agreements/{}/places/{}");
    }

    /** "GET /programmes/{}/attachments/{}" for every resource method under /api/v1. */
    static Set<String> restEndpoints() throws IOException, URISyntaxException, ClassNotFoundException {
        java.nio.file.Path classes = java.nio.file.Path.of(KotoApi.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Set<String> endpoints = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file :
                    files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replace('\\', '.');
                name = name.substring(0, name.length() - ".class".length());
                if (!name.startsWith("fi.koto.")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, AuthorizationMatrixTest.class.getClassLoader());
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    String verb = httpMethod(method);
                    if (verb == null) {
                        continue;
                    }
                    Path sub = method.getAnnotation(Path.class);
                    endpoints.add(verb + " "
                            + AuthorizationMatrix.normalise(root.value() + (sub == null ? "" : "/" + sub.value())));
                }
            }
        }
        return endpoints;
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }
}
