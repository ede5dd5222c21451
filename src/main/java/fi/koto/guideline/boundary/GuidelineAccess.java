package fi.koto.guideline.boundary;

import fi.koto.access.control.AccessScope;
import fi.koto.access.control.CurrentUser;
import fi.koto.guideline.control.GuidelineCatalog;
import fi.koto.guideline.entity.WorkPermitGuideline;
import fi.koto.platform.failure.ConflictException;
import fi.koto.platform.failure.NotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Who is acting on which guideline, for the guideline boundaries: the guideline loaded through the one scope layer
 * ({@link GuidelineCatalog}), whether the caller may change it, and the actor and clock of the change.
 */
@Dependent
class GuidelineAccess {

    @Inject
    GuidelineCatalog catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** The guideline when the caller may see it; 404 otherwise, the same as when it does not exist. */
    WorkPermitGuideline load(long id, boolean lock) {
        return catalog.find(currentUser.scope(), id, today(), lock)
                .orElseThrow(() -> new NotFoundException("guideline.notFound", String.valueOf(id)));
    }

    /** Whether the caller may change the guideline: an official of one of its authorities. */
    boolean mayEdit(WorkPermitGuideline g) {
        AccessScope scope = currentUser.scope();
        return scope.kind() == AccessScope.Kind.AUTHORITY && g.participates(scope.authorityId());
    }

    /**
     * The guideline for a change: visible and of the official's own authority (another authority's published
     * guideline is refused with 404, as if it were not there for changes), and not stale when a version is given.
     */
    WorkPermitGuideline loadForEdit(long id, Long version, boolean lock) {
        WorkPermitGuideline g = load(id, lock);
        if (!mayEdit(g)) {
            throw new NotFoundException("guideline.notFound", String.valueOf(id));
        }
        if (version != null && g.getVersion() != version) {
            throw new ConflictException("guideline.stale", g.getChangedBy());
        }
        return g;
    }

    /** The official's own authority; a caller bound to none cannot prepare a guideline. */
    long ownAuthority() {
        AccessScope scope = currentUser.scope();
        if (scope.kind() != AccessScope.Kind.AUTHORITY) {
            throw new NotFoundException("guideline.authority.none");
        }
        return scope.authorityId();
    }

    AccessScope scope() {
        return currentUser.scope();
    }

    String actor() {
        return currentUser.username();
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
