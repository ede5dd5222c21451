package fi.koto.platform.failure;

import java.util.List;

/** A refusal the user can act on; its reasons are bundle keys resolved in the user's language. */
public abstract class KotoException extends RuntimeException {

    private final transient List<Reason> reasons;

    protected KotoException(List<Reason> reasons) {
        super(reasons.isEmpty() ? "" : reasons.get(0).key());
        this.reasons = List.copyOf(reasons);
    }

    public List<Reason> reasons() {
        return reasons;
    }
}
