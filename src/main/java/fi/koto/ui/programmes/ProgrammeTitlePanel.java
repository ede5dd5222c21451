package fi.koto.ui.programmes;

import fi.koto.platform.failure.KotoException;
import fi.koto.programme.boundary.ProgrammeJson.Detail;
import fi.koto.programme.boundary.ProgrammeRequests.TitleEdit;
import fi.koto.programme.boundary.ProgrammeTitles;
import fi.koto.ui.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * The title of programmes/view.xhtml in Finnish and Swedish: its coordinators change it while they may edit the
 * programme. A missing Swedish title is only a warning on the page; a refused save keeps what was typed.
 */
@Named
@ViewScoped
public class ProgrammeTitlePanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammePage page;

    @Inject
    ProgrammeTitles titles;

    @Inject
    FacesMessages messages;

    private String fi;
    private String sv;
    private boolean loaded;

    private void load() {
        if (!loaded && page.getDetail() != null) {
            fi = page.getDetail().title();
            sv = page.getDetail().titleSv();
            loaded = true;
        }
    }

    public boolean isEditable() {
        return page.isEditable()
                && FacesContext.getCurrentInstance().getExternalContext().isUserInRole("PROGRAMME_EDIT");
    }

    public void save() {
        Detail detail = page.getDetail();
        try {
            titles.retitle(page.getId(), new TitleEdit(fi, sv, detail.version()));
        } catch (KotoException e) {
            messages.errors(e);
            return;
        }
        messages.info("programmePage.titleSaved");
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath() + "/programmes/view.xhtml?id=" + page.getId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String getFi() {
        load();
        return fi;
    }

    public void setFi(String fi) {
        this.fi = fi;
        loaded = true;
    }

    public String getSv() {
        load();
        return sv;
    }

    public void setSv(String sv) {
        this.sv = sv;
        loaded = true;
    }
}
