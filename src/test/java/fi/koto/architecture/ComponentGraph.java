package fi.koto.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Which component ({@code fi.koto.<component>}) uses which, and the elementary cycles of that graph. */
record ComponentGraph(Map<String, Set<String>> uses) {

    static ComponentGraph of(JavaClasses classes) {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (JavaClass c : classes) {
            Optional<String> from = component(c);
            if (from.isEmpty()) {
                continue;
            }
            uses.computeIfAbsent(from.get(), k -> new TreeSet<>());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                component(d.getTargetClass().getBaseComponentType())
                        .filter(to -> !to.equals(from.get()))
                        .ifPresent(to -> uses.get(from.get()).add(to));
            }
        }
        return new ComponentGraph(uses);
    }

    static Optional<String> component(JavaClass c) {
        String[] parts = c.getPackageName().split("\\.");
        return parts.length >= 3 && parts[0].equals("fi") && parts[1].equals("koto")
                ? Optional.of(parts[2])
                : Optional.empty();
    }

    /** Every elementary cycle once, starting at its alphabetically first component. */
    List<List<String>> cycles() {
        List<List<String>> found = new ArrayList<>();
        for (String start : uses.keySet()) {
            walk(start, start, new ArrayList<>(List.of(start)), found);
        }
        return found;
    }

    private void walk(String start, String at, List<String> path, List<List<String>> found) {
        for (String next : uses.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                found.add(cycle);
            } else if (next.compareTo(start) > 0 && !path.contains(next)) {
                path.add(next);
                walk(start, next, path, found);
                path.remove(path.size() - 1);
            }
        }
    }
}
