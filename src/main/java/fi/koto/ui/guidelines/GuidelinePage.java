package fi.koto.ui.guidelines;

import fi.koto.guideline.boundary.GuidelineJson.Detail;
import fi.koto.guideline.boundary.GuidelineJson.GuidelineEdit;
import fi.koto.guideline.boundary.GuidelineJson.HistoryEntry;
import fi.koto.guideline.boundary.GuidelineJson.ListedOccupation;
import fi.koto.guideline.boundary.GuidelineJson.NewParty;
import fi.koto.guideline.boundary.GuidelineJson.OccupationEntry;
import fi.koto.guideline.boundary.GuidelineJson.StatementRequest;
import fi.koto.guideline.boundary.GuidelineStatements;
import fi.koto.guideline.boundary.Guidelines;
import fi.koto.guideline.entity.PartyKind;
import fi.koto.platform.failure.KotoException;
import fi.koto.platform.failure.NotFoundException;
import fi.koto.platform.i18n.Messages;
import fi.koto.ui.FacesMessages;
import fi.koto.ui.Formats;
import fi.koto.ui.LanguageSelection;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Backs guidelines/view.xhtml: one guideline with its occupations, what changed against the previous one, the
 * consultation (parties, deadline, statements) and the timeline; officials of its authorities prepare, consult on
 * and decide it here. Every step goes through {@link Guidelines} with the version last read (409 when stale).
 */
@Named
@ViewScoped
public class GuidelinePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Guidelines guidelines;

    @Inject
    GuidelineStatements statements;

    @Inject
    LanguageSelection languages;

    @Inject
    FacesMessages messages;

    @Inject
    Formats formats;

    private long id;
    private Detail detail;
    private final GuidelineForm form = new GuidelineForm();

    /** Runs when the page opens; a guideline the user may not see shows the 404 page. */
    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            reload();
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private void reload() {
        detail = guidelines.find(id, languages.getCode());
        form.from(detail);
    }

    public void saveTexts() {
        step(() -> guidelines.edit(id, edit(entries())));
    }

    public void addOccupation() {
        List<OccupationEntry> entries = entries();
        entries.add(new OccupationEntry(form.getCode(), form.getJustificationFi(), form.getJustificationSv()));
        if (step(() -> guidelines.edit(id, edit(entries)))) {
            form.clearOccupation();
        }
    }

    public void removeOccupation(String code) {
        List<OccupationEntry> entries = entries();
        entries.removeIf(e -> e.code().equals(code));
        step(() -> guidelines.edit(id, edit(entries)));
    }

    public void addParty() {
        if (step(() -> guidelines.addParty(id, new NewParty(form.getPartyName(), form.getPartyKind())))) {
            form.setPartyName(null);
        }
    }

    public void recordStatement() {
        step(() -> statements.recordStatement(
                id,
                form.getPartyId() == null ? -1 : form.getPartyId(),
                new StatementRequest(text(form.getReceivedOn()), form.getStatement())));
    }

    public void startConsultation() {
        step(() -> guidelines.startConsultation(id, detail.version(), text(form.getDeadline())));
    }

    public void decide() {
        step(() -> guidelines.decide(
                id,
                detail.version(),
                text(form.getDecidedOn()),
                form.getDecisionMaker(),
                form.getReference(),
                text(form.getEffectiveOn())));
    }

    private boolean step(Supplier<Detail> action) {
        try {
            detail = action.get();
            reload();
            messages.info("guidelines.saved");
            return true;
        } catch (KotoException e) {
            messages.errors(e);
            return false;
        }
    }

    private GuidelineEdit edit(List<OccupationEntry> entries) {
        return new GuidelineEdit(
                detail.version(),
                text(form.getValidFrom()),
                text(form.getValidTo()),
                form.getSituationFi(),
                form.getSituationSv(),
                entries);
    }

    private List<OccupationEntry> entries() {
        List<OccupationEntry> entries = new ArrayList<>();
        for (ListedOccupation o : detail.occupations()) {
            entries.add(new OccupationEntry(o.code(), o.justificationFi(), o.justificationSv()));
        }
        return entries;
    }

    /** The justification in the page's language (Finnish on English pages). */
    public String justification(ListedOccupation o) {
        return "sv".equals(languages.getCode()) && o.justificationSv() != null
                ? o.justificationSv()
                : o.justificationFi();
    }

    /**
     * A timeline row's details in the reader's language: what people wrote, then the row's figures (the party's
     * kind, the day it is about, the occupations an edit left), each from the bundles.
     */
    public String details(HistoryEntry e) {
        List<String> parts = new ArrayList<>();
        if (e.comment() != null && !e.comment().isBlank()) {
            parts.add(e.comment());
        }
        if (e.partyKind() != null) {
            parts.add(Messages.text(languages.current(), "guideline.partyKind." + e.partyKind()));
        }
        if (e.day() != null) {
            parts.add(Messages.text(languages.current(), "guidelines.event.day." + e.action(), formats.date(e.day())));
        }
        if (e.occupationCount() != null) {
            parts.add(Messages.text(languages.current(), "guidelines.event.occupations", e.occupationCount()));
        }
        return String.join(" · ", parts);
    }

    public String authorities() {
        return String.join(
                ", ", detail.authorities().stream().map(a -> a.name()).toList());
    }

    public PartyKind[] getPartyKinds() {
        return PartyKind.values();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public Detail getDetail() {
        return detail;
    }

    public GuidelineForm getForm() {
        return form;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
