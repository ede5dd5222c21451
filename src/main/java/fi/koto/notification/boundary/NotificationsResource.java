package fi.koto.notification.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/v1/notifications?status=&offset=&limit=}: the newest outbox rows (total in
 * {@code X-Total-Count}); {@code POST /api/v1/notifications/overdue-digest}: run the daily digest now.
 * Administrators only.
 */
@Stateless
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    @Inject
    Notifications notifications;

    @GET
    public Response recent(
            @QueryParam("status") String status,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return Response.ok(notifications.recent(status, offset, limit))
                .header("X-Total-Count", notifications.count(status))
                .build();
    }

    @POST
    @Path("overdue-digest")
    public DigestRun runOverdueDigest() {
        return notifications.runOverdueDigest();
    }
}
