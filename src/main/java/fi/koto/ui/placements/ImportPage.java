package fi.koto.ui.placements;

import fi.koto.placement.boundary.ImportSummary;
import fi.koto.placement.boundary.ImportView;
import fi.koto.placement.boundary.PlacementImports;
import fi.koto.platform.failure.KotoException;
import fi.koto.ui.AfterStep;
import fi.koto.ui.FacesMessages;
import fi.koto.ui.LanguageSelection;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

/**
 * Backs placements/import.xhtml. Without an id: upload a CSV or XLSX file, which the boundary checks, stores and
 * hands to the batch job, then the page moves to the import's own address. With an id: the import's progress
 * (polled while it runs), its counts, its rejected rows with line numbers and reasons in the reader's language,
 * and stop or restart. The importer's recent imports are listed below.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int RECENT = 20;

    @Inject
    PlacementImports imports;

    @Inject
    FacesMessages messages;

    @Inject
    LanguageSelection languages;

    private Long id;
    private ImportView current;
    private List<ImportSummary> recent;
    private transient Part file;

    /** Runs when the page opens; someone else's import shows the 404 page. */
    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            current = id == null ? null : imports.view(id, languages.current());
        } catch (KotoException e) {
            AfterStep.notFound();
        }
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            messages.error("import.file.empty");
            return;
        }
        long started;
        try (InputStream content = file.getInputStream()) {
            started = imports.start(
                    ImportFileTypes.mediaType(file.getSubmittedFileName(), file.getContentType()),
                    file.getSize(),
                    content);
        } catch (KotoException e) {
            messages.errors(e);
            return;
        } catch (IOException e) {
            messages.error("import.file.unreadable");
            return;
        }
        messages.info("importPage.started", started);
        AfterStep.reload("/placements/import.xhtml?id=" + started);
    }

    /** Polled while the import runs: the figures anew. */
    public void refresh() {
        if (id != null) {
            current = imports.view(id, languages.current());
            recent = null;
        }
    }

    public void stop() {
        step(() -> imports.stop(id), "importPage.stopRequested");
    }

    public void restart() {
        step(() -> imports.restart(id), "importPage.restarted");
    }

    private void step(Runnable action, String successKey) {
        try {
            action.run();
        } catch (KotoException e) {
            messages.errors(e);
            return;
        }
        messages.info(successKey, id);
        AfterStep.reload("/placements/import.xhtml?id=" + id);
    }

    public boolean isRunning() {
        return current != null && "STARTED".equals(current.status());
    }

    public boolean isRestartable() {
        return current != null && ("STOPPED".equals(current.status()) || "FAILED".equals(current.status()));
    }

    public List<ImportSummary> getRecent() {
        if (recent == null) {
            recent = imports.recent(RECENT);
        }
        return recent;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ImportView getCurrent() {
        return current;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
