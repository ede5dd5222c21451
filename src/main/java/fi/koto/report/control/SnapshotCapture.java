package fi.koto.report.control;

import fi.koto.access.control.AccessScope;
import fi.koto.agreement.control.AgreementRegister;
import fi.koto.agreement.entity.AnnualPlaces;
import fi.koto.agreement.entity.PlacesRequest;
import fi.koto.agreement.entity.PlacesRound;
import fi.koto.agreement.entity.TargetGroup;
import fi.koto.audit.control.AuditTrail;
import fi.koto.placement.control.CompensationCalculator;
import fi.koto.placement.control.PlacementRegister;
import fi.koto.placement.entity.Recipient;
import fi.koto.platform.time.ClockProducer;
import fi.koto.programme.entity.LegalBasis;
import fi.koto.programme.entity.ProgrammeAction;
import fi.koto.programme.entity.ProgrammeStatus;
import fi.koto.report.entity.ReportSnapshot;
import fi.koto.report.entity.SnapshotCompensation;
import fi.koto.report.entity.SnapshotPlaces;
import fi.koto.report.entity.SnapshotPlacesRound;
import fi.koto.report.entity.SnapshotProgramme;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes a snapshot of the figures every report needs for one period, for every municipality (the reader's scope
 * is applied when the figures are read, through the one scope layer). Each capture is one transaction: the
 * snapshot row is written first, so a second capture of the same period fails on its unique period key instead of
 * writing the figures twice.
 * <ul>
 * <li>placements: the realised rows from January of the period's year to its last month, copied as they are;</li>
 * <li>places: those agreed for the period's year (the agreement register's rule: agreements in force);</li>
 * <li>compensation: the estimate for the months of the period, per municipality and target group;</li>
 * <li>programmes: each programme as it stood at the end of the period, from its timeline;</li>
 * <li>places rounds: every request of the annual places rounds for the period's year, as it stands now.</li>
 * </ul>
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SnapshotCapture {

    /** Municipalities whose compensation is estimated in one go (their placements are held in memory). */
    static final int COMPENSATION_BATCH = 40;

    @PersistenceContext
    EntityManager em;

    @Inject
    AgreementRegister agreements;

    @Inject
    PlacementRegister placements;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "KOTO_REVIEW_DUE_DAYS", defaultValue = "30")
    int reviewDueDays;

    public Optional<ReportSnapshot> find(String periodKey) {
        return em.createQuery("select s from ReportSnapshot s where s.periodKey = :key", ReportSnapshot.class)
                .setParameter("key", periodKey)
                .getResultStream()
                .findFirst();
    }

    /** Captures the period's figures as they stand now; {@code live} for a period that is not over. */
    public ReportSnapshot capture(ReportPeriod period, boolean live, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var snapshot = new ReportSnapshot(period.year(), period.quarterNumber(), period.key(), live, now, actor);
        em.persist(snapshot);
        em.flush();
        long id = snapshot.getId();
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime until = live
                ? now
                : period.end().plusDays(1).atStartOfDay(ClockProducer.FINLAND).toOffsetDateTime();
        int placementRows = placements(id, period);
        places(id, period, today);
        em.flush();
        em.clear();
        compensation(id, period);
        int programmes = programmes(id, period, until);
        int requests = placesRounds(id, period);
        audit.record(
                actor,
                "REPORT_SNAPSHOT_TAKEN",
                "ReportSnapshot",
                String.valueOf(id),
                period.key() + (live ? " (live)" : "") + ": " + placementRows + " placement rows, " + programmes
                        + " programmes, " + requests + " places round requests");
        return em.find(ReportSnapshot.class, id);
    }

    /** Deletes a live capture once its report is written; a period's snapshot is never deleted. */
    public void discardLive(long snapshotId) {
        em.createNativeQuery("delete from report_snapshot where id = ? and live = true")
                .setParameter(1, snapshotId)
                .executeUpdate();
    }

    private int placements(long id, ReportPeriod period) {
        return em.createNativeQuery("insert into snapshot_placement (snapshot_id, municipality_code, placement_month,"
                        + " target_group, self_settled, persons, under_7) select ?, municipality_code, placement_month,"
                        + " target_group, self_settled, persons, under_7 from realised_placement"
                        + " where placement_month between ? and ?")
                .setParameter(1, id)
                .setParameter(2, Date.valueOf(LocalDate.of(period.year(), 1, 1)))
                .setParameter(3, Date.valueOf(period.lastMonth().atDay(1)))
                .executeUpdate();
    }

    private void places(long id, ReportPeriod period, LocalDate today) {
        Map<String, Map<TargetGroup, Integer>> agreed = new TreeMap<>();
        for (AnnualPlaces row : agreements.agreedPlaces(period.year(), AccessScope.all(), today)) {
            String code = row.getAgreement().getMunicipality().getCode();
            row.places().forEach((group, count) -> agreed.computeIfAbsent(code, c -> new EnumMap<>(TargetGroup.class))
                    .merge(group, count, Integer::sum));
        }
        agreed.forEach((code, groups) -> groups.forEach((group, count) -> {
            if (count > 0) {
                em.persist(new SnapshotPlaces(id, code, group, count));
            }
        }));
    }

    private void compensation(long id, ReportPeriod period) {
        CompensationCalculator calculator = placements.calculator();
        // Åland municipalities at Åland's rates (docs/domain.md, "Compensation")
        java.util.Set<String> aland = java.util.Set.copyOf(
                em.createQuery("select m.code from Municipality m where m.aland = true", String.class)
                        .getResultList());
        Integer longest = em.createQuery("select max(p.years) from CompensationPeriod p", Integer.class)
                .getSingleResult();
        YearMonth from = period.firstMonth().minusYears(longest == null ? 0 : longest);
        YearMonth to = period.lastMonth();
        List<String> codes = em.createQuery(
                        "select distinct r.municipalityCode from RealisedPlacement r"
                                + " where r.month between :from and :to order by r.municipalityCode",
                        String.class)
                .setParameter("from", from.atDay(1))
                .setParameter("to", to.atDay(1))
                .getResultList();
        for (int start = 0; start < codes.size(); start += COMPENSATION_BATCH) {
            List<String> batch = codes.subList(start, Math.min(codes.size(), start + COMPENSATION_BATCH));
            Map<String, Map<TargetGroup, List<CompensationCalculator.Placed>>> placed = new HashMap<>();
            // assigned and self-settled persons count alike for compensation
            for (Object[] r : em.createQuery(
                            "select r.municipalityCode, r.month, r.targetGroup, sum(r.persons),"
                                    + " sum(r.under7) from RealisedPlacement r where r.municipalityCode in :codes"
                                    + " and r.month between :from and :to"
                                    + " group by r.municipalityCode, r.month, r.targetGroup",
                            Object[].class)
                    .setParameter("codes", batch)
                    .setParameter("from", from.atDay(1))
                    .setParameter("to", to.atDay(1))
                    .getResultList()) {
                TargetGroup group = (TargetGroup) r[2];
                placed.computeIfAbsent((String) r[0], c -> new EnumMap<>(TargetGroup.class))
                        .computeIfAbsent(group, g -> new ArrayList<>())
                        .add(new CompensationCalculator.Placed(
                                YearMonth.from((LocalDate) r[1]),
                                group,
                                ((Number) r[3]).intValue(),
                                ((Number) r[4]).intValue()));
            }
            placed.forEach((code, byGroup) -> byGroup.forEach((group, rows) -> {
                var estimate = calculator.estimate(
                        period.firstMonth(),
                        period.lastMonth(),
                        rows,
                        aland.contains(code) ? Recipient.ALAND_MUNICIPALITY : Recipient.MUNICIPALITY);
                long over = 0;
                long under = 0;
                for (var line : estimate.byGroup()) {
                    over += line.personMonths7OrOver();
                    under += line.personMonthsUnder7();
                }
                if (over + under > 0 || estimate.personsWithoutPeriod() > 0) {
                    var county = aland.contains(code)
                            ? null
                            : calculator
                                    .estimate(period.firstMonth(), period.lastMonth(), rows, Recipient.WELLBEING_COUNTY)
                                    .total();
                    em.persist(new SnapshotCompensation(
                                    id, code, group, over, under, estimate.total(), estimate.personsWithoutPeriod())
                            .withCountyAmount(county));
                }
            }));
            em.flush();
            em.clear();
        }
    }

    private int programmes(long id, ReportPeriod period, OffsetDateTime until) {
        OffsetDateTime periodStart =
                period.start().atStartOfDay(ClockProducer.FINLAND).toOffsetDateTime();
        Map<Long, List<ProgrammeTimeline.Event>> timelines = new HashMap<>();
        for (Object[] e : em.createQuery(
                        "select e.programme.id, e.at, e.action, e.toStatus from ProgrammeEvent e"
                                + " where e.at < :until order by e.programme.id, e.at, e.id",
                        Object[].class)
                .setParameter("until", until)
                .getResultList()) {
            timelines
                    .computeIfAbsent((Long) e[0], p -> new ArrayList<>())
                    .add(new ProgrammeTimeline.Event(
                            (OffsetDateTime) e[1], (ProgrammeAction) e[2], (ProgrammeStatus) e[3]));
        }
        Map<Long, List<String>> municipalities = new HashMap<>();
        for (Object[] m : em.createQuery(
                        "select p.id, m.code from Programme p join p.municipalities m"
                                + " where p.authorship.createdAt < :until",
                        Object[].class)
                .setParameter("until", until)
                .getResultList()) {
            municipalities.computeIfAbsent((Long) m[0], p -> new ArrayList<>()).add((String) m[1]);
        }
        int count = 0;
        for (Object[] p : em.createQuery(
                        "select p.id, p.titles.fi, p.legalBasis, p.authorship.createdAt, p.sharing.sharedAt,"
                                + " p.adoption.revisionDue"
                                + " from Programme p"
                                + " where p.authorship.createdAt < :until order by p.id",
                        Object[].class)
                .setParameter("until", until)
                .getResultList()) {
            long programmeId = (Long) p[0];
            var figures = ProgrammeTimeline.at(
                    programmeId,
                    (String) p[1],
                    (LegalBasis) p[2],
                    (OffsetDateTime) p[3],
                    (OffsetDateTime) p[4],
                    timelines.getOrDefault(programmeId, List.of()),
                    periodStart,
                    until,
                    reviewDueDays,
                    ClockProducer.FINLAND,
                    (java.time.LocalDate) p[5]);
            if (figures.isEmpty()) {
                continue;
            }
            count++;
            for (String code : municipalities.getOrDefault(programmeId, List.of())) {
                em.persist(new SnapshotProgramme(id, code, figures.get()));
            }
        }
        return count;
    }

    /**
     * Every request of the places rounds whose year of places is the period's year, with the answer as it stands
     * (the first answer's day in Finland, lateness, places per group) and the number of the round's reminders that
     * went to the municipality.
     */
    private int placesRounds(long id, ReportPeriod period) {
        Map<String, Integer> reminders = new HashMap<>();
        for (Object[] r : em.createQuery(
                        "select r.round.id, c from PlacesReminder r join r.municipalityCodes c"
                                + " where r.round.year = :year",
                        Object[].class)
                .setParameter("year", period.year())
                .getResultList()) {
            reminders.merge(r[0] + "/" + r[1], 1, Integer::sum);
        }
        int count = 0;
        for (PlacesRequest r : em.createQuery(
                        "select r from PlacesRequest r join fetch r.round"
                                + " where r.round.year = :year order by r.round.id, r.municipality.code",
                        PlacesRequest.class)
                .setParameter("year", period.year())
                .getResultList()) {
            PlacesRound round = r.getRound();
            String code = r.getMunicipality().getCode();
            LocalDate answeredOn = r.getAnsweredAt() == null
                    ? null
                    : r.getAnsweredAt().atZoneSameInstant(ClockProducer.FINLAND).toLocalDate();
            em.persist(new SnapshotPlacesRound(
                    id,
                    round.getId(),
                    code,
                    round.getAuthority().getId(),
                    round.getDeadline(),
                    answeredOn,
                    r.isAnsweredLate(),
                    r.isAnswered() ? r.getPlaces().asMap() : Map.of(),
                    reminders.getOrDefault(round.getId() + "/" + code, 0)));
            count++;
        }
        return count;
    }
}
