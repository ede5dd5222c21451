package fi.koto.platform.validation;

import fi.koto.platform.failure.InvalidInputException;
import fi.koto.platform.failure.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;

/** Checks a request record against its constraints (see {@link ConstraintReasons}). */
@ApplicationScoped
public class RequestValidation {

    @Inject
    Validator validator;

    /**
     * Every reason the constraints of {@code request} give, as a list the boundary adds its own checks to; empty
     * for a null request (the boundary decides what a missing body means).
     */
    public List<Reason> reasons(Object request) {
        if (request == null) {
            return new ArrayList<>();
        }
        return new ArrayList<>(ConstraintReasons.of(validator.validate(request)));
    }

    /** Refuses {@code request} with every reason its constraints give (422 over REST). */
    public void check(Object request) {
        List<Reason> reasons = reasons(request);
        if (!reasons.isEmpty()) {
            throw new InvalidInputException(reasons);
        }
    }
}
