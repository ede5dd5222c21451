package fi.koto.dashboard.boundary;

import fi.koto.access.control.CurrentUser;
import fi.koto.access.control.Permission;
import fi.koto.access.control.Role;
import fi.koto.placement.boundary.Placements;
import fi.koto.placement.boundary.UtilisationSummary;
import fi.koto.platform.i18n.Messages;
import fi.koto.platform.i18n.SupportedLanguage;
import fi.koto.programme.boundary.ProgrammeJson;
import fi.koto.programme.boundary.Programmes;
import fi.koto.programme.control.ProgrammeSearch;
import fi.koto.programme.entity.ProgrammeStatus;
import fi.koto.reference.boundary.Municipalities;
import fi.koto.reference.control.MunicipalitySearch;
import fi.koto.reference.control.MunicipalityView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures each role's home page shows, read only through the scoped boundaries of the other components (the
 * one scope layer), in the language asked for:
 * <ul>
 * <li>manager: places agreed vs assigned this year by authority; open and overdue reviews by authority;</li>
 * <li>official: their authority's review work (waiting, in review, overdue); places agreed vs assigned per year
 * for their municipalities;</li>
 * <li>coordinator: places agreed vs assigned per year for their municipalities; their programmes by state.</li>
 * </ul>
 * "Per year" is from three years back to next year. A review is overdue when its due day has passed (the rule of
 * the programme list). Administrators have no dashboard.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Dashboards {

    /** Years shown before this year in the per-year charts (and next year after it). */
    static final int YEARS_BACK = 3;

    @Inject
    CurrentUser currentUser;

    @Inject
    Placements placements;

    @Inject
    Programmes programmes;

    @Inject
    Municipalities municipalities;

    @Inject
    Clock clock;

    /** The caller's dashboard in {@code language} (fi, sv, en; the caller's own language when null). */
    @RolesAllowed(Permission.Names.VIEW_MUNICIPALITIES)
    public Dashboard dashboard(String language) {
        SupportedLanguage lang =
                language == null || language.isBlank() ? currentUser.language() : SupportedLanguage.parse(language);
        Role role = currentUser.role().orElse(null);
        List<MunicipalityView> visible = municipalities.search(MunicipalitySearch.all());
        List<String> codes =
                visible.stream().map(MunicipalityView::code).sorted().toList();
        LocalDate today = LocalDate.now(clock);
        List<Dashboard.Chart> charts = new ArrayList<>();
        if (role == Role.MANAGER) {
            charts.add(utilisationByAuthority(lang, today.getYear()));
            charts.add(reviewsByAuthority(lang, visible, today));
        } else if (role == Role.OFFICIAL) {
            charts.add(reviewWork(lang, today));
            charts.add(placesByYear(lang, today.getYear()));
        } else if (role == Role.COORDINATOR) {
            charts.add(placesByYear(lang, today.getYear()));
            charts.add(programmeStates(lang));
        }
        return new Dashboard(role == null ? null : role.name(), lang.code(), codes, charts);
    }

    private Dashboard.Chart utilisationByAuthority(SupportedLanguage lang, int year) {
        List<Dashboard.Bar> bars = new ArrayList<>();
        for (UtilisationSummary.Total t : placements.utilisationSummary(year).authorities()) {
            String label = t.authorityCode() == null ? text(lang, "dashboard.noAuthority") : t.name(lang.code());
            bars.add(new Dashboard.Bar(
                    t.authorityCode() == null ? "-" : t.authorityCode(),
                    label,
                    List.of((long) t.figures().agreed().total(), (long)
                            t.figures().realised().total())));
        }
        return new Dashboard.Chart(
                "utilisationByAuthority",
                text(lang, "dashboard.utilisationByAuthority", year),
                text(lang, "dashboard.authority"),
                placesSeries(lang),
                bars);
    }

    private Dashboard.Chart reviewsByAuthority(
            SupportedLanguage lang, List<MunicipalityView> visible, LocalDate today) {
        Map<String, String[]> authorityOf = new LinkedHashMap<>();
        for (MunicipalityView m : visible) {
            authorityOf.put(
                    m.code(),
                    m.authority() == null
                            ? new String[] {"-", text(lang, "dashboard.noAuthority")}
                            : new String[] {m.authority().code(), m.authority().name(lang.code())});
        }
        Map<String, long[]> counts = new java.util.TreeMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (ProgrammeJson.Summary p : openReviews()) {
            // a joint programme counts once per authority it reaches
            java.util.Set<String> authorities = new java.util.TreeSet<>();
            for (String code : p.municipalityCodes()) {
                String[] a = authorityOf.get(code);
                if (a != null) {
                    authorities.add(a[0]);
                    labels.put(a[0], a[1]);
                }
            }
            for (String a : authorities) {
                long[] n = counts.computeIfAbsent(a, k -> new long[2]);
                n[0]++;
                n[1] += overdue(p, today) ? 1 : 0;
            }
        }
        List<Dashboard.Bar> bars = new ArrayList<>();
        counts.forEach((code, n) -> bars.add(new Dashboard.Bar(code, labels.get(code), List.of(n[0], n[1]))));
        bars.sort(java.util.Comparator.comparing(Dashboard.Bar::label));
        return new Dashboard.Chart(
                "reviewsByAuthority",
                text(lang, "dashboard.reviewsByAuthority"),
                text(lang, "dashboard.authority"),
                List.of(text(lang, "dashboard.series.openReviews"), text(lang, "dashboard.series.overdueReviews")),
                bars);
    }

    private Dashboard.Chart reviewWork(SupportedLanguage lang, LocalDate today) {
        long submitted = 0;
        long inReview = 0;
        long overdue = 0;
        for (ProgrammeJson.Summary p : openReviews()) {
            if (ProgrammeStatus.SUBMITTED.name().equals(p.status())) {
                submitted++;
            } else {
                inReview++;
            }
            overdue += overdue(p, today) ? 1 : 0;
        }
        return new Dashboard.Chart(
                "reviewWork",
                text(lang, "dashboard.reviewWork"),
                text(lang, "dashboard.review"),
                List.of(text(lang, "dashboard.series.programmes")),
                List.of(
                        new Dashboard.Bar("SUBMITTED", text(lang, "dashboard.review.waiting"), List.of(submitted)),
                        new Dashboard.Bar("IN_REVIEW", text(lang, "dashboard.review.inReview"), List.of(inReview)),
                        new Dashboard.Bar("OVERDUE", text(lang, "dashboard.review.overdue"), List.of(overdue))));
    }

    private Dashboard.Chart placesByYear(SupportedLanguage lang, int thisYear) {
        List<Dashboard.Bar> bars = new ArrayList<>();
        for (int year = thisYear - YEARS_BACK; year <= thisYear + 1; year++) {
            var total = placements.utilisationSummary(year).total().figures();
            bars.add(new Dashboard.Bar(
                    String.valueOf(year),
                    String.valueOf(year),
                    List.of((long) total.agreed().total(), (long)
                            total.realised().total())));
        }
        return new Dashboard.Chart(
                "placesByYear",
                text(lang, "dashboard.placesByYear"),
                text(lang, "dashboard.year"),
                placesSeries(lang),
                bars);
    }

    private Dashboard.Chart programmeStates(SupportedLanguage lang) {
        List<Dashboard.Bar> bars = new ArrayList<>();
        for (ProgrammeStatus status : ProgrammeStatus.values()) {
            long count = programmes.count(new ProgrammeSearch(status, null, 0, 1, null, true));
            bars.add(new Dashboard.Bar(status.name(), text(lang, "programme.status." + status.name()), List.of(count)));
        }
        return new Dashboard.Chart(
                "programmeStates",
                text(lang, "dashboard.programmeStates"),
                text(lang, "dashboard.state"),
                List.of(text(lang, "dashboard.series.programmes")),
                bars);
    }

    /** The programmes in scope awaiting or in review, page by page. */
    private List<ProgrammeJson.Summary> openReviews() {
        List<ProgrammeJson.Summary> open = new ArrayList<>();
        for (ProgrammeStatus status : List.of(ProgrammeStatus.SUBMITTED, ProgrammeStatus.IN_REVIEW)) {
            int offset = 0;
            List<ProgrammeJson.Summary> page;
            do {
                page = programmes.search(new ProgrammeSearch(
                        status, null, offset, ProgrammeSearch.MAX_LIMIT, ProgrammeSearch.SortField.CHANGED, true));
                open.addAll(page);
                offset += page.size();
            } while (page.size() == ProgrammeSearch.MAX_LIMIT);
        }
        return open;
    }

    private static boolean overdue(ProgrammeJson.Summary p, LocalDate today) {
        return Optional.ofNullable(p.reviewDue()).map(today::isAfter).orElse(false);
    }

    private static List<String> placesSeries(SupportedLanguage lang) {
        return List.of(text(lang, "dashboard.series.agreed"), text(lang, "dashboard.series.assigned"));
    }

    private static String text(SupportedLanguage lang, String key, Object... args) {
        return Messages.text(lang, key, args);
    }
}
