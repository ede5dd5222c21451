package fi.koto.ui.programmes;

import fi.koto.platform.failure.KotoException;
import fi.koto.programme.boundary.ProgrammeJson.Summary;
import fi.koto.programme.boundary.Programmes;
import fi.koto.programme.entity.ProgrammeStatus;
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

/** Backs programmes/index.xhtml: the programmes the user may see, overdue reviews first, with bulk claim. */
@Named
@ViewScoped
public class ProgrammeQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Programmes programmes;

    @Inject
    FacesMessages messages;

    @Inject
    Clock clock;

    private ProgrammeTable table;
    private List<Summary> selected = new ArrayList<>();

    @PostConstruct
    void init() {
        table = new ProgrammeTable(programmes);
    }

    /** Starts the review of every selected programme; each refusal is reported, the others go through. */
    public void claimSelected() {
        int claimed = 0;
        for (Summary programme : selected) {
            try {
                programmes.startReview(programme.id(), null, programme.version());
                claimed++;
            } catch (KotoException e) {
                messages.errors(e);
            }
        }
        messages.info("programmes.claimed", claimed);
        selected = new ArrayList<>();
    }

    public boolean overdue(Summary row) {
        return ProgrammeTable.isOverdue(row, LocalDate.now(clock));
    }

    /** An approved programme past the day it was due for revision. */
    public boolean revisionOverdue(Summary row) {
        return row.revisionDue() != null && row.revisionDue().isBefore(LocalDate.now(clock));
    }

    public ProgrammeStatus[] getStatuses() {
        return ProgrammeStatus.values();
    }

    public ProgrammeTable getTable() {
        return table;
    }

    public List<Summary> getSelected() {
        return selected;
    }

    public void setSelected(List<Summary> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }
}
