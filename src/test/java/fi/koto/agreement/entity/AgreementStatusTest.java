package fi.koto.agreement.entity;

import static fi.koto.agreement.entity.AgreementAction.RECORD_CONSULTATION;
import static fi.koto.agreement.entity.AgreementAction.RECORD_DECISION;
import static fi.koto.agreement.entity.AgreementAction.SEND;
import static fi.koto.agreement.entity.AgreementAction.SIGN;
import static fi.koto.agreement.entity.AgreementAction.TERMINATE;
import static fi.koto.agreement.entity.AgreementStatus.ACTIVE;
import static fi.koto.agreement.entity.AgreementStatus.DRAFT;
import static fi.koto.agreement.entity.AgreementStatus.MUNICIPAL_DECISION_RECORDED;
import static fi.koto.agreement.entity.AgreementStatus.SENT_TO_MUNICIPALITY;
import static fi.koto.agreement.entity.AgreementStatus.TERMINATED;
import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.access.control.Role;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every status × action × role, against the agreement's steps (docs/domain.md, "Placement agreements and the annual
 * places round").
 */
class AgreementStatusTest {

    /** The expected next status per (status, action); absent = refused. */
    private static final Map<AgreementStatus, Map<AgreementAction, AgreementStatus>> ALLOWED =
            new EnumMap<>(AgreementStatus.class);

    static {
        for (AgreementStatus s : AgreementStatus.values()) {
            ALLOWED.put(s, new EnumMap<>(AgreementAction.class));
        }
        ALLOWED.get(DRAFT).put(RECORD_CONSULTATION, DRAFT);
        ALLOWED.get(DRAFT).put(SEND, SENT_TO_MUNICIPALITY);
        ALLOWED.get(SENT_TO_MUNICIPALITY).put(RECORD_DECISION, MUNICIPAL_DECISION_RECORDED);
        ALLOWED.get(MUNICIPAL_DECISION_RECORDED).put(SIGN, ACTIVE);
        for (AgreementStatus s :
                new AgreementStatus[] {DRAFT, SENT_TO_MUNICIPALITY, MUNICIPAL_DECISION_RECORDED, ACTIVE}) {
            ALLOWED.get(s).put(TERMINATE, TERMINATED);
        }
    }

    /** Which role may take which action at all. */
    private static boolean roleMay(Role role, AgreementAction action) {
        return action == RECORD_DECISION ? role == Role.COORDINATOR : role == Role.OFFICIAL;
    }

    @Test
    void everyStatusActionAndRole() {
        int checked = 0;
        for (AgreementStatus status : AgreementStatus.values()) {
            for (AgreementAction action : AgreementAction.values()) {
                AgreementStatus expected = ALLOWED.get(status).get(action);
                assertThat(status.after(action).orElse(null))
                        .as(status + " " + action)
                        .isEqualTo(expected);
                for (Role role : Role.values()) {
                    assertThat(status.allows(action, role))
                            .as(status + " " + action + " " + role)
                            .isEqualTo(expected != null && roleMay(role, action));
                    checked++;
                }
            }
        }
        assertThat(checked)
                .isEqualTo(AgreementStatus.values().length * AgreementAction.values().length * Role.values().length);
    }

    @Test
    void managersAndAdministratorsNeverMoveAnAgreement() {
        for (AgreementStatus status : AgreementStatus.values()) {
            for (AgreementAction action : AgreementAction.values()) {
                assertThat(status.allows(action, Role.MANAGER)).isFalse();
                assertThat(status.allows(action, Role.ADMIN)).isFalse();
            }
        }
    }

    @Test
    void terminatedIsFinal() {
        for (AgreementAction action : AgreementAction.values()) {
            assertThat(TERMINATED.after(action)).as(action.name()).isEmpty();
        }
    }
}
