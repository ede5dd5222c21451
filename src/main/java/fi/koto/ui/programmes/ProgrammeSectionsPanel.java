package fi.koto.ui.programmes;

import fi.koto.platform.failure.KotoException;
import fi.koto.programme.boundary.ProgrammeJson.DiffLine;
import fi.koto.programme.boundary.ProgrammeJson.Section;
import fi.koto.programme.boundary.ProgrammeJson.SectionDiff;
import fi.koto.programme.boundary.ProgrammeRecords;
import fi.koto.programme.boundary.ProgrammeRequests.SectionEdit;
import fi.koto.programme.boundary.Programmes;
import fi.koto.ui.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sections of programmes/view.xhtml (Finnish and Swedish side by side) with what changed in each since the
 * previous submission. A saved section stays on the page with its saved texts; the other sections keep what was
 * typed, and a refused save keeps it too.
 */
@Named
@ViewScoped
public class ProgrammeSectionsPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammePage page;

    @Inject
    Programmes programmes;

    @Inject
    ProgrammeRecords records;

    @Inject
    FacesMessages messages;

    private Map<String, List<DiffLine>> changes;
    private Map<String, SectionForm> sectionForms;

    public void save(String key) {
        SectionForm form = getSectionForms().get(key);
        try {
            programmes.saveSection(
                    page.getId(),
                    key,
                    new SectionEdit(form.getFi(), form.getSv(), page.getDetail().version()));
            messages.info("programmePage.saved");
            page.reload();
            page.getDetail().sections().stream()
                    .filter(s -> s.key().equals(key))
                    .findFirst()
                    .ifPresent(s -> sectionForms.put(s.key(), new SectionForm(s.fi(), s.sv())));
        } catch (KotoException e) {
            messages.errors(e);
        }
    }

    /** The changed lines of a section in a language since the previous submission; empty when unchanged. */
    public List<DiffLine> changesIn(String key, String language) {
        if (changes == null) {
            changes = loadChanges();
        }
        return changes.getOrDefault(key + ":" + language, List.of());
    }

    /** From the second submission on: what changed in each section and language since the previous one. */
    private Map<String, List<DiffLine>> loadChanges() {
        Map<String, List<DiffLine>> loaded = new HashMap<>();
        if (page.getDetail().round() < 2) {
            return loaded;
        }
        for (SectionDiff section : records.diff(page.getId(), null).sections()) {
            if (section.changed()) {
                loaded.put(section.key() + ":" + section.language(), section.lines());
            }
        }
        return loaded;
    }

    public Map<String, SectionForm> getSectionForms() {
        if (sectionForms == null) {
            sectionForms = new HashMap<>();
            for (Section s : page.getDetail().sections()) {
                sectionForms.put(s.key(), new SectionForm(s.fi(), s.sv()));
            }
        }
        return sectionForms;
    }

    /** The texts of one section as the editor holds them. */
    public static class SectionForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String fi;
        private String sv;

        SectionForm(String fi, String sv) {
            this.fi = fi;
            this.sv = sv;
        }

        public String getFi() {
            return fi;
        }

        public void setFi(String fi) {
            this.fi = fi;
        }

        public String getSv() {
            return sv;
        }

        public void setSv(String sv) {
            this.sv = sv;
        }
    }
}
