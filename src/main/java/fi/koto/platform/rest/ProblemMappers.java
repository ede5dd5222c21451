package fi.koto.platform.rest;

import fi.koto.platform.failure.ConflictException;
import fi.koto.platform.failure.InvalidInputException;
import fi.koto.platform.failure.KotoException;
import fi.koto.platform.failure.NotFoundException;
import fi.koto.platform.failure.TooLargeException;
import fi.koto.platform.i18n.Messages;
import fi.koto.platform.i18n.SupportedLanguage;
import fi.koto.platform.persistence.DatabaseProbe;
import fi.koto.platform.persistence.DatabaseUnavailable;
import fi.koto.platform.validation.ConstraintReasons;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure into a problem body with the right status: the API never answers with HTML or a stack
 * trace. Unexpected failures are logged with an id that the answer repeats, so support can find them.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable failure = unwrap(thrown);
        if (failure instanceof ConstraintViolationException violated) {
            failure = new InvalidInputException(ConstraintReasons.of(violated.getConstraintViolations()));
        }
        if (failure instanceof KotoException koto) {
            int status = koto instanceof InvalidInputException
                    ? 422
                    : koto instanceof ConflictException
                            ? 409
                            : koto instanceof NotFoundException ? 404 : koto instanceof TooLargeException ? 413 : 400;
            List<String> reasons = koto.reasons().stream()
                    .map(r -> Messages.text(
                            SupportedLanguage.EN, r.key(), r.args().toArray()))
                    .toList();
            return problem(status, reasons.isEmpty() ? null : reasons.get(0), reasons);
        }
        if (isAccessDenied(failure)) {
            return problem(403, "Your role does not allow this.", List.of());
        }
        if (failure instanceof OptimisticLockException) {
            return problem(409, "Someone else changed this first; reload and try again.", List.of());
        }
        if (isUnreadableJson(failure)) {
            return problem(
                    400,
                    "The request body is not JSON of the expected form: check its syntax and that every "
                            + "value has the right type (numbers as numbers, dates as \"2026-01-31\").",
                    List.of());
        }
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            String detail = status == 404 ? "No such resource." : web.getMessage();
            return problem(status, detail, List.of());
        }
        if (DatabaseUnavailable.isCause(failure)) {
            LOG.warning("The database could not be reached: " + failure);
            return unavailable(DatabaseUnavailable.detail(failure));
        }
        if (!databaseReachable()) {
            // logged in full: the causes did not say "outage", so this shape of failure is worth recognising later
            LOG.log(Level.WARNING, "A failure while the database cannot be reached", failure);
            return unavailable(DatabaseUnavailable.DETAIL);
        }
        String incident = Long.toHexString(System.nanoTime());
        LOG.log(Level.SEVERE, "Unexpected failure in the REST API, incident " + incident, failure);
        return problem(500, "Something went wrong on our side (incident " + incident + ").", List.of());
    }

    private static Response unavailable(String detail) {
        return Response.fromResponse(problem(503, detail, List.of()))
                .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
                .build();
    }

    /**
     * Looked up, not injected: JAX-RS creates this provider itself. Without a container (a unit test) there is no
     * probe, and the failure stays an incident.
     */
    private static boolean databaseReachable() {
        try {
            return CDI.current().select(DatabaseProbe.class).get().reachable();
        } catch (IllegalStateException noContainer) {
            return true;
        }
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable t = thrown;
        while (t instanceof EJBException && t.getCause() != null && !isAccessDenied(t)) {
            t = t.getCause();
        }
        return t;
    }

    /**
     * A body that JSON-B could not read (broken syntax, a string where a number belongs): the client's mistake, 400,
     * not a failure of ours. Jersey reports it as a ProcessingException caused by the parser's exception.
     */
    static boolean isUnreadableJson(Throwable t) {
        if (!(t instanceof jakarta.ws.rs.ProcessingException)) {
            return false;
        }
        for (Throwable c = t.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof jakarta.json.bind.JsonbException || c instanceof jakarta.json.JsonException) {
                return true;
            }
        }
        return false;
    }

    /** Local and remote EJB calls refuse a caller with two unrelated exception types. */
    private static boolean isAccessDenied(Throwable t) {
        return t instanceof EJBAccessException || t instanceof AccessLocalException;
    }

    static Response problem(int status, String detail, List<String> errors) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : status == 422 ? "Unprocessable Content" : "Error";
        return Response.status(status)
                .type(ProblemResponses.MEDIA_TYPE)
                .entity(Problem.of(status, title, detail, errors))
                .build();
    }
}
