package fi.koto.ui.placements;

import fi.koto.agreement.entity.TargetGroup;
import fi.koto.placement.boundary.PlacementEntry;
import fi.koto.placement.boundary.PlacementView;
import fi.koto.placement.boundary.Placements;
import fi.koto.platform.failure.KotoException;
import fi.koto.ui.AfterStep;
import fi.koto.ui.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs placements/index.xhtml: realised placements per municipality, month and target group in the user's scope,
 * and, for officials and administrators, the hand entry of one row (entering a row again replaces it).
 */
@Named
@ViewScoped
public class PlacementsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Placements placements;

    @Inject
    FacesMessages messages;

    @Inject
    Clock clock;

    private PlacementTable table;
    private final EntryForm entry = new EntryForm();

    @PostConstruct
    void init() {
        table = new PlacementTable(placements, LocalDate.now(clock).getYear());
    }

    public void record() {
        try {
            PlacementView saved = placements.record(new PlacementEntry(
                    entry.getMunicipalityCode(),
                    entry.getMonth(),
                    entry.getTargetGroup() == null
                            ? null
                            : entry.getTargetGroup().name(),
                    entry.getPersons(),
                    entry.getUnder7(),
                    entry.isSelfSettled()));
            messages.info("placements.recorded", saved.municipalityCode(), saved.month(), saved.persons());
        } catch (KotoException e) {
            messages.errors(e);
            return;
        }
        AfterStep.reload("/placements/index.xhtml");
    }

    /** This year and the five before it, newest first. */
    public List<Integer> getYears() {
        int now = LocalDate.now(clock).getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = now; y >= now - 5; y--) {
            years.add(y);
        }
        return years;
    }

    public TargetGroup[] getGroups() {
        return TargetGroup.values();
    }

    public PlacementTable getTable() {
        return table;
    }

    public EntryForm getEntry() {
        return entry;
    }
}
