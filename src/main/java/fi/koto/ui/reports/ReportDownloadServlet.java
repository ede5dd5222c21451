package fi.koto.ui.reports;

import fi.koto.platform.failure.ConflictException;
import fi.koto.platform.failure.NotFoundException;
import fi.koto.report.boundary.ReportFile;
import fi.koto.report.boundary.Reports;
import fi.koto.report.boundary.ReportsResource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;

/**
 * {@code /reports/download?id=N}: a report's file for the logged-in user of the pages (the REST API takes HTTP
 * Basic only, so the pages link here). The same boundary decides: a report outside the user's archive is 404.
 */
@WebServlet("/reports/download")
public class ReportDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Reports reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ReportFile file;
        try {
            file = reports.file(id);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (ConflictException e) {
            response.sendError(HttpServletResponse.SC_CONFLICT);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        try {
            response.setContentType(file.mediaType());
            response.setContentLengthLong(file.size());
            response.setHeader("Content-Disposition", ReportsResource.contentDisposition(file.filename()));
            Files.copy(file.path(), response.getOutputStream());
        } finally {
            Files.deleteIfExists(file.path());
        }
    }
}
