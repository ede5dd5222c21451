package fi.koto.agreement.boundary;

import fi.koto.access.control.CurrentUser;
import fi.koto.agreement.control.AgreementRegister;
import fi.koto.agreement.entity.AgreementEvent;
import fi.koto.agreement.entity.AgreementStatus;
import fi.koto.agreement.entity.AnnualPlaces;
import fi.koto.agreement.entity.PlacementAgreement;
import fi.koto.agreement.entity.TargetGroup;
import fi.koto.audit.control.AuditTrail;
import fi.koto.identity.entity.Permission;
import fi.koto.platform.failure.ConflictException;
import fi.koto.platform.failure.InvalidInputException;
import fi.koto.platform.failure.Reason;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The places a municipality commits to per year and target group. The authority's official or the municipality's
 * coordinator records them (the municipality decides, the authority often enters the answer); a stale version
 * is refused with 409 and every change is written to the agreement's timeline as {@code PLACES_SET}.
 */
@Stateless
public class AgreementPlaces {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    static final int MAX_PLACES = 100_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AgreementRegister register;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Event<AgreementChanged> changed;

    @Inject
    Clock clock;

    @RolesAllowed(Permission.Names.AGREEMENT_READ)
    public List<PlacesView> list(long agreementId) {
        return register.places(register.load(agreementId, currentUser.scope(), LocalDate.now(clock))).stream().map(PlacesView::of).toList();
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
        Map<TargetGroup, Integer> places = parse(change.places(), problems);
        String preferences = change.nationalityPreferences() == null || change.nationalityPreferences().isBlank()
                ? null : change.nationalityPreferences().trim();
        if (preferences != null && preferences.length() > 500) {
            problems.add(Reason.of("input.tooLong", "nationalityPreferences", 500));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (agreement.getStatus() == AgreementStatus.TERMINATED) {
            throw new ConflictException("places.agreement.terminated");
        }
        AnnualPlaces row = register.places(agreement, year).orElse(null);
        if (row != null && !Objects.equals(change.version(), row.getVersion())) {
            throw new ConflictException("places.version.stale", String.valueOf(year));
        }
        Map<TargetGroup, Integer> before = row == null ? Map.of() : row.places();
        if (row == null) {
            row = new AnnualPlaces(agreement, year);
            em.persist(row);
        }
        row.change(places, preferences);
        em.flush();
        String detail = year + ": " + difference(before, row.places());
        em.persist(new AgreementEvent(agreement, OffsetDateTime.now(clock), currentUser.username(),
                AgreementEvent.PLACES_SET, agreement.getStatus(), agreement.getStatus(), detail));
        audit.record(currentUser.username(), "AGREEMENT_PLACES_SET", Agreements.SUBJECT,
                String.valueOf(agreementId), detail);
        changed.fire(new AgreementChanged(agreementId, agreement.getMunicipality().getCode(),
                AgreementEvent.PLACES_SET, agreement.getStatus(), agreement.getStatus(), currentUser.username()));
        return PlacesView.of(row);
    }

    private static Map<TargetGroup, Integer> parse(Map<String, Integer> input, List<Reason> problems) {
        Map<TargetGroup, Integer> places = new EnumMap<>(TargetGroup.class);
        if (input == null || input.isEmpty()) {
            problems.add(Reason.of("input.required", "places"));
            return places;
        }
        for (var entry : input.entrySet()) {
            TargetGroup group;
            try {
                group = TargetGroup.valueOf(String.valueOf(entry.getKey()).trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(Reason.of("targetGroup.unknown", String.valueOf(entry.getKey())));
                continue;
            }
            Integer count = entry.getValue();
            if (count == null || count < 0 || count > MAX_PLACES) {
                problems.add(Reason.of("places.count.invalid", group.name(), String.valueOf(count)));
            } else {
                places.put(group, count);
            }
        }
        return places;
    }

    /** "QUOTA_REFUGEE 0->20, ASYLUM_PERMIT 5->3" for the groups that changed. */
    private static String difference(Map<TargetGroup, Integer> before, Map<TargetGroup, Integer> after) {
        StringJoiner changes = new StringJoiner(", ");
        for (TargetGroup group : TargetGroup.values()) {
            int old = before.getOrDefault(group, 0);
            int now = after.getOrDefault(group, 0);
            if (old != now) {
                changes.add(group.name() + " " + old + "->" + now);
            }
        }
        return changes.length() == 0 ? "no change" : changes.toString();
    }
}
