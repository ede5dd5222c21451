package fi.koto.agreement.control;

import fi.koto.agreement.entity.PlacesRound;
import fi.koto.platform.failure.Reason;
import java.time.LocalDate;
import java.util.List;

/**
 * The dates of a new places round. The round asks for the places of a coming year (next year unless the official
 * says otherwise; at most {@value #YEARS_AHEAD} years ahead, never a past year). The deadline is 31 October of
 * the year the round opens unless the official gives one; once 31 October has passed the official must give it.
 * A deadline may not lie in the past nor after the end of the year of places.
 */
public final class RoundCalendar {

    public static final int YEARS_AHEAD = 5;

    private RoundCalendar() {}

    /** The year of places: {@code requested}, or next year; null with a reason when out of range. */
    public static Integer year(Integer requested, LocalDate today, List<Reason> problems) {
        int year = requested == null ? today.getYear() + 1 : requested;
        if (year < today.getYear() || year > today.getYear() + YEARS_AHEAD) {
            problems.add(Reason.of(
                    "placesRound.year.invalid",
                    String.valueOf(year),
                    String.valueOf(today.getYear()),
                    String.valueOf(today.getYear() + YEARS_AHEAD)));
            return null;
        }
        return year;
    }

    /**
     * The deadline for answers: {@code requested} (already parsed, null when not given) or the usual 31 October;
     * null with a reason when it does not fit. {@code year} is the year of places, null when it was invalid.
     */
    public static LocalDate deadline(LocalDate requested, Integer year, LocalDate today, List<Reason> problems) {
        if (requested == null) {
            LocalDate usual = PlacesRound.usualDeadline(today);
            if (usual.isBefore(today)) {
                problems.add(Reason.of("placesRound.deadline.required", usual.toString()));
                return null;
            }
            return usual;
        }
        if (requested.isBefore(today)) {
            problems.add(Reason.of("placesRound.deadline.past", requested.toString()));
            return null;
        }
        if (year != null && requested.getYear() > year) {
            problems.add(Reason.of("placesRound.deadline.afterYear", requested.toString(), String.valueOf(year)));
            return null;
        }
        return requested;
    }
}
