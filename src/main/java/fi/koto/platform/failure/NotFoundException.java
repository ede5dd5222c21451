package fi.koto.platform.failure;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** The object does not exist or lies outside the caller's scope (the two look the same); answers 404. */
@ApplicationException(rollback = true)
public class NotFoundException extends KotoException {

    public NotFoundException(String key, Object... args) {
        super(List.of(Reason.of(key, args)));
    }
}
