package fi.koto.platform.failure;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** Someone else changed the object first, or the action is not allowed in its current state; answers 409. */
@ApplicationException(rollback = true)
public class ConflictException extends KotoException {

    public ConflictException(String key, Object... args) {
        super(List.of(Reason.of(key, args)));
    }
}
