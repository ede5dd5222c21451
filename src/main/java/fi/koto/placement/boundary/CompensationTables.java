package fi.koto.placement.boundary;

import fi.koto.access.control.CurrentUser;
import fi.koto.access.control.Permission;
import fi.koto.agreement.entity.TargetGroup;
import fi.koto.audit.control.AuditTrail;
import fi.koto.placement.control.TableSuccession;
import fi.koto.placement.entity.AgeBand;
import fi.koto.placement.entity.CompensationPeriod;
import fi.koto.placement.entity.CompensationRate;
import fi.koto.placement.entity.Recipient;
import fi.koto.platform.failure.ConflictException;
import fi.koto.platform.failure.InvalidInputException;
import fi.koto.platform.failure.Reason;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The compensation rate and period tables. Everyone who reads agreements may read them; an administrator records a
 * new amount or period length from a date (the law changes them: docs/domain.md, "Compensation"), which ends the
 * row in force the day before. Past rows are never edited, so estimates for past years stay as they were.
 */
@Stateless
public class CompensationTables {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000");
    static final int MAX_YEARS = 10;
    static final int SOURCE_LIMIT = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    public record RateView(
            long id,
            String targetGroup,
            String ageBand,
            String recipient,
            BigDecimal annualAmount,
            LocalDate validFrom,
            LocalDate validTo,
            String source)
            implements Serializable {
        static RateView of(CompensationRate r) {
            return new RateView(
                    r.getId(),
                    r.getTargetGroup(),
                    r.getAgeBand().name(),
                    r.getRecipient().name(),
                    r.getAnnualAmount(),
                    r.getValidFrom(),
                    r.getValidTo(),
                    r.getSource());
        }
    }

    public record PeriodView(
            long id, String targetGroup, int years, LocalDate validFrom, LocalDate validTo, String source)
            implements Serializable {
        static PeriodView of(CompensationPeriod p) {
            return new PeriodView(
                    p.getId(), p.getTargetGroup(), p.getYears(), p.getValidFrom(), p.getValidTo(), p.getSource());
        }
    }

    /** A new rate; {@code source} (the act or decree) is optional, without it the row names who recorded it. */
    public record NewRate(
            String targetGroup,
            String ageBand,
            String recipient,
            BigDecimal annualAmount,
            String validFrom,
            String source) {}

    public record NewPeriod(String targetGroup, Integer years, String validFrom, String source) {}

    @RolesAllowed({Permission.Names.AGREEMENT_READ, Permission.Names.MANAGE_REFERENCE_DATA})
    public List<RateView> rates() {
        return em
                .createQuery(
                        "select r from CompensationRate r order by r.targetGroup, r.ageBand, r.validFrom",
                        CompensationRate.class)
                .getResultList()
                .stream()
                .map(RateView::of)
                .toList();
    }

    @RolesAllowed({Permission.Names.AGREEMENT_READ, Permission.Names.MANAGE_REFERENCE_DATA})
    public List<PeriodView> periods() {
        return em
                .createQuery(
                        "select p from CompensationPeriod p order by p.targetGroup, p.validFrom",
                        CompensationPeriod.class)
                .getResultList()
                .stream()
                .map(PeriodView::of)
                .toList();
    }

    @RolesAllowed(Permission.Names.MANAGE_REFERENCE_DATA)
    public RateView addRate(NewRate request) {
        List<Reason> problems = new ArrayList<>();
        NewRate in = request == null ? new NewRate(null, null, null, null, null, null) : request;
        String group = rateGroup(in.targetGroup(), problems);
        AgeBand band = parse(AgeBand.class, in.ageBand(), "ageBand", problems);
        Recipient recipient = in.recipient() == null
                ? Recipient.MUNICIPALITY
                : parse(Recipient.class, in.recipient(), "recipient", problems);
        BigDecimal amount = in.annualAmount();
        if (amount == null || amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.scale() > 2) {
            problems.add(Reason.of("compensation.amount.invalid", String.valueOf(amount)));
        }
        LocalDate from = date(in.validFrom(), problems);
        if (in.source() != null && in.source().strip().length() > SOURCE_LIMIT) {
            problems.add(Reason.of("compensation.source.tooLong", SOURCE_LIMIT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<CompensationRate> sameKind = em.createQuery(
                        "select r from CompensationRate r where r.targetGroup = :g"
                                + " and r.ageBand = :b and r.recipient = :r",
                        CompensationRate.class)
                .setParameter("g", group)
                .setParameter("b", band)
                .setParameter("r", recipient)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        TableSuccession.problem(
                        sameKind.stream().map(CompensationRate::getValidFrom).toList(), from)
                .ifPresent(reason -> {
                    throw new ConflictException(reason.key(), reason.args().toArray());
                });
        sameKind.stream()
                .filter(r -> r.getValidTo() == null || !r.getValidTo().isBefore(from))
                .forEach(r -> r.endBefore(from));
        var rate = new CompensationRate(group, band, recipient, amount, from);
        rate.sourcedFrom(source(in.source(), problems));
        em.persist(rate);
        em.flush();
        audit.record(
                currentUser.username(),
                "COMPENSATION_RATE_ADDED",
                "CompensationRate",
                String.valueOf(rate.getId()),
                group + " " + band + " " + recipient + " " + amount + " from " + from);
        return RateView.of(rate);
    }

    @RolesAllowed(Permission.Names.MANAGE_REFERENCE_DATA)
    public PeriodView addPeriod(NewPeriod request) {
        List<Reason> problems = new ArrayList<>();
        NewPeriod in = request == null ? new NewPeriod(null, null, null, null) : request;
        TargetGroup group = parse(TargetGroup.class, in.targetGroup(), "targetGroup", problems);
        if (in.years() == null || in.years() < 1 || in.years() > MAX_YEARS) {
            problems.add(Reason.of("compensation.years.invalid", String.valueOf(in.years())));
        }
        LocalDate from = date(in.validFrom(), problems);
        if (in.source() != null && in.source().strip().length() > SOURCE_LIMIT) {
            problems.add(Reason.of("compensation.source.tooLong", SOURCE_LIMIT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<CompensationPeriod> sameKind = em.createQuery(
                        "select p from CompensationPeriod p" + " where p.targetGroup = :g", CompensationPeriod.class)
                .setParameter("g", group.name())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        TableSuccession.problem(
                        sameKind.stream().map(CompensationPeriod::getValidFrom).toList(), from)
                .ifPresent(reason -> {
                    throw new ConflictException(reason.key(), reason.args().toArray());
                });
        sameKind.stream()
                .filter(p -> p.getValidTo() == null || !p.getValidTo().isBefore(from))
                .forEach(p -> p.endBefore(from));
        var period = new CompensationPeriod(group.name(), in.years(), from);
        period.sourcedFrom(source(in.source(), problems));
        em.persist(period);
        em.flush();
        audit.record(
                currentUser.username(),
                "COMPENSATION_PERIOD_ADDED",
                "CompensationPeriod",
                String.valueOf(period.getId()),
                group + " " + in.years() + " years from " + from);
        return PeriodView.of(period);
    }

    /** The source given, or who recorded the row; over-long sources are refused before anything is written. */
    private String source(String given, List<Reason> problems) {
        String text = given == null || given.isBlank() ? null : given.strip();
        return text == null ? "Added by an administrator (" + currentUser.username() + ")" : text;
    }

    private static String rateGroup(String value, List<Reason> problems) {
        if (value == null || value.isBlank() || CompensationRate.ALL.equalsIgnoreCase(value.strip())) {
            return CompensationRate.ALL;
        }
        TargetGroup group = parse(TargetGroup.class, value, "targetGroup", problems);
        return group == null ? null : group.name();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<Reason> problems) {
        if (value == null || value.isBlank()) {
            problems.add(Reason.of("compensation.field.required", field));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(Reason.of("compensation.field.unknown", field, value));
            return null;
        }
    }

    private static LocalDate date(String value, List<Reason> problems) {
        if (value == null || value.isBlank()) {
            problems.add(Reason.of("compensation.field.required", "validFrom"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(Reason.of("compensation.validFrom.invalid", value));
            return null;
        }
    }
}
