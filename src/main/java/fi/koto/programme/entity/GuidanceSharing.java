package fi.koto.programme.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Whether the coordinator shared the draft with the regional authority for guidance: when and by whom, both null
 * while it is private. A value: sharing and unsharing make a new one.
 */
@Embeddable
public class GuidanceSharing implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "shared_for_guidance_at")
    private OffsetDateTime sharedAt;

    @Column(name = "shared_by")
    private String sharedBy;

    protected GuidanceSharing() {}

    private GuidanceSharing(OffsetDateTime sharedAt, String sharedBy) {
        this.sharedAt = sharedAt;
        this.sharedBy = sharedBy;
    }

    /** Private: not shared. A new instance each time, so that no instance is shared between entities. */
    static GuidanceSharing none() {
        return new GuidanceSharing();
    }

    static GuidanceSharing by(String actor, OffsetDateTime at) {
        return new GuidanceSharing(at, actor);
    }

    /** {@code sharing} itself, or private where the persistence provider left an empty embeddable null. */
    static GuidanceSharing orNone(GuidanceSharing sharing) {
        return sharing == null ? none() : sharing;
    }

    /** Shared by the actor: only a draft that is private; empty otherwise. */
    Optional<GuidanceSharing> shared(ProgrammeStatus status, String actor, OffsetDateTime at) {
        return status == ProgrammeStatus.DRAFT && !isShared() ? Optional.of(by(actor, at)) : Optional.empty();
    }

    /** Private again: only a draft that is shared; empty otherwise. */
    Optional<GuidanceSharing> unshared(ProgrammeStatus status) {
        return status == ProgrammeStatus.DRAFT && isShared() ? Optional.of(none()) : Optional.empty();
    }

    public boolean isShared() {
        return sharedAt != null;
    }

    public OffsetDateTime sharedAt() {
        return sharedAt;
    }

    public String sharedBy() {
        return sharedBy;
    }
}
