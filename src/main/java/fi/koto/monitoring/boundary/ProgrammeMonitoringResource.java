package fi.koto.monitoring.boundary;

import fi.koto.monitoring.boundary.MonitoringJson.Entry;
import fi.koto.monitoring.boundary.MonitoringJson.Report;
import fi.koto.monitoring.boundary.MonitoringJson.TransitionRequest;
import fi.koto.monitoring.boundary.MonitoringJson.YearSummary;
import fi.koto.monitoring.entity.MonitoringAction;
import fi.koto.platform.failure.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/v1/programmes/{id}/monitoring}: the annual monitoring of a programme (docs/api.md, "Monitoring").
 */
@Stateless
@Path("programmes/{id}/monitoring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgrammeMonitoringResource {

    @Inject
    MonitoringReports reports;

    @GET
    public List<YearSummary> years(@PathParam("id") long id) {
        return reports.years(id);
    }

    @GET
    @Path("{year}")
    public Report find(@PathParam("id") long id, @PathParam("year") int year) {
        return reports.find(id, year);
    }

    @PUT
    @Path("{year}")
    public Report enter(@PathParam("id") long id, @PathParam("year") int year, Entry entry) {
        return reports.enter(id, year, ProgrammePlanResource.required(entry));
    }

    /** {@code {"action":"REPORT"|"REOPEN","version":n}}. */
    @POST
    @Path("{year}/transitions")
    public Report transition(@PathParam("id") long id, @PathParam("year") int year, TransitionRequest request) {
        ProgrammePlanResource.required(request);
        MonitoringAction action;
        try {
            action = MonitoringAction.valueOf(
                    request.action() == null ? "" : request.action().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("monitoring.action.invalid", String.valueOf(request.action()));
        }
        return switch (action) {
            case REPORT -> reports.report(id, year, request.version());
            case REOPEN -> reports.reopen(id, year, request.version());
        };
    }
}
