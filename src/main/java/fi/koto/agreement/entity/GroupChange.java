package fi.koto.agreement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;

/**
 * How the places of one target group changed in one change of places on an agreement's timeline. The group is
 * kept by its code, so that an entry stays readable should a group ever be retired.
 */
@Embeddable
public class GroupChange {

    @Column(name = "target_group", nullable = false, updatable = false, length = 40)
    private String targetGroup;

    @Column(name = "places_before", nullable = false, updatable = false)
    private int before;

    @Column(name = "places_after", nullable = false, updatable = false)
    private int after;

    protected GroupChange() {}

    public GroupChange(TargetGroup group, int before, int after) {
        this.targetGroup = group.name();
        this.before = before;
        this.after = after;
    }

    public String targetGroup() {
        return targetGroup;
    }

    /** The group, empty for a code no group has any more. */
    public Optional<TargetGroup> group() {
        for (TargetGroup g : TargetGroup.values()) {
            if (g.name().equals(targetGroup)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    public int before() {
        return before;
    }

    public int after() {
        return after;
    }
}
