package fi.koto.document.control;

import java.text.Normalizer;

/**
 * Makes a file name given by a client safe to keep and to show: only the last path segment (browsers and tools
 * may send {@code C:\fakepath\x.pdf} or {@code ../../x.pdf}), no control or invisible formatting characters
 * (a right-to-left override can make {@code exe.pdf} look like {@code fdp.exe}), none of the characters Windows
 * forbids in names, no leading dots or trailing dots and spaces, and at most {@link #MAX_LENGTH} characters with
 * the extension kept. Pure.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 200;
    private static final String FORBIDDEN = "<>:\"|?*";

    private FileNames() {}

    /** The safe name; empty when nothing of the name is left. */
    public static String sanitise(String given) {
        if (given == null) {
            return "";
        }
        String name = Normalizer.normalize(given, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (FORBIDDEN.indexOf(c) >= 0) {
                kept.append('_');
            } else if (!invisible(c)) {
                kept.appendCodePoint(c);
            }
        });
        String result = kept.toString().strip();
        int start = 0;
        while (start < result.length() && result.charAt(start) == '.') {
            start++;
        }
        int end = result.length();
        while (end > start && (result.charAt(end - 1) == '.' || Character.isWhitespace(result.charAt(end - 1)))) {
            end--;
        }
        return shorten(result.substring(start, end).strip());
    }

    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c)
                || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE
                || type == Character.SURROGATE;
    }

    /** Cuts the part before the extension so that the whole name fits, never inside a surrogate pair. */
    private static String shorten(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        int keep = MAX_LENGTH - extension.length();
        if (Character.isHighSurrogate(name.charAt(keep - 1))) {
            keep--;
        }
        return name.substring(0, keep).strip() + extension;
    }
}
