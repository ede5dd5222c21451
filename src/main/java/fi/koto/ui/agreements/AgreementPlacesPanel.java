package fi.koto.ui.agreements;

import fi.koto.agreement.boundary.AgreementPlaces;
import fi.koto.agreement.boundary.PlacesChange;
import fi.koto.agreement.boundary.PlacesView;
import fi.koto.agreement.entity.TargetGroup;
import fi.koto.placement.boundary.EstimateView;
import fi.koto.placement.boundary.Placements;
import fi.koto.placement.boundary.UtilisationRow;
import fi.koto.platform.failure.ConflictException;
import fi.koto.platform.failure.KotoException;
import fi.koto.ui.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Backs the places part of agreements/view.xhtml for one year: the places per target group (editable with the
 * version the person saw), beside them the utilisation of the municipality's places in force and the compensation
 * estimate. A stale save is refused naming who saved first; what the person typed stays in the form, the figures
 * saved meanwhile are shown beside it, and saving again replaces them knowingly.
 */
@Named
@ViewScoped
public class AgreementPlacesPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AgreementPage page;

    @Inject
    AgreementPlaces places;

    @Inject
    Placements placements;

    @Inject
    FacesMessages messages;

    @Inject
    Clock clock;

    private boolean loaded;
    private List<PlacesView> allYears;
    private int year;
    private Long version;
    private final Map<String, Integer> form = new HashMap<>();
    private Map<String, Integer> savedMeanwhile;
    private String preferences;
    private UtilisationRow utilisation;
    private EstimateView estimate;

    private void ensureLoaded() {
        if (loaded || page.getAgreement() == null) {
            return;
        }
        loaded = true;
        year = page.getYear() == null ? LocalDate.now(clock).getYear() : page.getYear();
        allYears = places.list(page.getId());
        PlacesView shown = shown();
        version = shown == null ? null : shown.version();
        for (TargetGroup group : TargetGroup.placeGroups()) {
            form.put(group.name(), shown == null ? 0 : shown.places().getOrDefault(group.name(), 0));
        }
        preferences = shown == null ? null : shown.nationalityPreferences();
        String code = page.getAgreement().municipalityCode();
        utilisation =
                placements.utilisation(year, null, code).stream().findFirst().orElse(null);
        try {
            estimate = placements.estimate(code, year);
        } catch (KotoException e) {
            estimate = null;
        }
    }

    private PlacesView shown() {
        return allYears.stream().filter(p -> p.year() == year).findFirst().orElse(null);
    }

    public void save() {
        ensureLoaded();
        try {
            places.set(page.getId(), year, new PlacesChange(new HashMap<>(form), preferences, version));
        } catch (ConflictException e) {
            messages.errors(e);
            allYears = places.list(page.getId());
            PlacesView now = shown();
            if (now != null) {
                version = now.version();
                savedMeanwhile = now.places();
            }
            return;
        } catch (KotoException e) {
            messages.errors(e);
            return;
        }
        messages.info("agreementPage.placesSaved", year);
        page.setYear(year);
        page.reload();
    }

    /** The years to choose from: those with places, and last, this and next year. */
    public List<Integer> getYears() {
        ensureLoaded();
        TreeSet<Integer> years = new TreeSet<>();
        allYears.forEach(p -> years.add(p.year()));
        int now = LocalDate.now(clock).getYear();
        years.add(now - 1);
        years.add(now);
        years.add(now + 1);
        return List.copyOf(years);
    }

    public List<TargetGroup> getGroups() {
        return TargetGroup.placeGroups();
    }

    public boolean isEditable() {
        var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        boolean permitted = external.isUserInRole("AGREEMENT_MANAGE") || external.isUserInRole("AGREEMENT_DECIDE");
        return permitted && !"TERMINATED".equals(page.getAgreement().status());
    }

    /** Agreed places in force, realised and self-settled persons of a group (0 without any utilisation). */
    public int agreed(TargetGroup group) {
        return figure(utilisation == null ? null : utilisation.agreed(), group);
    }

    public int realised(TargetGroup group) {
        return figure(utilisation == null ? null : utilisation.realised(), group);
    }

    public int selfSettled(TargetGroup group) {
        return figure(utilisation == null ? null : utilisation.selfSettled(), group);
    }

    /** Places in force not yet used by the group; never below 0, as in the utilisation rules. */
    public int remaining(TargetGroup group) {
        return Math.max(0, agreed(group) - realised(group));
    }

    private static int figure(UtilisationRow.Counts counts, TargetGroup group) {
        return counts == null ? 0 : counts.byGroup().getOrDefault(group.name(), 0);
    }

    public int getFormTotal() {
        return form.values().stream().mapToInt(v -> v == null ? 0 : v).sum();
    }

    public int getYear() {
        ensureLoaded();
        return year;
    }

    public Map<String, Integer> getForm() {
        ensureLoaded();
        return form;
    }

    public Map<String, Integer> getSavedMeanwhile() {
        return savedMeanwhile;
    }

    public String getPreferences() {
        ensureLoaded();
        return preferences;
    }

    public void setPreferences(String preferences) {
        this.preferences = preferences;
    }

    public UtilisationRow getUtilisation() {
        ensureLoaded();
        return utilisation;
    }

    public EstimateView getEstimate() {
        ensureLoaded();
        return estimate;
    }
}
