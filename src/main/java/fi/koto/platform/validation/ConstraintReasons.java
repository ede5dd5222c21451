package fi.koto.platform.validation;

import fi.koto.platform.failure.Reason;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Payload;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns constraint violations into reasons with bundle keys, the same as the hand-written checks give. A
 * constraint names its key as its message ({@code @Size(max = 200, message = "{user.displayName.invalid}")});
 * without one the standard constraints mean what the bundles already say: {@code @NotNull}, {@code @NotBlank}
 * and {@code @NotEmpty} {@code input.required}, {@code @Size} {@code input.tooLong}, any other
 * {@code input.invalid}, with the field's request name and the limit the constraint sets ({@code max} of
 * {@code @Size}, {@code value} of {@code @Min}/{@code @Max}) as arguments. A key of one's own gets the value
 * given as its argument ({@code "null"} for none), as the hand-written checks give it, or with the payload
 * {@link Limit} the limit the constraint sets (none where it sets none), for a key such as "at most {0}
 * characters". A record marked {@link FieldLabels} has its fields named by their labels in the bundles. As the
 * hand-written checks did, a field that is missing gives only that reason ({@code @NotNull}, {@code @NotBlank},
 * {@code @NotEmpty}), and a field gives each reason once. Reasons come in the order of the record's components,
 * so that a refusal lists them as the request has them.
 */
public final class ConstraintReasons {

    static final String STANDARD = "{jakarta.validation.constraints.";

    private static final Set<String> MISSING = Set.of("NotNull", "NotBlank", "NotEmpty");

    /** Payload of a constraint whose own key takes the constraint's limit as its argument, not the value. */
    public interface Limit extends Payload {}

    private ConstraintReasons() {}

    public static List<Reason> of(Collection<? extends ConstraintViolation<?>> violations) {
        List<ConstraintViolation<?>> sorted = new ArrayList<>(violations);
        sorted.sort(Comparator.<ConstraintViolation<?>>comparingInt(ConstraintReasons::position)
                .thenComparing(v -> field(v.getPropertyPath()))
                .thenComparing(v -> missing(v) ? 0 : 1)
                .thenComparing(ConstraintViolation::getMessageTemplate));
        Map<String, Set<Reason>> byField = new LinkedHashMap<>();
        Set<String> missingFields = new HashSet<>();
        for (ConstraintViolation<?> violation : sorted) {
            String field = violation.getLeafBean() == null
                    ? field(violation.getPropertyPath())
                    : violation.getLeafBean().getClass().getName() + "." + violation.getPropertyPath();
            if (missingFields.contains(field)) {
                continue;
            }
            if (missing(violation)) {
                missingFields.add(field);
            }
            byField.computeIfAbsent(field, f -> new LinkedHashSet<>()).add(reason(violation));
        }
        return byField.values().stream().flatMap(Set::stream).toList();
    }

    private static boolean missing(ConstraintViolation<?> violation) {
        return MISSING.contains(violation
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName());
    }

    static Reason reason(ConstraintViolation<?> violation) {
        ConstraintDescriptor<?> constraint = violation.getConstraintDescriptor();
        Annotation annotation = constraint.getAnnotation();
        String name = annotation.annotationType().getSimpleName();
        String template = violation.getMessageTemplate();
        if (!template.startsWith(STANDARD)) {
            String key = template.replaceAll("^\\{|\\}$", "");
            if (constraint.getPayload().contains(Limit.class)) {
                return new Reason(
                        key, limit(name, constraint.getAttributes()).stream().toList());
            }
            return Reason.of(key, String.valueOf(violation.getInvalidValue()));
        }
        List<Object> args = new ArrayList<>();
        args.add(label(violation));
        limit(name, constraint.getAttributes()).ifPresent(args::add);
        return new Reason(standardKey(name), args);
    }

    static String standardKey(String constraint) {
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "input.required";
            case "Size" -> "input.tooLong";
            default -> "input.invalid";
        };
    }

    private static java.util.Optional<Object> limit(String constraint, Map<String, Object> attributes) {
        return switch (constraint) {
            case "Size" -> java.util.Optional.ofNullable(attributes.get("max"));
            case "Min", "Max", "DecimalMin", "DecimalMax" -> java.util.Optional.ofNullable(attributes.get("value"));
            default -> java.util.Optional.empty();
        };
    }

    /** The field's label where its record is marked {@link FieldLabels}, otherwise its request name. */
    private static Object label(ConstraintViolation<?> violation) {
        String field = field(violation.getPropertyPath());
        Object bean = violation.getLeafBean();
        FieldLabels labels = bean == null ? null : bean.getClass().getAnnotation(FieldLabels.class);
        return labels == null ? field : Reason.of(labels.value() + "." + field);
    }

    /** The name of the field the violation is about: the last named node of its path. */
    static String field(Path path) {
        String name = "";
        for (Path.Node node : path) {
            if (node.getName() != null && node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                name = node.getName();
            }
        }
        return name;
    }

    private static int position(ConstraintViolation<?> violation) {
        Object bean = violation.getLeafBean();
        if (bean == null || !bean.getClass().isRecord()) {
            return Integer.MAX_VALUE;
        }
        String field = field(violation.getPropertyPath());
        RecordComponent[] components = bean.getClass().getRecordComponents();
        return Arrays.stream(components).map(RecordComponent::getName).toList().indexOf(field);
    }
}
