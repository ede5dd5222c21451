package fi.koto.platform.rest;

import java.util.List;

/** An RFC 9457 problem body; {@code errors} lists every reason where there are several. */
public record Problem(String type, String title, int status, String detail, List<String> errors) {

    public static Problem of(int status, String title, String detail, List<String> errors) {
        return new Problem("about:blank", title, status, detail, errors.isEmpty() ? null : errors);
    }
}
