package fi.koto.reference.control;

import fi.koto.access.control.AccessScope;
import fi.koto.reference.entity.Municipality;
import fi.koto.reference.entity.ServiceArea;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Scoped, paged queries over municipalities, done in the database. */
@ApplicationScoped
public class MunicipalityCatalog {

    @PersistenceContext
    EntityManager em;

    public List<MunicipalityView> search(AccessScope scope, MunicipalitySearch search, LocalDate on) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var query = cb.createQuery(Municipality.class);
        Root<Municipality> m = query.from(Municipality.class);
        m.fetch("region");
        query.select(m).where(restriction(cb, query, m, scope, search.text(), on));
        var sortPath = search.sort() == MunicipalitySearch.SortField.REGION
                ? m.get("region").get("code")
                : m.get(search.sort().path);
        query.orderBy(search.ascending() ? cb.asc(sortPath) : cb.desc(sortPath), cb.asc(m.get("code")));
        List<Municipality> page = em.createQuery(query)
                .setFirstResult(search.offset())
                .setMaxResults(search.limit())
                .getResultList();
        Map<String, AuthorityView> serving = servingAuthorities(codes(page), on);
        List<MunicipalityView> views = new ArrayList<>(page.size());
        for (Municipality municipality : page) {
            views.add(view(municipality, serving.get(municipality.getCode())));
        }
        return views;
    }

    public long count(AccessScope scope, String text, LocalDate on) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        Root<Municipality> m = query.from(Municipality.class);
        query.select(cb.count(m)).where(restriction(cb, query, m, scope, text == null ? "" : text.trim(), on));
        return em.createQuery(query).getSingleResult();
    }

    /** Whether the scope covers the municipality; unknown codes are not visible. */
    public boolean isVisible(AccessScope scope, String code, LocalDate on) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        Root<Municipality> m = query.from(Municipality.class);
        query.select(cb.count(m))
                .where(cb.equal(m.get("code"), code), ScopeFilter.municipality(cb, query, m, scope, on));
        return em.createQuery(query).getSingleResult() > 0;
    }

    /**
     * The names of every municipality by code. Names are public reference data: a page uses them to name the
     * municipalities of an object the caller already reads in scope (a joint programme's other municipalities).
     */
    public Map<String, MunicipalityName> names() {
        Map<String, MunicipalityName> result = new HashMap<>();
        em.createQuery("select m.code, m.nameFi, m.nameSv from Municipality m", Object[].class)
                .getResultList()
                .forEach(row -> result.put(
                        (String) row[0], new MunicipalityName((String) row[0], (String) row[1], (String) row[2])));
        return result;
    }

    /** The authority serving each of the given municipalities on the date; municipalities in Åland have none. */
    public Map<String, AuthorityView> servingAuthorities(Collection<String> codes, LocalDate on) {
        Map<String, AuthorityView> result = new HashMap<>();
        if (codes.isEmpty()) {
            return result;
        }
        em.createQuery(
                        "select s from ServiceArea s join fetch s.authority where s.municipality.code in :codes"
                                + " and s.validFrom <= :on and (s.validTo is null or s.validTo >= :on)",
                        ServiceArea.class)
                .setParameter("codes", codes)
                .setParameter("on", on)
                .getResultList()
                .forEach(s -> result.put(s.getMunicipality().getCode(), AuthorityView.of(s.getAuthority())));
        return result;
    }

    private static Predicate restriction(
            CriteriaBuilder cb,
            AbstractQuery<?> query,
            Root<Municipality> m,
            AccessScope scope,
            String text,
            LocalDate on) {
        Predicate inScope = ScopeFilter.municipality(cb, query, m, scope, on);
        if (text.isEmpty()) {
            return inScope;
        }
        String pattern = "%"
                + text.toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        Predicate matches = cb.or(
                cb.like(m.get("code"), pattern, '\\'),
                cb.like(cb.lower(m.get("nameFi")), pattern, '\\'),
                cb.like(cb.lower(m.get("nameSv")), pattern, '\\'),
                cb.like(cb.lower(cb.coalesce(m.get("nameSe"), "")), pattern, '\\'));
        return cb.and(inScope, matches);
    }

    private static List<String> codes(List<Municipality> municipalities) {
        return municipalities.stream().map(Municipality::getCode).toList();
    }

    static MunicipalityView view(Municipality m, AuthorityView authority) {
        return new MunicipalityView(
                m.getCode(),
                m.getNameFi(),
                m.getNameSv(),
                m.getNameSe(),
                m.getRegion().getCode(),
                m.getRegion().getNameFi(),
                m.getRegion().getNameSv(),
                m.getLanguage().name(),
                m.isAland(),
                authority,
                m.getWellbeingCounty() == null ? null : m.getWellbeingCounty().getCode(),
                m.getWellbeingCounty() == null ? null : m.getWellbeingCounty().getNameFi(),
                m.getWellbeingCounty() == null ? null : m.getWellbeingCounty().getNameSv());
    }
}
