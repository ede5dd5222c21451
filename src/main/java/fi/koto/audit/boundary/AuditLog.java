package fi.koto.audit.boundary;

import fi.koto.access.control.Permission;
import fi.koto.audit.control.AuditTrail;
import fi.koto.audit.entity.AuditRecord;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Reading the audit trail: administrators and managers. */
@Stateless
@RolesAllowed(Permission.Names.VIEW_AUDIT)
public class AuditLog {

    @Inject
    AuditTrail trail;

    public List<AuditRecord> latest(int offset, int limit) {
        return trail.latest(Math.max(0, offset), Math.min(Math.max(1, limit), 500));
    }
}
