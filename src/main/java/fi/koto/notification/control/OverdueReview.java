package fi.koto.notification.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A programme waiting for review past its due date, as the digest lists it. */
public record OverdueReview(
        long programmeId, String title, MunicipalityNames municipalities, String status, LocalDate reviewDue) {

    public long daysLate(LocalDate today) {
        return ChronoUnit.DAYS.between(reviewDue, today);
    }
}
