package fi.koto.placement.control;

import fi.koto.placement.entity.TransitionMode;
import java.time.LocalDate;
import java.util.List;

/** The tables of {@link CompensationWorkedExamplesTest}, for tests in other packages. */
public final class CompensationWorkedExamplesTestTables {

    private CompensationWorkedExamplesTestTables() {}

    public static CompensationCalculator calculator() {
        return new CompensationCalculator(
                CompensationWorkedExamplesTest.RATES,
                CompensationWorkedExamplesTest.PERIODS,
                List.of(new CompensationCalculator.Transition(
                        LocalDate.parse("2025-01-01"), TransitionMode.LENGTH_AT_START, "setting", false)),
                CompensationWorkedExamplesTest.INITIAL);
    }
}
