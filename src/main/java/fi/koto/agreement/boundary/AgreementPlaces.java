package fi.koto.agreement.boundary;

import fi.koto.access.control.CurrentUser;
import fi.koto.access.control.Permission;
import fi.koto.agreement.control.AgreementRegister;
import fi.koto.agreement.control.PlacesInput;
import fi.koto.agreement.control.PlacesLedger;
import fi.koto.agreement.entity.AgreementEvent;
import fi.koto.agreement.entity.AgreementStatus;
import fi.koto.agreement.entity.AnnualPlaces;
import fi.koto.agreement.entity.PlacementAgreement;
import fi.koto.agreement.entity.TargetGroup;
import fi.koto.platform.failure.ConflictException;
import fi.koto.platform.failure.InvalidInputException;
import fi.koto.platform.failure.Reason;
import fi.koto.platform.time.ClockProducer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The places a municipality commits to per year and target group. The authority's official or the municipality's
 * coordinator records them (the municipality decides, the authority often enters the answer); a stale version
 * is refused with 409 and every change goes through {@link PlacesLedger} to the agreement's timeline as
 * {@code PLACES_SET}.
 */
@Stateless
public class AgreementPlaces {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    private static final DateTimeFormatter STALE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    AgreementRegister register;

    @Inject
    CurrentUser currentUser;

    @Inject
    PlacesLedger ledger;

    @Inject
    Clock clock;

    @RolesAllowed(Permission.Names.AGREEMENT_READ)
    public List<PlacesView> list(long agreementId) {
        return register.places(register.load(agreementId, currentUser.scope(), LocalDate.now(clock))).stream()
                .map(PlacesView::of)
                .toList();
    }

    @RolesAllowed({Permission.Names.AGREEMENT_MANAGE, Permission.Names.AGREEMENT_DECIDE})
    public PlacesView set(long agreementId, int year, PlacesChange change) {
        if (change == null) {
            throw new InvalidInputException("request.body.required");
        }
        PlacementAgreement agreement = register.load(agreementId, currentUser.scope(), LocalDate.now(clock));
        List<Reason> problems = new ArrayList<>();
        if (year < MIN_YEAR || year > MAX_YEAR) {
            problems.add(Reason.of("places.year.invalid", String.valueOf(year)));
        }
        Map<TargetGroup, Integer> places = PlacesInput.parse(change.places(), problems);
        String preferences = change.nationalityPreferences() == null
                        || change.nationalityPreferences().isBlank()
                ? null
                : change.nationalityPreferences().trim();
        if (preferences != null && preferences.length() > 500) {
            problems.add(Reason.of("input.tooLong", Agreements.field("nationalityPreferences"), 500));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (agreement.getStatus() == AgreementStatus.TERMINATED) {
            throw new ConflictException("places.agreement.terminated");
        }
        AnnualPlaces row = register.places(agreement, year).orElse(null);
        if (row != null && !Objects.equals(change.version(), row.getVersion())) {
            throw stale(agreement, year);
        }
        row = ledger.set(agreement, year, places, preferences, currentUser.username(), null);
        return PlacesView.of(row);
    }

    /** The refusal of a stale change, naming who changed the year's places last and when (Finnish time). */
    private ConflictException stale(PlacementAgreement agreement, int year) {
        return register.history(agreement).stream()
                .filter(e -> AgreementEvent.PLACES_SET.equals(e.getAction())
                        && Integer.valueOf(year).equals(e.getPlacesYear()))
                .reduce((first, second) -> second)
                .map(e -> new ConflictException(
                        "places.version.staleBy",
                        String.valueOf(year),
                        e.getActor(),
                        STALE_TIME.format(e.getAt().atZoneSameInstant(ClockProducer.FINLAND))))
                .orElseGet(() -> new ConflictException("places.version.stale", String.valueOf(year)));
    }
}
