package fi.koto.ui.programmes;

import fi.koto.programme.boundary.ProgrammeMeasures;
import fi.koto.programme.boundary.ProgrammeRequests.MeasureEdit;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The measures of programmes/view.xhtml: its coordinators add and remove them while they may edit the programme.
 * A refused measure keeps what was typed.
 */
@Named
@ViewScoped
public class ProgrammeMeasuresPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammePage page;

    @Inject
    ProgrammeMeasures measures;

    private final MeasureForm measureForm = new MeasureForm();

    public void addMeasure() {
        page.attempt(
                () -> measures.add(
                        page.getId(),
                        new MeasureEdit(
                                measureForm.getAction(),
                                measureForm.getResponsibleParty(),
                                measureForm.getSchedule(),
                                measureForm.getIndicator(),
                                page.getDetail().version())),
                "programmePage.measureAdded");
    }

    public void removeMeasure(long measureId) {
        page.attempt(
                () -> measures.remove(page.getId(), measureId, page.getDetail().version()),
                "programmePage.measureRemoved");
    }

    public MeasureForm getMeasureForm() {
        return measureForm;
    }

    /** A new measure as the form holds it. */
    public static class MeasureForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String action;
        private String responsibleParty;
        private String schedule;
        private String indicator;

        public String getAction() {
            return action;
        }

        public void setAction(String action) {
            this.action = action;
        }

        public String getResponsibleParty() {
            return responsibleParty;
        }

        public void setResponsibleParty(String responsibleParty) {
            this.responsibleParty = responsibleParty;
        }

        public String getSchedule() {
            return schedule;
        }

        public void setSchedule(String schedule) {
            this.schedule = schedule;
        }

        public String getIndicator() {
            return indicator;
        }

        public void setIndicator(String indicator) {
            this.indicator = indicator;
        }
    }
}
