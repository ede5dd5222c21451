package fi.koto.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.notification.control.ProgrammeMessages.Audience;
import fi.koto.notification.entity.NotificationKind;
import fi.koto.platform.i18n.SupportedLanguage;
import fi.koto.programme.entity.LegalBasis;
import fi.koto.programme.entity.ProgrammeAction;
import fi.koto.reference.control.MunicipalityName;
import fi.koto.reference.entity.Decision;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgrammeMessagesTest {

    static final MunicipalityNames HELSINKI_VANTAA = new MunicipalityNames(List.of(
            new MunicipalityName("092", "Vantaa", "Vanda"), new MunicipalityName("091", "Helsinki", "Helsingfors")));

    static ProgrammeMessages.Facts facts(String title, int round) {
        return new ProgrammeMessages.Facts(
                42,
                title,
                HELSINKI_VANTAA,
                round,
                LocalDate.of(2026, 12, 23),
                Links.programme("https://koto.example/", 42),
                LegalBasis.ACT_681_2023,
                Decision.NONE,
                null);
    }

    static ProgrammeMessages.Facts adopted(String title) {
        return adopted(title, LegalBasis.ACT_681_2023);
    }

    static ProgrammeMessages.Facts adopted(String title, LegalBasis basis) {
        return new ProgrammeMessages.Facts(
                42,
                title,
                HELSINKI_VANTAA,
                1,
                null,
                Links.programme("https://koto.example/", 42),
                basis,
                new Decision("Kaupunginvaltuusto", LocalDate.of(2026, 11, 30), "Kv 30.11.2026 § 12"),
                LocalDate.of(2029, 6, 30));
    }

    @Test
    void submissionsGoToOfficialsAndAnswersToCoordinators() {
        for (ProgrammeAction action : ProgrammeAction.values()) {
            Audience expected =
                    switch (action) {
                        case SUBMIT, ADOPT -> Audience.OFFICIALS;
                        case REQUEST_CHANGES, APPROVE -> Audience.COORDINATORS;
                        default -> Audience.NOBODY;
                    };
            assertThat(ProgrammeMessages.audience(action)).as(action.name()).isEqualTo(expected);
            assertThat(ProgrammeMessages.notice(action, facts("T", 1), "Olli", null))
                    .as(action.name())
                    .matches(n -> n.isPresent() == (expected != Audience.NOBODY));
        }
    }

    @Test
    void aSubmissionSaysWhatWhereWhoWhenAndWhereToLook() {
        Notice notice = ProgrammeMessages.notice(
                        ProgrammeAction.SUBMIT,
                        facts("Helsingin suunnitelma", 1),
                        "Helena Koordinaattori",
                        "Ensimmäinen versio")
                .orElseThrow();
        assertThat(notice.kind()).isEqualTo(NotificationKind.PROGRAMME_SUBMITTED);
        assertThat(notice.reference()).isEqualTo("Programme:42");

        ComposedMail fi = MailComposer.compose(notice, SupportedLanguage.FI);
        assertThat(fi.subject())
                .isEqualTo(
                        "Koto: asiakirja lähetettiin tarkastettavaksi (Kotoutumisen edistämisen suunnitelma) – Helsingin suunnitelma");
        assertThat(fi.body())
                .contains(
                        "Helena Koordinaattori lähetti asiakirjan tarkastettavaksi.",
                        "Nimi: Helsingin suunnitelma",
                        "Kunnat: Helsinki, Vantaa",
                        "Kommentti: Ensimmäinen versio",
                        "Tarkastuksen määräpäivä: 23.12.2026",
                        "https://koto.example/programmes/view.xhtml?id=42");

        ComposedMail sv = MailComposer.compose(notice, SupportedLanguage.SV);
        assertThat(sv.subject())
                .startsWith("Koto: dokument inlämnat för granskning (Plan för integrationsfrämjande) – ");
        assertThat(sv.body()).contains("Kommuner: Helsingfors, Vanda", "senast: 23 dec. 2026");

        ComposedMail en = MailComposer.compose(notice, SupportedLanguage.EN);
        assertThat(en.subject())
                .isEqualTo("Koto: document submitted for review (Integration promotion plan) – Helsingin suunnitelma");
        assertThat(en.body()).contains("Municipalities: Helsinki, Vantaa", "Review due by: Dec 23, 2026");
    }

    @Test
    void aSecondSubmissionSaysSoWithItsRound() {
        Notice notice = ProgrammeMessages.notice(ProgrammeAction.SUBMIT, facts("T", 2), "Helena", null)
                .orElseThrow();
        ComposedMail fi = MailComposer.compose(notice, SupportedLanguage.FI);
        assertThat(fi.subject()).contains("uudelleen");
        assertThat(fi.body()).contains("(kierros 2)", "Kommentti: (ei kommenttia)");
    }

    @Test
    void changesRequestedCarriesTheReasonAndApprovalItsComment() {
        ComposedMail changes = MailComposer.compose(
                ProgrammeMessages.notice(
                                ProgrammeAction.REQUEST_CHANGES, facts("T", 1), "Olli Virkamies", "Lisätkää mittarit.")
                        .orElseThrow(),
                SupportedLanguage.FI);
        assertThat(changes.subject())
                .isEqualTo("Koto: asiakirjaan pyydetään muutoksia (Kotoutumisen edistämisen suunnitelma) – T");
        assertThat(changes.body()).contains("Olli Virkamies palautti", "Pyydetyt muutokset: Lisätkää mittarit.");

        ComposedMail approved = MailComposer.compose(
                ProgrammeMessages.notice(ProgrammeAction.APPROVE, facts("T", 1), "Olli Virkamies", "  ")
                        .orElseThrow(),
                SupportedLanguage.EN);
        assertThat(approved.subject()).isEqualTo("Koto: document approved (Integration promotion plan) – T");
        assertThat(approved.body()).contains("Olli Virkamies approved", "Comment: (no comment)");
    }

    @Test
    void markupInATitleIsKeptAsTextAndCannotBreakTheSubjectLine() {
        String title = "<script>alert('x')</script> {0} 'quoted'\r\nBcc: someone@example.org";
        ComposedMail mail = MailComposer.compose(
                ProgrammeMessages.notice(
                                ProgrammeAction.SUBMIT,
                                facts(title, 1),
                                "<b>Helena</b>",
                                "<img src=x onerror=alert(1)>")
                        .orElseThrow(),
                SupportedLanguage.FI);
        assertThat(mail.subject())
                .doesNotContain("\r", "\n")
                .endsWith("<script>alert('x')</script> {0} 'quoted' Bcc: someone@example.org");
        assertThat(mail.body())
                .contains("Nimi: " + title, "<b>Helena</b> lähetti", "Kommentti: <img src=x onerror=alert(1)>");
    }

    @Test
    void anAdoptionTellsTheOfficialsWhoAdoptedThePlanWhenAndUntilWhen() {
        Notice notice = ProgrammeMessages.notice(
                        ProgrammeAction.ADOPT, adopted("Helsingin suunnitelma"), "Helena Koordinaattori", null)
                .orElseThrow();
        assertThat(notice.kind()).isEqualTo(NotificationKind.PROGRAMME_ADOPTED);
        assertThat(notice.reference()).isEqualTo("Programme:42");

        ComposedMail fi = MailComposer.compose(notice, SupportedLanguage.FI);
        assertThat(fi.subject())
                .isEqualTo(
                        "Koto: kunta hyväksyi asiakirjan (Kotoutumisen edistämisen suunnitelma) – Helsingin suunnitelma");
        assertThat(fi.body())
                .contains(
                        "Helena Koordinaattori kirjasi kunnan hyväksymispäätöksen. Asiakirja on nyt voimassa.",
                        "Kunnat: Helsinki, Vantaa",
                        "Hyväksynyt toimielin: Kaupunginvaltuusto",
                        "Päätöspäivä: 30.11.2026",
                        "Pöytäkirjan pykälä: Kv 30.11.2026 § 12",
                        "Seuraava tarkistus viimeistään: 30.6.2029",
                        "https://koto.example/programmes/view.xhtml?id=42");

        ComposedMail sv = MailComposer.compose(notice, SupportedLanguage.SV);
        assertThat(sv.subject())
                .isEqualTo(
                        "Koto: kommunen har antagit dokumentet (Plan för integrationsfrämjande) – Helsingin suunnitelma");
        assertThat(sv.body()).contains("Kommuner: Helsingfors, Vanda", "Organ som antog det: Kaupunginvaltuusto");

        ComposedMail en = MailComposer.compose(notice, SupportedLanguage.EN);
        assertThat(en.body())
                .contains(
                        "recorded the municipality's adoption decision",
                        "Date of the decision: Nov 30, 2026",
                        "Next revision due by: Jun 30, 2029");
    }

    @Test
    void anOldLawProgrammeIsNamedByItsOwnActInTheAdoptionMail() {
        var old = adopted("Vantaan ohjelma", LegalBasis.ACT_1386_2010);
        ComposedMail fi = MailComposer.compose(
                ProgrammeMessages.notice(ProgrammeAction.ADOPT, old, "Helena", null)
                        .orElseThrow(),
                SupportedLanguage.FI);
        assertThat(fi.subject()).isEqualTo("Koto: kunta hyväksyi asiakirjan (Kotouttamisohjelma) – Vantaan ohjelma");
    }
}
