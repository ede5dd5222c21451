package fi.koto.contract;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A drafting aid, not the contract: reflects over the JAX-RS resources in target/classes and prints a draft of the
 * paths and schemas of an OpenAPI document. The contract is src/main/resources/META-INF/openapi.yaml, written and
 * reviewed by people; use this only to see the shape of a new resource's records quickly. Run it with the test
 * class path: {@code java -cp target/classes:target/test-classes:<deps> fi.koto.contract.OpenApiDraft}.
 */
public final class OpenApiDraft {

    private final Map<String, Class<?>> schemaClasses = new TreeMap<>();
    private final Map<Class<?>, String> names = new LinkedHashMap<>();

    /** The records that resource methods answering a {@code Response} send as their entity. */
    private static final List<String> EXTRA_SCHEMAS = List.of(
            "fi.koto.agreement.boundary.AgreementView",
            "fi.koto.agreement.boundary.ExtraPlacesView",
            "fi.koto.agreement.boundary.PlacesRoundDetail",
            "fi.koto.document.boundary.DocumentView",
            "fi.koto.placement.boundary.EstimateView",
            "fi.koto.placement.boundary.CountyEstimateView",
            "fi.koto.placement.boundary.CompensationTables$RateView",
            "fi.koto.placement.boundary.CompensationTables$PeriodView",
            "fi.koto.reference.boundary.MunicipalitiesResource$MunicipalityJson",
            "fi.koto.reference.boundary.ServiceAreas$Period",
            "fi.koto.notification.boundary.OutboxEntry",
            "fi.koto.programme.boundary.ProgrammeJson$Summary",
            "fi.koto.programme.boundary.ProgrammeJson$Detail",
            "fi.koto.programme.boundary.ProgrammeJson$Note",
            "fi.koto.programme.boundary.ProgrammeJson$GuidanceNoteView",
            "fi.koto.monitoring.boundary.MonitoringJson$Plan",
            "fi.koto.guideline.boundary.PublicGuidelines$PublicGuideline",
            "fi.koto.guideline.boundary.PublicGuidelines$ExemptAnswer",
            "fi.koto.guideline.boundary.GuidelineJson$Detail",
            "fi.koto.report.boundary.ReportView",
            "fi.koto.identity.boundary.UserSummary");

    public static void main(String[] args) throws IOException {
        System.out.println(new OpenApiDraft().draft());
    }

    String draft() throws IOException {
        List<Class<?>> resources = resources();
        Map<String, Object> paths = new TreeMap<>();
        for (Class<?> resource : resources) {
            for (Method m : resource.getDeclaredMethods()) {
                String verb = verb(m);
                if (verb == null) {
                    continue;
                }
                String path = ResourcePaths.of(resource, m);
                @SuppressWarnings("unchecked")
                Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(path, p -> new TreeMap<>());
                item.putIfAbsent(verb.toLowerCase(), operation(resource, m));
            }
        }
        for (String extra : EXTRA_SCHEMAS) {
            name(load(extra));
        }
        Map<String, Object> schemas = new TreeMap<>();
        for (int i = 0; i < 20; i++) {
            for (var e : new ArrayList<>(schemaClasses.entrySet())) {
                schemas.computeIfAbsent(e.getKey(), k -> schema(e.getValue()));
            }
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("paths", paths);
        doc.put("schemas", schemas);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        return new Yaml(options).dump(doc);
    }

    static List<Class<?>> resources() throws IOException {
        var root = Paths.get("target/classes");
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith("Resource.class"))
                    .map(f -> root.relativize(f).toString().replace('/', '.').replace(".class", ""))
                    .map(OpenApiDraft::load)
                    .filter(c -> c.isAnnotationPresent(Path.class))
                    .sorted(Comparator.comparing(Class::getName))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, OpenApiDraft.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    static String verb(Method m) {
        for (var a : m.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private Map<String, Object> operation(Class<?> resource, Method m) {
        Map<String, Object> op = new LinkedHashMap<>();
        String tag = resource.getSimpleName().replace("Resource", "");
        op.put("tags", List.of(tag));
        op.put("summary", m.getName());
        op.put("operationId", Character.toLowerCase(tag.charAt(0)) + tag.substring(1) + "_" + m.getName());
        List<Object> params = new ArrayList<>();
        Object body = null;
        for (Parameter p : m.getParameters()) {
            if (p.isAnnotationPresent(Context.class)) {
                continue;
            }
            String in = null;
            String name = null;
            if (p.isAnnotationPresent(PathParam.class)) {
                in = "path";
                name = p.getAnnotation(PathParam.class).value();
            } else if (p.isAnnotationPresent(QueryParam.class)) {
                in = "query";
                name = p.getAnnotation(QueryParam.class).value();
            } else if (p.isAnnotationPresent(HeaderParam.class)) {
                in = "header";
                name = p.getAnnotation(HeaderParam.class).value();
            }
            if (in != null) {
                Map<String, Object> param = new LinkedHashMap<>();
                param.put("name", name);
                param.put("in", in);
                if (in.equals("path")) {
                    param.put("required", true);
                }
                Map<String, Object> schema = new LinkedHashMap<>(type(p.getParameterizedType(), false));
                schema.remove("nullable");
                DefaultValue dv = p.getAnnotation(DefaultValue.class);
                if (dv != null) {
                    schema.put("default", dv.value());
                }
                param.put("schema", schema);
                params.add(param);
            } else {
                Map<String, Object> content = new LinkedHashMap<>();
                if (p.getType() == InputStream.class || p.getType() == byte[].class) {
                    content.put("*/*", Map.of("schema", Map.of("type", "string", "format", "binary")));
                } else {
                    content.put(consumes(resource, m), Map.of("schema", type(p.getParameterizedType(), false)));
                }
                body = Map.of("content", content);
            }
        }
        if (!params.isEmpty()) {
            op.put("parameters", params);
        }
        if (body != null) {
            op.put("requestBody", body);
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        Class<?> rt = m.getReturnType();
        if (rt == void.class) {
            responses.put("204", Map.of("description", "Done; no body."));
        } else if (rt == jakarta.ws.rs.core.Response.class) {
            responses.put("200", Map.of("description", "TODO: Response"));
        } else {
            responses.put(
                    "200",
                    Map.of(
                            "description",
                            "OK",
                            "content",
                            Map.of(produces(resource, m), Map.of("schema", type(m.getGenericReturnType(), false)))));
        }
        op.put("responses", responses);
        return op;
    }

    private static String consumes(Class<?> resource, Method m) {
        Consumes c = m.getAnnotation(Consumes.class);
        if (c == null) {
            c = resource.getAnnotation(Consumes.class);
        }
        return c == null ? "application/json" : c.value()[0];
    }

    private static String produces(Class<?> resource, Method m) {
        Produces c = m.getAnnotation(Produces.class);
        if (c == null) {
            c = resource.getAnnotation(Produces.class);
        }
        return c == null ? "application/json" : c.value()[0];
    }

    private Map<String, Object> type(Type t, boolean nullable) {
        Map<String, Object> s = new LinkedHashMap<>();
        if (t instanceof ParameterizedType pt) {
            Class<?> raw = (Class<?>) pt.getRawType();
            if (Collection.class.isAssignableFrom(raw)) {
                s.put("type", "array");
                s.put("items", type(pt.getActualTypeArguments()[0], false));
            } else if (Map.class.isAssignableFrom(raw)) {
                s.put("type", "object");
                s.put("additionalProperties", type(pt.getActualTypeArguments()[1], false));
            } else {
                s.put("x-todo", pt.toString());
            }
            if (nullable) {
                s.put("nullable", true);
            }
            return s;
        }
        Class<?> c = (Class<?>) t;
        boolean primitive = c.isPrimitive();
        if (c == String.class || c == char.class || c == Character.class) {
            s.put("type", "string");
        } else if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
            s.put("type", "integer");
            s.put("format", "int32");
        } else if (c == long.class || c == Long.class) {
            s.put("type", "integer");
            s.put("format", "int64");
        } else if (c == double.class || c == Double.class || c == float.class || c == BigDecimal.class) {
            s.put("type", "number");
        } else if (c == boolean.class || c == Boolean.class) {
            s.put("type", "boolean");
        } else if (c == LocalDate.class) {
            s.put("type", "string");
            s.put("format", "date");
        } else if (c == Instant.class
                || c == OffsetDateTime.class
                || c == ZonedDateTime.class
                || c == LocalDateTime.class) {
            s.put("type", "string");
            s.put("format", "date-time");
        } else if (c.isEnum()) {
            s.put("type", "string");
            s.put(
                    "enum",
                    Stream.of(c.getEnumConstants())
                            .map(e -> ((Enum<?>) e).name())
                            .toList());
        } else if (c.isArray()) {
            s.put("type", "array");
            s.put("items", type(c.getComponentType(), false));
        } else if (c.isRecord()) {
            if (nullable) {
                s.put("nullable", true);
                s.put("allOf", List.of(Map.of("$ref", "#/components/schemas/" + name(c))));
                return s;
            }
            s.put("$ref", "#/components/schemas/" + name(c));
        } else {
            s.put("x-todo", c.getName());
        }
        if (nullable && !primitive) {
            s.put("nullable", true);
        }
        return s;
    }

    private String name(Class<?> c) {
        return names.computeIfAbsent(c, k -> {
            String n = k.getSimpleName();
            if (schemaClasses.containsKey(n) || k.getEnclosingClass() != null) {
                String outer = k.getEnclosingClass() == null
                        ? k.getPackageName().substring(k.getPackageName().lastIndexOf('.') + 1)
                        : k.getEnclosingClass()
                                .getSimpleName()
                                .replace("Json", "")
                                .replace("Resource", "");
                n = outer + n;
            }
            schemaClasses.put(n, k);
            return n;
        });
    }

    private Map<String, Object> schema(Class<?> record) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "object");
        s.put("x-java", record.getName());
        Map<String, Object> props = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (RecordComponent rc : record.getRecordComponents()) {
            props.put(rc.getName(), type(rc.getGenericType(), true));
            required.add(rc.getName());
        }
        s.put("required", required);
        s.put("properties", props);
        return s;
    }
}
