package fi.koto.programme.control;

import fi.koto.programme.entity.ProgrammeAction;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * Fired (synchronously, inside the transaction) after a document was attached to a programme or removed from it
 * ({@code action} ATTACHMENT_ADDED or ATTACHMENT_REMOVED), for notifications; the status does not change.
 */
public record ProgrammeAttachmentChanged(
        long programmeId,
        Set<String> municipalityCodes,
        ProgrammeAction action,
        long documentId,
        String fileName,
        String actor,
        OffsetDateTime at) {}
