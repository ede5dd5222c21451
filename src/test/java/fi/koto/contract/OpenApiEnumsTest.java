package fi.koto.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The enumerations of the API contract (src/main/resources/META-INF/openapi.yaml) against the code's enums: a list
 * of values in the document that is drawn from one of Koto's enums must name all of that enum's constants, so that
 * a constant added in the code (a new notification kind, a new state) fails here, without a container, and not only
 * when an IT happens to meet the new value (fi.koto.it.Contract).
 */
class OpenApiEnumsTest {

    @Test
    void everyEnumerationDrawnFromAnEnumOfTheCodeListsAllOfItsConstants() throws IOException {
        List<Set<String>> inDocument = enumerations(parse());
        List<Class<?>> enums = codeEnums();
        assertThat(inDocument).as("enumerations in the document").hasSizeGreaterThan(5);
        assertThat(enums).as("enums in target/classes").hasSizeGreaterThan(10);
        List<String> incomplete = new ArrayList<>();
        for (Set<String> listed : inDocument) {
            // a list that is exactly one enum's constants is drawn from that enum, whatever else it resembles
            if (enums.stream().anyMatch(type -> constants(type).equals(new TreeSet<>(listed)))) {
                continue;
            }
            for (Class<?> type : enums) {
                Set<String> constants = constants(type);
                if (listed.size() >= 2 && constants.containsAll(listed) && !listed.containsAll(constants)) {
                    Set<String> missing = new TreeSet<>(constants);
                    missing.removeAll(listed);
                    incomplete.add(type.getName() + ": " + listed + " lacks " + missing);
                }
            }
        }
        assertThat(incomplete)
                .as("enumerations of the document that leave out constants of the code's enums")
                .isEmpty();
    }

    private static Set<String> constants(Class<?> type) {
        Set<String> constants = new TreeSet<>();
        Arrays.stream(type.getEnumConstants()).forEach(c -> constants.add(((Enum<?>) c).name()));
        return constants;
    }

    private static OpenAPI parse() throws IOException {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        return new OpenAPIV3Parser()
                .readContents(Files.readString(OpenApiDocumentTest.DOCUMENT), null, options)
                .getOpenAPI();
    }

    /** Every {@code enum} of string values anywhere in the schemas and the operations' parameters. */
    private static List<Set<String>> enumerations(OpenAPI api) {
        List<Set<String>> found = new ArrayList<>();
        Map<Schema<?>, Boolean> seen = new IdentityHashMap<>();
        api.getComponents().getSchemas().values().forEach(s -> walk(s, found, seen));
        if (api.getComponents().getParameters() != null) {
            api.getComponents().getParameters().values().forEach(p -> walk(p.getSchema(), found, seen));
        }
        api.getPaths().values().forEach(item -> item.readOperations().forEach(op -> {
            if (op.getParameters() != null) {
                op.getParameters().forEach(p -> walk(p.getSchema(), found, seen));
            }
        }));
        return found;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void walk(Schema<?> schema, List<Set<String>> found, Map<Schema<?>, Boolean> seen) {
        if (schema == null || seen.put(schema, Boolean.TRUE) != null) {
            return;
        }
        if (schema.getEnum() != null) {
            Set<String> values = new LinkedHashSet<>();
            schema.getEnum().stream()
                    .filter(Objects::nonNull)
                    .map(String::valueOf)
                    .forEach(values::add);
            found.add(values);
        }
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) (Map) schema.getProperties()).values().forEach(s -> walk(s, found, seen));
        }
        walk(schema.getItems(), found, seen);
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
                .filter(Objects::nonNull)
                .forEach(list -> ((List<Schema>) (List) list).forEach(s -> walk(s, found, seen)));
        if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
            walk(additional, found, seen);
        }
    }

    /** The enums compiled from src/main/java. */
    private static List<Class<?>> codeEnums() throws IOException {
        Path root = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> root.relativize(f).toString().replace('/', '.').replace(".class", ""))
                    .map(OpenApiEnumsTest::load)
                    .filter(Objects::nonNull)
                    .filter(Class::isEnum)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, OpenApiEnumsTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
