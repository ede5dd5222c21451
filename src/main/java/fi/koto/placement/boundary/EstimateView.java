package fi.koto.placement.boundary;

import fi.koto.placement.control.CompensationCalculator;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The estimated calculated compensation for the persons placed in a municipality in a year and how it was
 * computed (docs/domain.md, "Compensation"). The first fields are the municipality's own share (for a mainland
 * municipality the municipal share, for an Åland municipality Åland's rates), as before recipients were modelled;
 * {@code recipients} lists every share with its receiver (the wellbeing services county's share; the City of
 * Helsinki receives both), {@code municipalityReceives} what the municipality itself receives, and
 * {@code transitionalRule} and {@code initialAssessment} the dated rules behind the figures.
 */
public record EstimateView(
        String municipalityCode,
        int year,
        String currency,
        BigDecimal total,
        List<Line> byGroup,
        List<RateApplied> ratesApplied,
        List<PeriodApplied> periodsApplied,
        int personsWithoutPeriod,
        String method,
        List<Share> recipients,
        BigDecimal municipalityReceives,
        List<TransitionApplied> transitionalRules,
        InitialAssessment initialAssessment)
        implements Serializable {

    public record Line(String targetGroup, long personMonths7OrOver, long personMonthsUnder7, BigDecimal amount)
            implements Serializable {}

    public record RateApplied(
            String targetGroup,
            String ageBand,
            BigDecimal annualAmount,
            LocalDate validFrom,
            LocalDate validTo,
            String recipient,
            String source)
            implements Serializable {}

    public record PeriodApplied(String targetGroup, int years, LocalDate validFrom, LocalDate validTo, String source)
            implements Serializable {}

    /** One recipient's share: who receives it (a municipality or county code) and how it was computed. */
    public record Share(
            String recipient,
            String recipientCode,
            String recipientNameFi,
            String recipientNameSv,
            BigDecimal total,
            List<Line> byGroup,
            List<RateApplied> ratesApplied)
            implements Serializable {}

    public record TransitionApplied(LocalDate validFrom, String mode, boolean verified, String source)
            implements Serializable {}

    /** The old law's one-off per person: at most {@code maximum}, never part of a total. */
    public record InitialAssessment(
            int personsPlaced,
            BigDecimal amountPerPerson,
            BigDecimal maximum,
            LocalDate validFrom,
            LocalDate validTo,
            String source)
            implements Serializable {}

    /** A receiver of a share: its code and names. */
    public record Receiver(String code, String nameFi, String nameSv) {}

    public static EstimateView of(
            String municipalityCode,
            CompensationCalculator.Estimate own,
            List<CompensationCalculator.Estimate> shares,
            List<Receiver> receivers,
            List<CompensationCalculator.Transition> transitions,
            String method) {
        List<Share> recipients = new java.util.ArrayList<>();
        BigDecimal received = BigDecimal.ZERO.setScale(2);
        java.util.Set<CompensationCalculator.Period> periods = new java.util.LinkedHashSet<>(own.periodsApplied());
        for (int i = 0; i < shares.size(); i++) {
            var share = shares.get(i);
            var receiver = receivers.get(i);
            periods.addAll(share.periodsApplied());
            recipients.add(new Share(
                    share.recipient().name(),
                    receiver.code(),
                    receiver.nameFi(),
                    receiver.nameSv(),
                    share.total(),
                    lines(share),
                    rates(share)));
            if (municipalityCode.equals(receiver.code())) {
                received = received.add(share.total());
            }
        }
        InitialAssessment initial = own.initialAssessment()
                .map(o -> new InitialAssessment(
                        o.persons(),
                        o.rule().amount(),
                        o.maximum(),
                        o.rule().validFrom(),
                        o.rule().validTo(),
                        o.rule().source()))
                .orElse(null);
        return new EstimateView(
                municipalityCode,
                own.year(),
                "EUR",
                own.total(),
                lines(own),
                rates(own),
                periods.stream()
                        .map(p -> new PeriodApplied(p.targetGroup(), p.years(), p.validFrom(), p.validTo(), p.source()))
                        .toList(),
                own.personsWithoutPeriod(),
                method,
                List.copyOf(recipients),
                received,
                transitions(transitions),
                initial);
    }

    static List<Line> lines(CompensationCalculator.Estimate e) {
        return e.byGroup().stream()
                .map(l -> new Line(l.group().name(), l.personMonths7OrOver(), l.personMonthsUnder7(), l.amount()))
                .toList();
    }

    static List<RateApplied> rates(CompensationCalculator.Estimate e) {
        return e.ratesApplied().stream()
                .map(r -> new RateApplied(
                        r.targetGroup(),
                        r.ageBand().name(),
                        r.annualAmount(),
                        r.validFrom(),
                        r.validTo(),
                        r.recipient().name(),
                        r.source()))
                .toList();
    }

    static List<TransitionApplied> transitions(List<CompensationCalculator.Transition> transitions) {
        return transitions.stream()
                .map(t -> new TransitionApplied(t.from(), t.mode().name(), t.verified(), t.source()))
                .toList();
    }
}
