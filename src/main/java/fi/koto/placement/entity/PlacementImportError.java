package fi.koto.placement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** One reason a row of an import was rejected: its line and a bundle key with arguments (kept as text). */
@Entity
@Table(name = "placement_import_error")
public class PlacementImportError {

    private static final String SEPARATOR = "\u001F";

    @Id
    @SequenceGenerator(
            name = "placement_import_error_seq",
            sequenceName = "placement_import_error_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "placement_import_error_seq")
    private Long id;

    @Column(name = "import_id", nullable = false, updatable = false)
    private long importId;

    @Column(nullable = false, updatable = false)
    private int line;

    @Column(name = "message_key", nullable = false, updatable = false, length = 100)
    private String messageKey;

    @Column(name = "message_args", updatable = false, length = 2000)
    private String messageArgs;

    protected PlacementImportError() {}

    public PlacementImportError(long importId, int line, String messageKey, List<Object> args) {
        this.importId = importId;
        this.line = line;
        this.messageKey = messageKey;
        String joined = args.stream().map(String::valueOf).collect(Collectors.joining(SEPARATOR));
        this.messageArgs = joined.length() > 2000 ? joined.substring(0, 2000) : joined;
    }

    public int getLine() {
        return line;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] args() {
        return messageArgs == null || messageArgs.isEmpty()
                ? new Object[0]
                : Arrays.stream(messageArgs.split(SEPARATOR, -1))
                        .map(PlacementImportError::number)
                        .toArray();
    }

    /** Numbers come back as numbers, so patterns like {1,number,#} keep working. */
    private static Object number(String text) {
        return text.matches("-?(0|[1-9]\\d{0,8})") ? (Object) Integer.valueOf(text) : text;
    }
}
