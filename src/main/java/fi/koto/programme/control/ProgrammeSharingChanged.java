package fi.koto.programme.control;

import fi.koto.programme.entity.ProgrammeAction;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * Fired (synchronously, inside the transaction) after a draft was shared with the regional authority for guidance,
 * made private again, or given a guidance note ({@code action} SHARE, UNSHARE or GUIDANCE_NOTE; {@code noteId} is
 * set for a note); the status does not change.
 */
public record ProgrammeSharingChanged(
        long programmeId,
        Set<String> municipalityCodes,
        ProgrammeAction action,
        Long noteId,
        String actor,
        OffsetDateTime at) {}
