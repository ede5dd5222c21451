package fi.koto.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.platform.i18n.PlanTermsTest;
import fi.koto.programme.entity.LegalBasis;
import org.junit.jupiter.api.Test;

/** The demo reads like the real thing: every section in both languages, no internal key, the right terms. */
class DemoPlanTextsTest {

    @Test
    void everySectionOfEveryBasisHasFinnishAndSwedishWithoutItsKey() {
        for (LegalBasis basis : LegalBasis.values()) {
            for (String key : basis.sections()) {
                for (String text : new String[] {DemoPlanTexts.fi(basis, key), DemoPlanTexts.sv(basis, key)}) {
                    assertThat(text).as(basis + "." + key).isNotBlank().doesNotContain(key, "osiosta", "avsnittet ");
                }
                assertThat(DemoPlanTexts.fi(basis, key)).isNotEqualTo(DemoPlanTexts.sv(basis, key));
            }
        }
    }

    @Test
    void aPlanUnderTheNewActIsNotCalledByTheOldNames() {
        for (String key : LegalBasis.ACT_681_2023.sections()) {
            assertThat(PlanTermsTest.wrongTerms(DemoPlanTexts.fi(LegalBasis.ACT_681_2023, key)))
                    .isEmpty();
            assertThat(PlanTermsTest.wrongTerms(DemoPlanTexts.sv(LegalBasis.ACT_681_2023, key)))
                    .isEmpty();
        }
        assertThat(PlanTermsTest.wrongTerms(DemoPlanTexts.GOAL_ADDED_FI)).isEmpty();
    }
}
