package fi.koto.ui.documents;

import fi.koto.agreement.boundary.AgreementDecisionDocuments;
import fi.koto.document.boundary.DocumentHttp;
import fi.koto.document.boundary.Download;
import fi.koto.guideline.boundary.GuidelineStatements;
import fi.koto.platform.failure.NotFoundException;
import fi.koto.programme.boundary.ProgrammeAttachments;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages' download links, under {@code /files/} with the same paths as the API
 * ({@code /files/programmes/{id}/attachments/{documentId}}, {@code /files/programmes/{id}/adoption/document},
 * {@code /files/agreements/{id}/decision-document},
 * {@code /files/work-permit-guidelines/{id}/parties/{party}/statement/document}).
 * The API takes HTTP Basic only, so the pages need these to download with their login session; the same
 * boundaries decide, so a document outside the person's scope is not found here either.
 */
@WebServlet("/files/*")
public class DocumentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern ATTACHMENT = Pattern.compile("/programmes/(\\d{1,18})/attachments/(\\d{1,18})");
    private static final Pattern DECISION = Pattern.compile("/agreements/(\\d{1,18})/decision-document");
    private static final Pattern STATEMENT =
            Pattern.compile("/work-permit-guidelines/(\\d{1,18})/parties/(\\d{1,18})/statement/document");
    private static final Pattern ADOPTION = Pattern.compile("/programmes/(\\d{1,18})/adoption/document");

    @Inject
    transient ProgrammeAttachments attachments;

    @Inject
    transient AgreementDecisionDocuments decisionDocuments;

    @Inject
    transient GuidelineStatements statements;

    @Inject
    transient fi.koto.programme.boundary.ProgrammeAdoption adoption;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            Download download = find(path);
            if (download == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else {
                DocumentHttp.write(download, response);
            }
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBAccessException | AccessLocalException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private Download find(String path) {
        Matcher attachment = ATTACHMENT.matcher(path);
        if (attachment.matches()) {
            return attachments.download(Long.parseLong(attachment.group(1)), Long.parseLong(attachment.group(2)));
        }
        Matcher adopted = ADOPTION.matcher(path);
        if (adopted.matches()) {
            return adoption.download(Long.parseLong(adopted.group(1)));
        }
        Matcher decision = DECISION.matcher(path);
        if (decision.matches()) {
            return decisionDocuments.download(Long.parseLong(decision.group(1)));
        }
        Matcher statement = STATEMENT.matcher(path);
        if (statement.matches()) {
            return statements.download(Long.parseLong(statement.group(1)), Long.parseLong(statement.group(2)));
        }
        return null;
    }
}
