package fi.koto.programme.entity;

import static fi.koto.programme.entity.ProgrammeAction.ADOPT;
import static fi.koto.programme.entity.ProgrammeAction.APPROVE;
import static fi.koto.programme.entity.ProgrammeAction.REQUEST_CHANGES;
import static fi.koto.programme.entity.ProgrammeAction.START_REVIEW;
import static fi.koto.programme.entity.ProgrammeAction.SUBMIT;
import static fi.koto.programme.entity.ProgrammeAction.SUPERSEDE;
import static fi.koto.programme.entity.ProgrammeAction.WITHDRAW;
import static fi.koto.programme.entity.ProgrammeStatus.ADOPTED;
import static fi.koto.programme.entity.ProgrammeStatus.APPROVED;
import static fi.koto.programme.entity.ProgrammeStatus.CHANGES_REQUESTED;
import static fi.koto.programme.entity.ProgrammeStatus.DRAFT;
import static fi.koto.programme.entity.ProgrammeStatus.IN_REVIEW;
import static fi.koto.programme.entity.ProgrammeStatus.SUBMITTED;
import static fi.koto.programme.entity.ProgrammeStatus.SUPERSEDED;
import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.access.control.Role;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The whole matrix: every state, every action, every role, against the table the review cycle is built on. */
class ProgrammeStatusTest {

    /** The only allowed moves: state and action to the next state and the one role that may take it. */
    private static final Map<String, Object[]> ALLOWED = Map.of(
            key(DRAFT, SUBMIT), new Object[] {SUBMITTED, Role.COORDINATOR},
            key(CHANGES_REQUESTED, SUBMIT), new Object[] {SUBMITTED, Role.COORDINATOR},
            key(SUBMITTED, WITHDRAW), new Object[] {DRAFT, Role.COORDINATOR},
            key(SUBMITTED, START_REVIEW), new Object[] {IN_REVIEW, Role.OFFICIAL},
            key(IN_REVIEW, REQUEST_CHANGES), new Object[] {CHANGES_REQUESTED, Role.OFFICIAL},
            key(IN_REVIEW, APPROVE), new Object[] {APPROVED, Role.OFFICIAL},
            key(APPROVED, ADOPT), new Object[] {ADOPTED, Role.COORDINATOR},
            key(APPROVED, SUPERSEDE), new Object[] {SUPERSEDED, null},
            key(ADOPTED, SUPERSEDE), new Object[] {SUPERSEDED, null});

    private static String key(ProgrammeStatus status, ProgrammeAction action) {
        return status + "/" + action;
    }

    @Test
    void everyStateActionAndRoleFollowsTheTable() {
        int allowedForSomeone = 0;
        for (ProgrammeStatus status : ProgrammeStatus.values()) {
            for (ProgrammeAction action : ProgrammeAction.values()) {
                Object[] expected = ALLOWED.get(key(status, action));
                Optional<ProgrammeStatus> next = status.after(action);
                assertThat(next)
                        .as(key(status, action))
                        .isEqualTo(Optional.ofNullable(expected == null ? null : (ProgrammeStatus) expected[0]));
                for (Role role : Role.values()) {
                    boolean shouldAllow = expected != null && expected[1] == role;
                    assertThat(status.allows(action, role))
                            .as(key(status, action) + " by " + role)
                            .isEqualTo(shouldAllow);
                    allowedForSomeone += shouldAllow ? 1 : 0;
                }
            }
        }
        assertThat(allowedForSomeone).isEqualTo(7);
    }

    @Test
    void onlyAnAdoptedPlanIsInForceAndOnlyAnAcceptedOneTakesTheAdoptionDocument() {
        for (ProgrammeStatus status : ProgrammeStatus.values()) {
            assertThat(status.isInForce()).as(status.name()).isEqualTo(status == ADOPTED);
            assertThat(status.acceptsAdoptionDocument()).as(status.name()).isEqualTo(status == APPROVED);
        }
    }

    @Test
    void managersAndAdministratorsNeverMoveAProgramme() {
        for (ProgrammeStatus status : ProgrammeStatus.values()) {
            for (ProgrammeAction action : ProgrammeAction.values()) {
                assertThat(status.allows(action, Role.MANAGER)).isFalse();
                assertThat(status.allows(action, Role.ADMIN)).isFalse();
            }
        }
    }

    @Test
    void onlyDraftsAndReturnedProgrammesAreEditableAndOnlyInReviewTakesNotes() {
        for (ProgrammeStatus status : ProgrammeStatus.values()) {
            assertThat(status.isEditable()).as(status.name()).isEqualTo(status == DRAFT || status == CHANGES_REQUESTED);
            assertThat(status.isUnderReview()).as(status.name()).isEqualTo(status == IN_REVIEW);
        }
    }

    @Test
    void onlySendingBackNeedsAComment() {
        for (ProgrammeAction action : ProgrammeAction.values()) {
            assertThat(action.commentRequired()).as(action.name()).isEqualTo(action == REQUEST_CHANGES);
        }
    }

    @Test
    void theLegalBasesHaveTheSectionsOfTheirActs() {
        assertThat(LegalBasis.ACT_1386_2010.sections()).hasSize(8);
        assertThat(LegalBasis.ACT_681_2023.sections())
                .containsExactly("goals", "measures", "responsibleParties", "cooperation", "monitoring");
        for (LegalBasis basis : LegalBasis.values()) {
            assertThat(basis.requirements()).isNotEmpty().doesNotHaveDuplicates();
        }
    }
}
