package fi.koto.guideline.entity;

import static fi.koto.guideline.entity.GuidelineAction.DECIDE;
import static fi.koto.guideline.entity.GuidelineAction.EXPIRE;
import static fi.koto.guideline.entity.GuidelineAction.START_CONSULTATION;
import static fi.koto.guideline.entity.GuidelineAction.SUPERSEDE;
import static fi.koto.guideline.entity.GuidelineAction.TAKE_EFFECT;
import static fi.koto.guideline.entity.GuidelineStatus.DECIDED;
import static fi.koto.guideline.entity.GuidelineStatus.DRAFT;
import static fi.koto.guideline.entity.GuidelineStatus.EXPIRED;
import static fi.koto.guideline.entity.GuidelineStatus.IN_CONSULTATION;
import static fi.koto.guideline.entity.GuidelineStatus.IN_FORCE;
import static fi.koto.guideline.entity.GuidelineStatus.SUPERSEDED;
import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.access.control.Role;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The whole matrix: every state, every action, every role, against the table the guideline cycle is built on. */
class GuidelineStatusTest {

    /** The only allowed moves: state and action to the next state and the one role that may take it (null: system). */
    private static final Map<String, Object[]> ALLOWED = Map.of(
            key(DRAFT, START_CONSULTATION), new Object[] {IN_CONSULTATION, Role.OFFICIAL},
            key(IN_CONSULTATION, DECIDE), new Object[] {DECIDED, Role.OFFICIAL},
            key(DECIDED, TAKE_EFFECT), new Object[] {IN_FORCE, null},
            key(DECIDED, SUPERSEDE), new Object[] {SUPERSEDED, null},
            key(IN_FORCE, SUPERSEDE), new Object[] {SUPERSEDED, null},
            key(IN_FORCE, EXPIRE), new Object[] {EXPIRED, null});

    private static String key(GuidelineStatus status, GuidelineAction action) {
        return status + "/" + action;
    }

    @Test
    void everyStateActionAndRoleFollowsTheTable() {
        int allowedForSomeone = 0;
        for (GuidelineStatus status : GuidelineStatus.values()) {
            for (GuidelineAction action : GuidelineAction.values()) {
                Object[] expected = ALLOWED.get(key(status, action));
                assertThat(status.after(action))
                        .as(key(status, action))
                        .isEqualTo(Optional.ofNullable(expected == null ? null : (GuidelineStatus) expected[0]));
                for (Role role : Role.values()) {
                    boolean shouldAllow = expected != null && expected[1] == role;
                    assertThat(status.allows(action, role))
                            .as(key(status, action) + " by " + role)
                            .isEqualTo(shouldAllow);
                    allowedForSomeone += shouldAllow ? 1 : 0;
                }
            }
        }
        assertThat(allowedForSomeone).isEqualTo(2);
    }

    @Test
    void endStatesLeadNowhere() {
        for (GuidelineStatus end : Set.of(SUPERSEDED, EXPIRED)) {
            for (GuidelineAction action : GuidelineAction.values()) {
                assertThat(end.after(action)).as(key(end, action)).isEmpty();
            }
        }
    }

    @Test
    void onlyPreparationIsEditableAndOnlyDecidedAndAfterArePublic() {
        for (GuidelineStatus status : GuidelineStatus.values()) {
            boolean preparing = status == DRAFT || status == IN_CONSULTATION;
            assertThat(status.isEditable()).as(status.name()).isEqualTo(preparing);
            assertThat(status.isPublished()).as(status.name()).isEqualTo(!preparing);
            assertThat(status.isConsulting()).as(status.name()).isEqualTo(status == IN_CONSULTATION);
        }
    }
}
