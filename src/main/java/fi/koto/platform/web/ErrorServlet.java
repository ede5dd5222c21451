package fi.koto.platform.web;

import fi.koto.platform.rest.ProblemResponses;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where every error ends up: a JSON problem for API paths, otherwise the error page in the user's language.
 * Neither shows a stack trace or the server's name and version.
 */
@WebServlet("/error/status")
public class ErrorServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure != null) {
            LOG.log(
                    Level.SEVERE,
                    "Unhandled failure for " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    failure);
        }
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (uri.startsWith(request.getContextPath() + "/api/") || uri.equals(request.getContextPath() + "/api")) {
            ProblemResponses.write(response, status, titleOf(status), detailOf(status));
            return;
        }
        response.setStatus(status);
        request.setAttribute("koto.errorStatus", status);
        request.getRequestDispatcher("/error/page.xhtml").forward(request, response);
    }

    private static String titleOf(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            default -> "Internal Server Error";
        };
    }

    private static String detailOf(int status) {
        return switch (status) {
            case 404 -> "No such resource.";
            case 403 -> "Your role does not allow this.";
            case 405 -> "This resource does not accept that method.";
            case 400 -> "The request could not be understood.";
            default -> "Something went wrong on our side.";
        };
    }
}
