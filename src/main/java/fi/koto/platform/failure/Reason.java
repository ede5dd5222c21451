package fi.koto.platform.failure;

import java.io.Serializable;
import java.util.List;

/** One reason for refusing a request: a bundle key and its arguments. */
public record Reason(String key, List<Object> args) implements Serializable {

    public Reason {
        args = List.copyOf(args);
    }

    public static Reason of(String key, Object... args) {
        return new Reason(key, List.of(args));
    }
}
