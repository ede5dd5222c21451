package fi.koto.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API contract, src/main/resources/META-INF/openapi.yaml, against the code, without a container: every JAX-RS
 * resource method has its operation (same verb and path) and every operation its method; every operation has a
 * summary and describes its failures as problem bodies. The ITs check the real answers (fi.koto.it.Contract).
 */
class OpenApiDocumentTest {

    static final Path DOCUMENT = Path.of("src/main/resources/META-INF/openapi.yaml");
    static OpenAPI api;
    static String text;

    @BeforeAll
    static void parse() throws IOException {
        text = Files.readString(DOCUMENT);
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        var result = new OpenAPIV3Parser().readContents(text, null, options);
        assertThat(result.getMessages()).as("parser messages").isEmpty();
        api = result.getOpenAPI();
    }

    @Test
    void hasARealTitleVersionAndBothSecuritySchemes() {
        assertThat(api.getOpenapi()).isEqualTo("3.0.3");
        assertThat(api.getInfo().getTitle()).isEqualTo("Koto API");
        assertThat(api.getInfo().getVersion()).isNotBlank();
        assertThat(api.getInfo().getDescription()).contains("/api/v1");
        var schemes = api.getComponents().getSecuritySchemes();
        assertThat(schemes.get("basicAuth").getScheme()).isEqualTo("basic");
        assertThat(schemes.get("bearerAuth").getScheme()).isEqualTo("bearer");
        assertThat(schemes.get("bearerAuth").getBearerFormat()).isEqualTo("JWT");
        assertThat(api.getSecurity()).hasSize(2);
    }

    @Test
    void everyResourceMethodHasItsOperationAndViceVersa() throws IOException {
        var inCode = new TreeSet<String>();
        for (Class<?> resource : OpenApiDraft.resources()) {
            for (Method m : resource.getDeclaredMethods()) {
                String verb = OpenApiDraft.verb(m);
                if (verb != null) {
                    inCode.add(verb + " " + ResourcePaths.of(resource, m));
                }
            }
        }
        var inDocument = new TreeSet<String>();
        api.getPaths()
                .forEach((path, item) ->
                        item.readOperationsMap().keySet().forEach(verb -> inDocument.add(verb.name() + " " + path)));
        assertThat(inCode).as("JAX-RS resource methods").hasSizeGreaterThan(90);
        assertThat(new TreeSet<>(inCode))
                .as("operations missing from " + DOCUMENT)
                .isSubsetOf(inDocument);
        assertThat(inDocument)
                .as("operations in " + DOCUMENT + " without a resource method")
                .isSubsetOf(inCode);
    }

    @Test
    void everyOperationHasASummaryAUniqueIdAndProblemResponses() {
        var ids = new TreeSet<String>();
        var faults = new ArrayList<String>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((verb, op) -> {
            String where = verb + " " + path;
            if (op.getSummary() == null || op.getSummary().isBlank()) {
                faults.add(where + ": no summary");
            }
            if (op.getOperationId() == null || !ids.add(op.getOperationId())) {
                faults.add(where + ": no operationId or a duplicate one");
            }
            boolean success = op.getResponses().keySet().stream().anyMatch(c -> c.startsWith("2"));
            if (!success) {
                faults.add(where + ": no success response");
            }
            for (var e : op.getResponses().entrySet()) {
                int status = Integer.parseInt(e.getKey());
                if (status >= 400 && !isProblem(e.getValue())) {
                    faults.add(where + ": " + status + " is not a problem response");
                }
            }
            for (String needed : needs(path, verb, op)) {
                if (!op.getResponses().containsKey(needed)) {
                    faults.add(where + ": no " + needed);
                }
            }
        }));
        assertThat(faults).isEmpty();
    }

    private static List<String> needs(String path, PathItem.HttpMethod verb, Operation op) {
        var needed = new ArrayList<>(List.of("500", "503", "401", "404", "422"));
        if (!path.startsWith("/api/v1/public/")) {
            needed.add("403");
        } else {
            assertThat(op.getSecurity()).as(verb + " " + path + " is public").isEmpty();
        }
        if (op.getRequestBody() != null
                && Boolean.TRUE.equals(op.getRequestBody().getRequired())) {
            needed.addAll(List.of("400", "415"));
        }
        if (verb != PathItem.HttpMethod.GET) {
            needed.add("409");
        }
        return needed;
    }

    private static boolean isProblem(ApiResponse response) {
        String ref = response.get$ref();
        if (ref == null) {
            return false;
        }
        ApiResponse shared = api.getComponents().getResponses().get(ref.substring(ref.lastIndexOf('/') + 1));
        var media = shared.getContent().get("application/problem+json");
        return media != null
                && "#/components/schemas/Problem".equals(media.getSchema().get$ref());
    }

    @Test
    void theProblemSchemaIsTheProblemRecord() {
        var problem = api.getComponents().getSchemas().get("Problem");
        var fields = java.util.Arrays.stream(fi.koto.platform.rest.Problem.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName)
                .toList();
        assertThat(problem.getProperties().keySet()).containsExactlyInAnyOrderElementsOf(fields);
    }

    @Test
    void datesAreStringsNeverObjects() {
        for (var e : api.getComponents().getSchemas().entrySet()) {
            Map<String, io.swagger.v3.oas.models.media.Schema> props =
                    e.getValue().getProperties();
            if (props == null) {
                continue;
            }
            props.forEach((name, schema) -> {
                String lower = name.toLowerCase(Locale.ROOT);
                if ((lower.endsWith("at") && !lower.endsWith("format") && !lower.endsWith("stat"))
                        || lower.endsWith("date")
                        || lower.endsWith("on")) {
                    if ("string".equals(schema.getType()) && schema.getFormat() != null) {
                        assertThat(schema.getFormat()).isIn("date", "date-time");
                    }
                }
                assertThat(schema.get$ref() == null && schema.getAnyOf() == null ? schema.getType() : "ref")
                        .as(e.getKey() + "." + name + " has a type")
                        .isNotNull();
            });
        }
        assertThat(text).doesNotContain("x-todo");
    }

    /** The validator takes null for a nullable field, also a nullable reference to another schema. */
    @Test
    void theValidatorHonoursNullable() {
        var validator = OpenApiInteractionValidator.createForInlineApiSpecification(text)
                .build();
        var me = SimpleResponse.Builder.ok()
                .withContentType("application/json")
                .withBody("{\"username\":\"x\",\"displayName\":null,\"language\":\"fi\",\"roles\":[],"
                        + "\"permissions\":[],\"scope\":{\"type\":\"ALL\",\"authority\":null,"
                        + "\"municipalities\":[]}}")
                .build();
        var report = validator.validateResponse("/api/v1/me", Request.Method.GET, me);
        assertThat(report.getMessages()).as(report.toString()).isEmpty();
        var wrong = SimpleResponse.Builder.ok()
                .withContentType("application/json")
                .withBody("{\"username\":5}")
                .build();
        assertThat(validator
                        .validateResponse("/api/v1/me", Request.Method.GET, wrong)
                        .hasErrors())
                .isTrue();
    }
}
