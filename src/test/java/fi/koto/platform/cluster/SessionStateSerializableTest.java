package fi.koto.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.identity.control.AuthenticatedUser;
import fi.koto.platform.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything a web session holds is copied to the other instance of the cluster (web.xml is distributable), so it
 * must be serializable through and through: the login ({@link AuthenticatedUser}), every {@code @SessionScoped}
 * and {@code @ViewScoped} backing bean, and whatever their fields hold, records and nested forms included. A
 * field that refers to a service may only hold the container's proxy (an EJB session bean or a normal-scoped CDI
 * bean), which re-attaches to the service of the instance it lands on.
 */
class SessionStateSerializableTest {

    private static final Path CLASSES = Path.of("target", "classes");

    /** Session beans and normal-scoped beans are injected as serializable proxies (CDI 4.0, 6.6.2). */
    private static final List<Class<? extends Annotation>> PROXIED = List.of(
            jakarta.ejb.Stateless.class,
            jakarta.ejb.Singleton.class,
            jakarta.ejb.Stateful.class,
            RequestScoped.class,
            SessionScoped.class,
            ApplicationScoped.class,
            ConversationScoped.class,
            ViewScoped.class);

    @Test
    void everythingTheSessionHoldsIsSerializable() throws Exception {
        List<Class<?>> held = sessionHeldClasses();
        assertThat(held).as("the backing beans were found").hasSizeGreaterThan(3);

        List<String> problems = new ArrayList<>();
        Set<Type> seen = new HashSet<>();
        for (Class<?> type : held) {
            check(type, type.getName(), problems, seen);
        }
        assertThat(problems).as("what a replicated session could not carry").isEmpty();
    }

    @Test
    void theInjectedClockCanTravelWithAViewScopedBean() {
        assertThat(Clock.system(ClockProducer.FINLAND)).isInstanceOf(Serializable.class);
    }

    private static List<Class<?>> sessionHeldClasses() throws IOException, ClassNotFoundException {
        List<Class<?>> held = new ArrayList<>(List.of(AuthenticatedUser.class));
        try (Stream<Path> files = Files.walk(CLASSES.resolve("fi/koto/ui"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader());
                if (type.isAnnotationPresent(SessionScoped.class)
                        || type.isAnnotationPresent(ViewScoped.class)
                        || type.isAnnotationPresent(ConversationScoped.class)) {
                    held.add(type);
                }
            }
        }
        return held;
    }

    private static void check(Type type, String path, List<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                check(bound, path, problems, seen);
            }
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            check(parameterized.getRawType(), path, problems, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, path + "<>", problems, seen);
            }
            return;
        }
        if (!(type instanceof Class<?> raw) || raw.isPrimitive() || raw.isEnum() || raw == Object.class) {
            return;
        }
        if (raw.isArray()) {
            check(raw.getComponentType(), path + "[]", problems, seen);
            return;
        }
        boolean container = Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw);
        if (!raw.isInterface() && !Serializable.class.isAssignableFrom(raw) && !container) {
            problems.add(path + ": " + raw.getName() + " is not Serializable");
            return;
        }
        if (raw.getName().startsWith("fi.koto.")) {
            for (Class<?> c = raw; c != null && c.getName().startsWith("fi.koto."); c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    checkField(field, path + "." + field.getName(), problems, seen);
                }
            }
        }
    }

    private static void checkField(Field field, String path, List<String> problems, Set<Type> seen) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
            return;
        }
        Class<?> type = field.getType();
        if (PROXIED.stream().anyMatch(type::isAnnotationPresent)) {
            return; // only ever the container's serializable proxy
        }
        if (field.isAnnotationPresent(Inject.class)) {
            if (type == Clock.class) {
                return; // produced by ClockProducer as Clock.system(FINLAND), which is Serializable (see below)
            }
            problems.add(path + ": injects " + type.getName() + ", which is neither a session bean nor normal-scoped");
            return;
        }
        check(field.getGenericType(), path, problems, seen);
    }
}
