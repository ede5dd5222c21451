package fi.koto.report.boundary;

import fi.koto.access.control.CurrentUser;
import fi.koto.access.control.Permission;
import fi.koto.agreement.control.RoundCalendar;
import fi.koto.platform.failure.ConflictException;
import fi.koto.platform.failure.InvalidInputException;
import fi.koto.platform.failure.NotFoundException;
import fi.koto.platform.failure.Reason;
import fi.koto.platform.i18n.Messages;
import fi.koto.platform.i18n.SupportedLanguage;
import fi.koto.platform.validation.RequestValidation;
import fi.koto.report.batch.ReportJob;
import fi.koto.report.control.ReportEnds;
import fi.koto.report.control.ReportPeriod;
import fi.koto.report.control.ReportStore;
import fi.koto.report.entity.ReportRequest;
import fi.koto.report.entity.ReportType;
import fi.koto.report.writer.ReportFormat;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reports: asked for by a person (a batch job writes the file while they may leave the page), listed in their
 * archive and downloaded from it. The job reads the figures within the scope the person had when asking. A report
 * outside someone's archive is not found, exactly like one that does not exist.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@DeclareRoles(Permission.Names.REPORT_SCHEDULED_READ)
public class Reports {

    static final int ARCHIVE_LIMIT = 200;
    /** The longest a status request may wait for its report to end. */
    public static final int MAX_WAIT_SECONDS = 30;

    @Inject
    ReportStore store;

    @Inject
    ReportEnds ends;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestValidation validation;

    @Inject
    Event<ReportRequested> requested;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** Starts the report job; the report's first view (STARTED). */
    @RolesAllowed(Permission.Names.PULL_REPORTS)
    public ReportView request(ReportOrder order) {
        if (order == null) {
            throw new InvalidInputException("request.body.required");
        }
        LocalDate today = LocalDate.now(clock);
        List<Reason> problems = new ArrayList<>();
        ReportType type = parse(ReportType.class, order.type(), "report.type.unknown", problems);
        ReportFormat format = parse(ReportFormat.class, order.format(), "report.format.unknown", problems);
        SupportedLanguage language = language(order.language(), problems);
        ReportPeriod period = null;
        problems.addAll(validation.reasons(order));
        if (order.year() != null) {
            try {
                period = new ReportPeriod(order.year(), order.quarter());
                if (type != null && type.isAnnualOnly() && !period.isAnnual()) {
                    problems.add(Reason.of("report.period.annualOnly", String.valueOf(order.quarter())));
                }
                if (type == ReportType.PLACES_ROUND) {
                    // the round for a year of places runs in the autumn before: it may be reported ahead
                    if (period.year() > today.getYear() + RoundCalendar.YEARS_AHEAD) {
                        problems.add(Reason.of(
                                "report.period.roundTooFar", period.key(), String.valueOf(RoundCalendar.YEARS_AHEAD)));
                    }
                } else if (!period.hasStartedOn(today)) {
                    problems.add(Reason.of("report.period.future", period.key()));
                }
            } catch (InvalidInputException e) {
                problems.addAll(e.reasons());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String requester = currentUser.username();
        var request = new ReportRequest(
                type,
                period.year(),
                period.quarter(),
                format,
                language.code(),
                requester,
                false,
                currentUser.scope(),
                today,
                OffsetDateTime.now(clock));
        long id = store.create(request);
        store.jobStarted(id, ReportJob.start(id));
        requested.fire(new ReportRequested(id, type.name(), period.key(), format.name(), requester, false));
        return view(id);
    }

    @RolesAllowed(Permission.Names.PULL_REPORTS)
    public ReportView view(long id) {
        return ReportView.of(load(id));
    }

    /**
     * The report; while it runs, first waits up to {@code wait} seconds (0 to {@value #MAX_WAIT_SECONDS}, none when
     * not given) for it to end, so that a client learns of the end when it happens instead of at its next question.
     */
    @RolesAllowed(Permission.Names.PULL_REPORTS)
    public ReportView view(long id, String wait) {
        int seconds = waitSeconds(wait);
        return ends.await(id, Duration.ofSeconds(seconds), () -> view(id), view -> !view.running());
    }

    private static int waitSeconds(String wait) {
        if (wait == null || wait.isBlank()) {
            return 0;
        }
        try {
            int seconds = Integer.parseInt(wait.strip());
            if (seconds >= 0 && seconds <= MAX_WAIT_SECONDS) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // refused below with the allowed range
        }
        String shown = wait.length() > 12 ? wait.substring(0, 12) + "…" : wait;
        throw new InvalidInputException("report.wait.invalid", shown, String.valueOf(MAX_WAIT_SECONDS));
    }

    /** The caller's archive, newest first. */
    @RolesAllowed(Permission.Names.PULL_REPORTS)
    public List<ReportView> archive() {
        return store.archive(currentUser.username(), currentUser.scope(), seesScheduled(), ARCHIVE_LIMIT).stream()
                .map(ReportView::of)
                .toList();
    }

    /** A temporary copy of a completed report's file; 409 while it is being written or when it failed. */
    @RolesAllowed(Permission.Names.PULL_REPORTS)
    public ReportFile file(long id) {
        ReportRequest request = load(id);
        if (request.getStatus() != ReportRequest.Status.COMPLETED) {
            throw new ConflictException("report.notReady", id);
        }
        try {
            Path copy = Files.createTempFile("koto-download-" + id + "-", ".tmp");
            store.copyFile(id, copy);
            store.downloaded(request, currentUser.username());
            return new ReportFile(request.getFilename(), request.getMediaType(), Files.size(copy), copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report types with their labels in the caller's language. */
    @RolesAllowed(Permission.Names.PULL_REPORTS)
    public List<ReportTypeView> types() {
        SupportedLanguage language = callerLanguage();
        return Arrays.stream(ReportType.values())
                .map(t -> new ReportTypeView(
                        t.name(), Messages.text(language, t.labelKey()), Messages.text(language, t.descriptionKey())))
                .toList();
    }

    private ReportRequest load(long id) {
        ReportRequest request = store.find(id).orElse(null);
        if (request == null
                || !ReportStore.inArchive(request, currentUser.username(), currentUser.scope(), seesScheduled())) {
            throw new NotFoundException("report.notFound", id);
        }
        return request;
    }

    private boolean seesScheduled() {
        return session.isCallerInRole(Permission.Names.REPORT_SCHEDULED_READ);
    }

    private SupportedLanguage callerLanguage() {
        return currentUser.language();
    }

    private SupportedLanguage language(String code, List<Reason> problems) {
        if (code == null || code.isBlank()) {
            return callerLanguage();
        }
        try {
            return SupportedLanguage.parse(code);
        } catch (InvalidInputException e) {
            problems.addAll(e.reasons());
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String key, List<Reason> problems) {
        try {
            return Enum.valueOf(type, String.valueOf(value).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(Reason.of(key, String.valueOf(value)));
            return null;
        }
    }
}
