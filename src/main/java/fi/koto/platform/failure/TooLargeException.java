package fi.koto.platform.failure;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** What was sent is larger than the limit for it; answers 413. Thrown before anything of it is kept. */
@ApplicationException(rollback = true)
public class TooLargeException extends KotoException {

    public TooLargeException(String key, Object... args) {
        super(List.of(Reason.of(key, args)));
    }
}
