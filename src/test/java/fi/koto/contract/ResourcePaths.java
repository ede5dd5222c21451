package fi.koto.contract;

import fi.koto.platform.rest.KotoApi;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;

/** The full path of a JAX-RS resource method as the OpenAPI document names it: {@code /api/v1/x/{id}}. */
final class ResourcePaths {

    private ResourcePaths() {}

    static String of(Class<?> resource, Method method) {
        String base = "/" + KotoApi.class.getAnnotation(ApplicationPath.class).value();
        String path = base + "/" + resource.getAnnotation(Path.class).value();
        Path sub = method.getAnnotation(Path.class);
        if (sub != null) {
            path = path + "/" + sub.value();
        }
        return withoutRegex(path).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
    }

    /** Template variables without their regular expressions: {@code {id:[0-9]+}} becomes {@code {id}}. */
    private static String withoutRegex(String path) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int depth = 1;
            int j = i + 1;
            StringBuilder name = new StringBuilder();
            boolean inRegex = false;
            while (depth > 0) {
                char d = path.charAt(j++);
                if (d == '{') {
                    depth++;
                } else if (d == '}') {
                    depth--;
                } else if (d == ':' && depth == 1) {
                    inRegex = true;
                } else if (!inRegex && !Character.isWhitespace(d)) {
                    name.append(d);
                }
            }
            out.append('{').append(name).append('}');
            i = j;
        }
        return out.toString();
    }
}
