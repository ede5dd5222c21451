package fi.koto.placement.control;

import fi.koto.platform.failure.Reason;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * The rule for adding a row to a table with validity dates (compensation rates and periods): the new row starts
 * after every row of the same kind has started, and ends the one in force then. Earlier periods are never
 * rewritten, so an estimate for a past year stays what it was.
 */
public final class TableSuccession {

    private TableSuccession() {}

    /** Why a row starting on {@code from} cannot follow rows that started on {@code starts}, if it cannot. */
    public static Optional<Reason> problem(Collection<LocalDate> starts, LocalDate from) {
        return starts.stream()
                .max(LocalDate::compareTo)
                .filter(latest -> !from.isAfter(latest))
                .map(latest -> Reason.of("compensation.validFrom.notAfter", from.toString(), latest.toString()));
    }
}
