package fi.koto.ui.programmes;

import fi.koto.platform.failure.KotoException;
import fi.koto.programme.boundary.ProgrammeJson.Detail;
import fi.koto.programme.boundary.ProgrammeJson.Version;
import fi.koto.programme.boundary.ProgrammeRecords;
import fi.koto.programme.boundary.Programmes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** Backs programmes/version.xhtml: one submitted version of a programme, exactly as it was submitted. */
@Named
@RequestScoped
public class ProgrammeVersionPage {

    @Inject
    Programmes programmes;

    @Inject
    ProgrammeRecords records;

    private Long id;
    private Integer round;
    private Detail programme;
    private Version version;

    public void load() throws IOException {
        try {
            if (id == null || round == null) {
                throw new fi.koto.platform.failure.NotFoundException("programme.notFound", "");
            }
            programme = programmes.find(id);
            version = records.version(id, round);
        } catch (KotoException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public String sectionLabel(String key) {
        return "programme.section." + programme.legalBasis() + "." + key;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getRound() {
        return round;
    }

    public void setRound(Integer round) {
        this.round = round;
    }

    public Detail getProgramme() {
        return programme;
    }

    public Version getVersion() {
        return version;
    }
}
