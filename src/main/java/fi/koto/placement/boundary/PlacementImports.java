package fi.koto.placement.boundary;

import fi.koto.access.control.CurrentUser;
import fi.koto.access.control.Permission;
import fi.koto.access.control.Role;
import fi.koto.placement.batch.ImportJob;
import fi.koto.placement.control.ImportFileCheck;
import fi.koto.placement.control.PlacementImportStore;
import fi.koto.placement.entity.PlacementImport;
import fi.koto.platform.failure.ConflictException;
import fi.koto.platform.failure.NotFoundException;
import fi.koto.platform.i18n.Messages;
import fi.koto.platform.i18n.SupportedLanguage;
import fi.koto.platform.rest.BoundedBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Imports of realised placements from CSV or XLSX files: the file is checked and stored before any row is read,
 * then a batch job reads it. An importer sees their own imports; an administrator sees all.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlacementImports {

    static final int MAX_ERRORS_SHOWN = 10_000;
    static final int MAX_RECENT = 100;

    @Inject
    PlacementImportStore store;

    @Inject
    CurrentUser currentUser;

    /** Checks and stores the file and starts the job; the import's id. */
    @RolesAllowed(Permission.Names.PLACEMENTS_IMPORT)
    public long start(String mediaType, Long declaredLength, InputStream body) {
        ImportFileCheck check = ImportFileCheck.fromEnvironment();
        byte[] content = BoundedBody.read(
                declaredLength, body, check.maxBytes(), () -> ImportFileCheck.tooLarge(check.maxBytes()));
        ImportFileCheck.Accepted accepted = check.check(mediaType, content);
        String type = accepted.format() == ImportFileCheck.Format.XLSX ? ImportFileCheck.XLSX : ImportFileCheck.CSV;
        String importer = currentUser.username();
        long id = store.create(importer, type, content);
        long execution = BatchRuntime.getJobOperator().start(ImportJob.NAME, ImportJob.parameters(id, importer, type));
        store.jobStarted(id, execution);
        return id;
    }

    /** Asks a running import to stop after its current chunk; 409 when it is not running. */
    @RolesAllowed(Permission.Names.PLACEMENTS_IMPORT)
    public void stop(long id) {
        PlacementImport entry = load(id);
        Optional<JobExecution> execution = ownExecution(entry);
        if (status(entry) != PlacementImport.Status.STARTED || execution.isEmpty()) {
            throw new ConflictException("import.notRunning", id);
        }
        try {
            BatchRuntime.getJobOperator().stop(execution.get().getExecutionId());
        } catch (JobExecutionNotRunningException e) {
            throw new ConflictException("import.notRunning", id);
        }
    }

    /**
     * Runs a stopped or failed import on from its last checkpoint; 409 when it is running or completed. A job this
     * process ran is restarted by the batch runtime; one of an earlier process (interrupted by a server restart,
     * whose job repository is gone) or of another instance gets a new job execution, whose reader goes on after
     * the last line the import wrote.
     */
    @RolesAllowed(Permission.Names.PLACEMENTS_IMPORT)
    public void restart(long id) {
        PlacementImport entry = load(id);
        PlacementImport.Status status = status(entry);
        if (status != PlacementImport.Status.STOPPED && status != PlacementImport.Status.FAILED) {
            throw new ConflictException("import.notRestartable", id);
        }
        Optional<JobExecution> previous = ownExecution(entry)
                .filter(e -> e.getBatchStatus() == BatchStatus.STOPPED || e.getBatchStatus() == BatchStatus.FAILED);
        store.restarting(id, currentUser.username());
        var parameters = ImportJob.parameters(id, entry.getImporter(), entry.getMediaType());
        long execution = previous.isPresent()
                ? BatchRuntime.getJobOperator().restart(previous.get().getExecutionId(), parameters)
                : BatchRuntime.getJobOperator().start(ImportJob.NAME, parameters);
        store.jobStarted(id, execution);
    }

    /** The import with the reasons of its rejected rows in English (the API's language). */
    @RolesAllowed(Permission.Names.PLACEMENTS_IMPORT)
    public ImportView view(long id) {
        return view(id, SupportedLanguage.EN);
    }

    /** The import with the reasons of its rejected rows in {@code language}, for the pages. */
    @RolesAllowed(Permission.Names.PLACEMENTS_IMPORT)
    public ImportView view(long id, SupportedLanguage language) {
        PlacementImport entry = load(id);
        List<ImportView.Error> errors = store.errors(id, MAX_ERRORS_SHOWN).stream()
                .map(e -> new ImportView.Error(e.getLine(), Messages.text(language, e.getMessageKey(), e.args())))
                .toList();
        String failure = entry.getFailureKey() == null
                ? null
                : Messages.text(language, entry.getFailureKey(), entry.getLastLine());
        return new ImportView(
                id,
                status(entry).name(),
                entry.progress(),
                entry.getTotalRows(),
                entry.getRowsProcessed(),
                entry.getAccepted(),
                entry.getRejected(),
                failure,
                errors);
    }

    /** The caller's latest imports, newest first; an administrator sees everyone's. */
    @RolesAllowed(Permission.Names.PLACEMENTS_IMPORT)
    public List<ImportSummary> recent(int limit) {
        String importer = isAdmin() ? null : currentUser.username();
        return store.recent(importer, Math.min(Math.max(1, limit), MAX_RECENT)).stream()
                .map(entry -> ImportSummary.of(entry, status(entry)))
                .toList();
    }

    private boolean isAdmin() {
        return currentUser.role().map(r -> r == Role.ADMIN).orElse(false);
    }

    private PlacementImport load(long id) {
        PlacementImport entry = store.find(id).orElse(null);
        if (entry == null || !(isAdmin() || entry.getImporter().equals(currentUser.username()))) {
            throw new NotFoundException("import.notFound", id);
        }
        return entry;
    }

    /** Ours, unless the job ended without its listener saying so (a failure in the runtime itself). */
    private static PlacementImport.Status status(PlacementImport entry) {
        if (entry.getStatus() != PlacementImport.Status.STARTED) {
            return entry.getStatus();
        }
        BatchStatus batch =
                ownExecution(entry).map(JobExecution::getBatchStatus).orElse(null);
        if (batch == BatchStatus.FAILED || batch == BatchStatus.ABANDONED) {
            return PlacementImport.Status.FAILED;
        }
        return entry.getStatus();
    }

    /**
     * The import's job execution in this process's job repository, if it is there. The repository lives in the
     * Payara Micro process's temporary directory and numbers executions from 1 again after a restart, so a stored
     * execution id of an earlier process may name another job now: it counts only when it is an import job of this
     * very import.
     */
    private static Optional<JobExecution> ownExecution(PlacementImport entry) {
        if (entry.getJobExecutionId() == null) {
            return Optional.empty();
        }
        try {
            var operator = BatchRuntime.getJobOperator();
            JobExecution execution = operator.getJobExecution(entry.getJobExecutionId());
            var parameters = execution.getJobParameters();
            if (ImportJob.NAME.equals(execution.getJobName())
                    && parameters != null
                    && String.valueOf(entry.getId()).equals(parameters.getProperty(ImportJob.IMPORT_ID))) {
                return Optional.of(execution);
            }
        } catch (RuntimeException e) {
            // the job repository does not know the execution (the server restarted, or another instance runs it)
        }
        return Optional.empty();
    }
}
