package fi.koto.placement.boundary;

import fi.koto.access.control.AccessScope;
import fi.koto.access.control.CurrentUser;
import fi.koto.access.control.Permission;
import fi.koto.agreement.control.AgreementRegister;
import fi.koto.agreement.entity.AnnualPlaces;
import fi.koto.agreement.entity.TargetGroup;
import fi.koto.audit.control.AuditTrail;
import fi.koto.placement.control.CompensationCalculator;
import fi.koto.placement.control.PlacementRegister;
import fi.koto.placement.control.PlacementSearch;
import fi.koto.placement.control.PlacementUpsert;
import fi.koto.placement.control.UtilisationCalculator;
import fi.koto.placement.control.UtilisationTotals;
import fi.koto.placement.entity.RealisedPlacement;
import fi.koto.placement.entity.Recipient;
import fi.koto.platform.failure.InvalidInputException;
import fi.koto.platform.failure.NotFoundException;
import fi.koto.platform.failure.Reason;
import fi.koto.platform.i18n.Messages;
import fi.koto.platform.i18n.SupportedLanguage;
import fi.koto.platform.validation.RequestValidation;
import fi.koto.reference.entity.Municipality;
import fi.koto.reference.entity.RegionalAuthority;
import fi.koto.reference.entity.WellbeingCounty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Realised placements (hand entry, one row at a time, as an upsert), the utilisation of agreed places and the
 * compensation estimate. Every read and write goes through the caller's scope.
 */
@Stateless
public class Placements {

    static final YearMonth FIRST_MONTH = YearMonth.of(2000, 1);
    public static final int MAX_PERSONS = 100_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    PlacementRegister placements;

    @Inject
    PlacementUpsert upsert;

    @Inject
    AgreementRegister agreements;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestValidation validation;

    @Inject
    AuditTrail audit;

    @Inject
    Event<PlacementRecorded> recorded;

    @Inject
    Clock clock;

    @RolesAllowed(Permission.Names.PLACEMENTS_IMPORT)
    public PlacementView record(PlacementEntry entry) {
        if (entry == null) {
            throw new InvalidInputException("request.body.required");
        }
        LocalDate today = LocalDate.now(clock);
        List<Reason> problems = new ArrayList<>();
        String code =
                entry.municipalityCode() == null ? "" : entry.municipalityCode().trim();
        if (agreements.municipality(code, currentUser.scope(), today).isEmpty()) {
            problems.add(Reason.of("placement.municipality.unknown", code));
        }
        YearMonth month = null;
        try {
            month = entry.month() != null && entry.month().trim().matches("\\d{4}-\\d{2}")
                    ? YearMonth.parse(entry.month().trim())
                    : null;
        } catch (DateTimeParseException e) {
            month = null;
        }
        if (month == null || month.isBefore(FIRST_MONTH) || month.isAfter(YearMonth.now(clock))) {
            problems.add(Reason.of("placement.month.invalid", String.valueOf(entry.month())));
            month = null;
        }
        TargetGroup group = null;
        try {
            group = TargetGroup.valueOf(
                    String.valueOf(entry.targetGroup()).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(Reason.of("targetGroup.unknown", String.valueOf(entry.targetGroup())));
        }
        int persons = entry.persons() == null ? -1 : entry.persons();
        int under7 = entry.under7() == null ? 0 : entry.under7();
        List<Reason> personsProblems = validation.reasons(entry);
        problems.addAll(personsProblems);
        if (personsProblems.isEmpty() && (under7 < 0 || under7 > persons)) {
            problems.add(Reason.of("placement.under7.invalid", String.valueOf(under7), persons));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean selfSettled = Boolean.TRUE.equals(entry.selfSettled());
        PlacementUpsert.Written written = upsert.upsert(code, month, group, selfSettled, persons, under7);
        RealisedPlacement row = written.row();
        String before = written.before();
        em.flush();
        String actor = currentUser.username();
        audit.record(
                actor,
                "PLACEMENT_RECORDED",
                "RealisedPlacement",
                String.valueOf(row.getId()),
                code + " " + month + " " + group + (selfSettled ? " self-settled" : "") + ": " + before + " -> "
                        + persons + "/" + under7);
        recorded.fire(new PlacementRecorded(code, month.toString(), group.name(), selfSettled, persons, under7, actor));
        return PlacementView.of(row);
    }

    /**
     * One row per municipality in scope that has places agreed for the year or realised placements in it,
     * optionally only those an authority serves today or one municipality.
     */
    @RolesAllowed(Permission.Names.AGREEMENT_READ)
    public List<UtilisationRow> utilisation(Integer year, String authorityCode, String municipalityCode) {
        int y = year(year);
        return utilisations(y, authorityCode, municipalityCode, LocalDate.now(clock)).stream()
                .map(m -> UtilisationRow.of(m.code(), m.name(), m.utilisation()))
                .toList();
    }

    /**
     * The year's utilisation of every municipality in scope, with totals per authority serving them today and
     * over all of them (nationally, for those who see everything).
     */
    @RolesAllowed(Permission.Names.AGREEMENT_READ)
    public UtilisationSummary utilisationSummary(Integer year) {
        int y = year(year);
        LocalDate today = LocalDate.now(clock);
        List<MunicipalityUtilisation> municipalities = utilisations(y, null, null, today);
        Map<String, RegionalAuthority> serving = placements.servingAuthorities(
                municipalities.stream().map(MunicipalityUtilisation::code).collect(Collectors.toSet()), today);
        Map<String, RegionalAuthority> byCode = new HashMap<>();
        serving.values().forEach(a -> byCode.put(a.getCode(), a));
        List<UtilisationTotals.Member> members = municipalities.stream()
                .map(m -> new UtilisationTotals.Member(
                        serving.containsKey(m.code()) ? serving.get(m.code()).getCode() : null, m.utilisation()))
                .toList();
        List<UtilisationSummary.Total> authorities = UtilisationTotals.byGroup(y, members, today).stream()
                .map(t -> UtilisationSummary.Total.of(t, byCode.get(t.key())))
                .toList();
        var total = UtilisationTotals.total(
                null,
                y,
                municipalities.stream()
                        .map(MunicipalityUtilisation::utilisation)
                        .toList(),
                today);
        return new UtilisationSummary(
                y,
                municipalities.stream()
                        .map(m -> UtilisationRow.of(m.code(), m.name(), m.utilisation()))
                        .toList(),
                authorities,
                UtilisationSummary.Total.of(total, null));
    }

    private record MunicipalityUtilisation(String code, String name, UtilisationCalculator.Utilisation utilisation) {}

    private List<MunicipalityUtilisation> utilisations(
            int y, String authorityCode, String municipalityCode, LocalDate today) {
        AccessScope scope = currentUser.scope();
        String onlyMunicipality = blank(municipalityCode) ? null : municipalityCode.trim();
        Set<String> served = blank(authorityCode)
                ? null
                : placements.servedBy(authorityCode.trim().toUpperCase(Locale.ROOT), today);
        Map<String, Map<TargetGroup, Integer>> agreed = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        for (AnnualPlaces places : agreements.agreedPlaces(y, scope, today)) {
            String code = places.getAgreement().getMunicipality().getCode();
            names.put(code, places.getAgreement().getMunicipality().getNameFi());
            places.places()
                    .forEach((group, count) -> agreed.computeIfAbsent(code, c -> new EnumMap<>(TargetGroup.class))
                            .merge(group, count, Integer::sum));
        }
        Map<String, Map<TargetGroup, Integer>> realised = new TreeMap<>();
        Map<String, Map<TargetGroup, Integer>> selfSettled = new TreeMap<>();
        for (var sum :
                placements.realisedSums(YearMonth.of(y, 1), YearMonth.of(y, 12), onlyMunicipality, scope, today)) {
            (sum.selfSettled() ? selfSettled : realised)
                    .computeIfAbsent(sum.municipalityCode(), c -> new EnumMap<>(TargetGroup.class))
                    .merge(sum.group(), sum.persons(), Integer::sum);
        }
        Set<String> codes = new java.util.TreeSet<>(agreed.keySet());
        codes.addAll(realised.keySet());
        codes.addAll(selfSettled.keySet());
        List<MunicipalityUtilisation> rows = new ArrayList<>();
        for (String code : codes) {
            if ((onlyMunicipality != null && !onlyMunicipality.equals(code))
                    || (served != null && !served.contains(code))) {
                continue;
            }
            String name = names.computeIfAbsent(code, c -> {
                Municipality m = em.find(Municipality.class, c);
                return m == null ? c : m.getNameFi();
            });
            rows.add(new MunicipalityUtilisation(
                    code,
                    name,
                    UtilisationCalculator.of(y, agreed.get(code), realised.get(code), selfSettled.get(code), today)));
        }
        return rows;
    }

    /** One page of realised placements in scope, for the paged list of the pages. */
    @RolesAllowed(Permission.Names.AGREEMENT_READ)
    public List<PlacementView> search(PlacementSearch search) {
        return placements.search(search, currentUser.scope(), LocalDate.now(clock)).stream()
                .map(PlacementView::of)
                .toList();
    }

    @RolesAllowed(Permission.Names.AGREEMENT_READ)
    public long count(PlacementSearch search) {
        return placements.count(search, currentUser.scope(), LocalDate.now(clock));
    }

    /**
     * The estimate for a municipality in scope, per recipient (docs/domain.md, "Compensation"); 404 for one
     * outside it. A mainland municipality's share and its wellbeing services county's share (the City of Helsinki
     * receives both); an Åland municipality's share at Åland's rates.
     */
    @RolesAllowed(Permission.Names.AGREEMENT_READ)
    public EstimateView estimate(String municipalityCode, Integer year) {
        int y = year(year);
        LocalDate today = LocalDate.now(clock);
        AccessScope scope = currentUser.scope();
        String code = blank(municipalityCode) ? null : municipalityCode.trim();
        if (code == null) {
            throw new InvalidInputException("input.required", "municipality");
        }
        Municipality municipality = agreements
                .municipality(code, scope, today)
                .orElseThrow(() -> new NotFoundException("placement.municipality.notFound", code));
        var calculator = placements.calculator();
        List<CompensationCalculator.Placed> placed = placed(code, y, scope, today);
        Recipient own = municipality.isAland() ? Recipient.ALAND_MUNICIPALITY : Recipient.MUNICIPALITY;
        var estimate = calculator.estimate(y, placed, own);
        List<CompensationCalculator.Estimate> shares = new ArrayList<>();
        List<EstimateView.Receiver> receivers = new ArrayList<>();
        shares.add(estimate);
        receivers.add(
                new EstimateView.Receiver(municipality.getCode(), municipality.getNameFi(), municipality.getNameSv()));
        WellbeingCounty county = municipality.getWellbeingCounty();
        if (!municipality.isAland() && county != null) {
            shares.add(calculator.estimate(y, placed, Recipient.WELLBEING_COUNTY));
            receivers.add(
                    WellbeingCounty.HELSINKI.equals(county.getCode())
                            ? new EstimateView.Receiver(
                                    municipality.getCode(), municipality.getNameFi(), municipality.getNameSv())
                            : new EstimateView.Receiver(county.getCode(), county.getNameFi(), county.getNameSv()));
        }
        return EstimateView.of(
                municipality.getCode(),
                estimate,
                shares,
                receivers,
                calculator.transitions(),
                Messages.text(language(), "compensation.method"));
    }

    /**
     * A wellbeing services county's share for the persons placed in those of its municipalities the caller may
     * see; 404 when the county is unknown or none of its municipalities is in scope.
     */
    @RolesAllowed(Permission.Names.AGREEMENT_READ)
    public CountyEstimateView countyEstimate(String countyCode, Integer year) {
        int y = year(year);
        LocalDate today = LocalDate.now(clock);
        AccessScope scope = currentUser.scope();
        String code = countyCode.trim();
        WellbeingCounty county = em.find(WellbeingCounty.class, code);
        List<Municipality> visible = county == null
                ? List.of()
                : em.createQuery(
                                "select m from Municipality m where m.wellbeingCounty.code = :c order by m.code",
                                Municipality.class)
                        .setParameter("c", code)
                        .getResultStream()
                        .filter(m -> agreements
                                .municipality(m.getCode(), scope, today)
                                .isPresent())
                        .toList();
        if (visible.isEmpty()) {
            throw new NotFoundException("compensation.county.notFound", code);
        }
        var calculator = placements.calculator();
        List<CountyEstimateView.MunicipalityShare> lines = new ArrayList<>();
        java.util.Set<CompensationCalculator.Rate> rates = new java.util.LinkedHashSet<>();
        java.math.BigDecimal total = java.math.BigDecimal.ZERO.setScale(2);
        for (Municipality m : visible) {
            var share = calculator.estimate(y, placed(m.getCode(), y, scope, today), Recipient.WELLBEING_COUNTY);
            rates.addAll(share.ratesApplied());
            long over = share.byGroup().stream()
                    .mapToLong(CompensationCalculator.GroupLine::personMonths7OrOver)
                    .sum();
            long under = share.byGroup().stream()
                    .mapToLong(CompensationCalculator.GroupLine::personMonthsUnder7)
                    .sum();
            lines.add(new CountyEstimateView.MunicipalityShare(
                    m.getCode(), m.getNameFi(), m.getNameSv(), over, under, share.total()));
            total = total.add(share.total());
        }
        return new CountyEstimateView(
                county.getCode(),
                county.getNameFi(),
                county.getNameSv(),
                county.getNameEn(),
                y,
                "EUR",
                total,
                lines,
                rates.stream()
                        .map(r -> new EstimateView.RateApplied(
                                r.targetGroup(),
                                r.ageBand().name(),
                                r.annualAmount(),
                                r.validFrom(),
                                r.validTo(),
                                r.recipient().name(),
                                r.source()))
                        .toList(),
                EstimateView.transitions(calculator.transitions()));
    }

    private List<CompensationCalculator.Placed> placed(String code, int y, AccessScope scope, LocalDate today) {
        return placements.realised(FIRST_MONTH, YearMonth.of(y, 12), code, scope, today).stream()
                .map(r -> new CompensationCalculator.Placed(
                        r.getMonth(), r.getTargetGroup(), r.getPersons(), r.getUnder7()))
                .toList();
    }

    private SupportedLanguage language() {
        return currentUser.language();
    }

    private static int year(Integer year) {
        if (year == null || year < 2000 || year > 2100) {
            throw new InvalidInputException("places.year.invalid", String.valueOf(year));
        }
        return year;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
