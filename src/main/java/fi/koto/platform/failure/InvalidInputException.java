package fi.koto.platform.failure;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** The input, or a precondition of the action, is not met; answers 422 with every reason. */
@ApplicationException(rollback = true)
public class InvalidInputException extends KotoException {

    public InvalidInputException(List<Reason> reasons) {
        super(reasons);
    }

    public InvalidInputException(String key, Object... args) {
        this(List.of(Reason.of(key, args)));
    }
}
