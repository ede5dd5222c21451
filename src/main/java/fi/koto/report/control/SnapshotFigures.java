package fi.koto.report.control;

import fi.koto.agreement.entity.TargetGroup;
import fi.koto.platform.i18n.SupportedLanguage;
import fi.koto.programme.control.ProgrammeCatalog;
import fi.koto.reference.control.ScopeFilter;
import fi.koto.reference.entity.Municipality;
import fi.koto.reference.entity.RegionalAuthority;
import fi.koto.report.entity.SnapshotCompensation;
import fi.koto.report.entity.SnapshotPlaces;
import fi.koto.report.entity.SnapshotPlacesRound;
import fi.koto.report.entity.SnapshotProgramme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Reads a snapshot's figures, every query restricted to the reader's scope through {@link ScopeFilter} (the one
 * scope layer), so a report never holds a municipality its reader could not see in the lists.
 */
@ApplicationScoped
public class SnapshotFigures {

    /** Placements summed per municipality, target group and (for monthly rows) month. */
    public record Placed(
            String municipalityCode, LocalDate month, TargetGroup group, long assigned, long selfSettled, long under7) {

        public long total() {
            return assigned + selfSettled;
        }

        boolean sameKey(Placed other) {
            return municipalityCode.equals(other.municipalityCode)
                    && group == other.group
                    && java.util.Objects.equals(month, other.month);
        }

        Placed plus(Placed other) {
            return new Placed(
                    municipalityCode,
                    month,
                    group,
                    assigned + other.assigned,
                    selfSettled + other.selfSettled,
                    under7 + other.under7);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    SnapshotPages pages;

    /**
     * Placements from {@code from} to {@code to} per municipality and group, by municipality code and group; read
     * once per report.
     */
    public List<Placed> placements(ReportContext c, YearMonth from, YearMonth to) {
        Future<List<Tuple>> rows = totalRows(c, from, to); // outside the computing below: the map is not reentrant
        return c.shared(new Totals(from, to), () -> {
            List<Placed> placed = new ArrayList<>();
            merged(MunicipalityPages.rowsOf(rows), false, placed::add);
            return List.copyOf(placed);
        });
    }

    /**
     * Starts reading, each on a thread of its own, the totals of {@link #placements} and the first page of
     * {@link #placementMonths}, for sections written later: what comes before them is written meanwhile.
     */
    public void readAhead(ReportContext c, YearMonth from, YearMonth to, int pageSize) {
        totalRows(c, from, to);
        firstMonthPage(c, from, to, monthPageLimit(from, to, pageSize));
    }

    /**
     * Placements per municipality, month and group, by municipality code, month and group, handed to
     * {@code sink} one by one; read a page of about {@code pageSize} rows at a time, so memory does not grow with
     * the period or the number of municipalities.
     *
     * <p>Keyset pages ({@link MunicipalityPages}): offset pages made the database skip all earlier rows again for
     * every page (a fifth of the national year's job). Each page is read by {@link SnapshotPages} on a thread of
     * its own while the previous one is handed on.
     */
    public void placementMonths(ReportContext c, YearMonth from, YearMonth to, int pageSize, Consumer<Placed> sink) {
        MunicipalityPages.read(
                monthPageLimit(from, to, pageSize),
                (first, max) ->
                        first == null ? firstMonthPage(c, from, to, max) : pages.monthRows(c, from, to, first, max),
                t -> t.get(0, String.class),
                rows -> merged(rows, true, sink));
    }

    private static int monthPageLimit(YearMonth from, YearMonth to, int pageSize) {
        long months = from.until(to, ChronoUnit.MONTHS) + 1;
        // a municipality has at most one row per month, group and self-settled flag: a page must hold more
        return (int) Math.max(pageSize, months * TargetGroup.values().length * 2 + 1);
    }

    private Future<List<Tuple>> firstMonthPage(ReportContext c, YearMonth from, YearMonth to, int limit) {
        return c.shared(new FirstMonthPage(from, to, limit), () -> pages.monthRows(c, from, to, null, limit));
    }

    private Future<List<Tuple>> totalRows(ReportContext c, YearMonth from, YearMonth to) {
        return c.shared(new TotalRows(from, to), () -> pages.totalRows(c, from, to));
    }

    /** The keys of figures shared by the sections of one report. */
    private record Totals(YearMonth from, YearMonth to) {}

    private record TotalRows(YearMonth from, YearMonth to) {}

    private record FirstMonthPage(YearMonth from, YearMonth to, int limit) {}

    /** Hands on the rows (code, group, self-settled, persons, under 7[, month]) with the two flags of a key merged. */
    private static void merged(List<Tuple> rows, boolean byMonth, Consumer<Placed> sink) {
        Placed held = null;
        for (Tuple t : rows) {
            long persons = number(t.get(3));
            boolean self = Boolean.TRUE.equals(t.get(2));
            Placed next = new Placed(
                    t.get(0, String.class),
                    byMonth ? t.get(5, LocalDate.class) : null,
                    t.get(1, TargetGroup.class),
                    self ? 0 : persons,
                    self ? persons : 0,
                    number(t.get(4)));
            if (held != null && held.sameKey(next)) {
                held = held.plus(next);
            } else {
                if (held != null) {
                    sink.accept(held);
                }
                held = next;
            }
        }
        if (held != null) {
            sink.accept(held);
        }
    }

    /** Places agreed for the year, by municipality code and group. */
    public List<SnapshotPlaces> places(ReportContext c) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<SnapshotPlaces> q = cb.createQuery(SnapshotPlaces.class);
        Root<SnapshotPlaces> p = q.from(SnapshotPlaces.class);
        q.select(p)
                .where(
                        cb.equal(p.get("snapshotId"), c.snapshotId()),
                        ScopeFilter.municipalityCode(cb, q, p.get("municipalityCode"), c.scope(), c.scopeDate()))
                .orderBy(cb.asc(p.get("municipalityCode")), cb.asc(p.get("targetGroup")));
        return em.createQuery(q).getResultList();
    }

    /** The compensation estimate by municipality code and group. */
    public List<SnapshotCompensation> compensation(ReportContext c) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<SnapshotCompensation> q = cb.createQuery(SnapshotCompensation.class);
        Root<SnapshotCompensation> r = q.from(SnapshotCompensation.class);
        q.select(r)
                .where(
                        cb.equal(r.get("snapshotId"), c.snapshotId()),
                        ScopeFilter.municipalityCode(cb, q, r.get("municipalityCode"), c.scope(), c.scopeDate()))
                .orderBy(cb.asc(r.get("municipalityCode")), cb.asc(r.get("targetGroup")));
        return em.createQuery(q).getResultList();
    }

    /** A wellbeing services county (or the City of Helsinki) by name in the three languages. */
    public record County(String code, String nameFi, String nameSv, String nameEn) {

        public String name(SupportedLanguage language) {
            return switch (language) {
                case SV -> nameSv;
                case EN -> nameEn;
                default -> nameFi;
            };
        }
    }

    /** Each mainland municipality's wellbeing services county by municipality code (public reference data). */
    public Map<String, County> counties() {
        Map<String, County> counties = new java.util.HashMap<>();
        for (Object[] r : em.createQuery(
                        "select m.code, w.code, w.nameFi, w.nameSv, w.nameEn from Municipality m join m.wellbeingCounty w",
                        Object[].class)
                .getResultList()) {
            counties.put((String) r[0], new County((String) r[1], (String) r[2], (String) r[3], (String) r[4]));
        }
        return counties;
    }

    /** Programmes by municipality code, title and id; drafts private at the period's end only for their own. */
    public List<SnapshotProgramme> programmes(ReportContext c) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<SnapshotProgramme> q = cb.createQuery(SnapshotProgramme.class);
        Root<SnapshotProgramme> r = q.from(SnapshotProgramme.class);
        q.select(r)
                .where(
                        cb.equal(r.get("snapshotId"), c.snapshotId()),
                        ScopeFilter.municipalityCode(cb, q, r.get("municipalityCode"), c.scope(), c.scopeDate()),
                        ProgrammeCatalog.notPrivateDraft(
                                cb, r.get("status"), cb.isTrue(r.get("sharedForGuidance")), c.scope()))
                .orderBy(cb.asc(r.get("municipalityCode")), cb.asc(r.get("title")), cb.asc(r.get("programmeId")));
        return em.createQuery(q).getResultList();
    }

    /** The places round requests of the period's year, by municipality code and round. */
    public List<SnapshotPlacesRound> placesRounds(ReportContext c) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<SnapshotPlacesRound> q = cb.createQuery(SnapshotPlacesRound.class);
        Root<SnapshotPlacesRound> r = q.from(SnapshotPlacesRound.class);
        q.select(r)
                .where(
                        cb.equal(r.get("snapshotId"), c.snapshotId()),
                        ScopeFilter.municipalityCode(cb, q, r.get("municipalityCode"), c.scope(), c.scopeDate()))
                .orderBy(cb.asc(r.get("municipalityCode")), cb.asc(r.get("roundId")));
        return em.createQuery(q).getResultList();
    }

    /** The name of every regional authority in the language, by id. */
    public Map<Long, String> authorityNames(SupportedLanguage language) {
        Map<Long, String> names = new HashMap<>();
        for (RegionalAuthority a : em.createQuery("select a from RegionalAuthority a", RegionalAuthority.class)
                .getResultList()) {
            names.put(a.getId(), a.name(language.code()));
        }
        return names;
    }

    /** The mainland municipalities in scope (Åland arranges integration under its own law), by code. */
    public List<String> mainlandMunicipalities(ReportContext c) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<String> q = cb.createQuery(String.class);
        Root<Municipality> m = q.from(Municipality.class);
        ParameterExpression<Boolean> no = cb.parameter(Boolean.class, "no");
        q.select(m.get("code"))
                .where(cb.equal(m.get("aland"), no), ScopeFilter.municipality(cb, q, m, c.scope(), c.scopeDate()))
                .orderBy(cb.asc(m.get("code")));
        return em.createQuery(q).setParameter(no, false).getResultList();
    }

    /** Every municipality's names and the authority serving it on {@code day}, in the language. */
    public ReferenceNames names(SupportedLanguage language, LocalDate day) {
        Map<String, String[]> authorities = new HashMap<>();
        for (Object[] a : em.createQuery(
                        "select s.municipality.code, a.nameFi, a.nameSv, a.nameEn from ServiceArea s"
                                + " join s.authority a where s.validFrom <= :day and (s.validTo is null or s.validTo >= :day)",
                        Object[].class)
                .setParameter("day", day)
                .getResultList()) {
            authorities.put((String) a[0], new String[] {(String) a[1], (String) a[2], (String) a[3]});
        }
        Map<String, ReferenceNames.Names> names = new HashMap<>();
        for (Municipality m : em.createQuery("select m from Municipality m", Municipality.class)
                .getResultList()) {
            String[] a = authorities.getOrDefault(m.getCode(), new String[3]);
            names.put(
                    m.getCode(),
                    new ReferenceNames.Names(m.getNameFi(), m.getNameSv(), m.getNameSe(), a[0], a[1], a[2]));
        }
        return new ReferenceNames(names, language);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
