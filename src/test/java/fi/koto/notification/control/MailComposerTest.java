package fi.koto.notification.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.koto.access.control.Permission;
import fi.koto.access.control.Role;
import fi.koto.notification.entity.NotificationKind;
import fi.koto.platform.failure.Reason;
import fi.koto.platform.i18n.SupportedLanguage;
import org.junit.jupiter.api.Test;

class MailComposerTest {

    @Test
    void aMissingKeyFailsInsteadOfMailingTheBareKey() {
        Notice notice = Notice.of(
                NotificationKind.PROGRAMME_APPROVED,
                null,
                "notification.no.such.subject",
                "notification.programme.approved.body",
                "T");
        assertThatThrownBy(() -> MailComposer.compose(notice, SupportedLanguage.SV))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("notification.no.such.subject");
    }

    @Test
    void argumentsAreWrittenInTheRecipientsLanguage() {
        Localized greeting = language -> language.code().toUpperCase();
        Notice notice = Notice.of(
                NotificationKind.PROGRAMME_APPROVED,
                "Programme:1",
                "notification.programme.approved.subject",
                "notification.programme.approved.body",
                greeting,
                "Kunnat",
                "Olli",
                Reason.of("notification.comment.none"),
                "",
                "1",
                "link");
        assertThat(MailComposer.compose(notice, SupportedLanguage.SV).subject()).endsWith("– SV");
        assertThat(MailComposer.compose(notice, SupportedLanguage.SV).body()).contains("Kommentar: (ingen kommentar)");
        assertThat(MailComposer.compose(notice, SupportedLanguage.FI).subject()).endsWith("– FI");
    }

    @Test
    void aPlacesRoundReminderWritesTheYearAsAYearAndTheDeadlineAsADateInEachLanguage() {
        Localized authority = language ->
                language == SupportedLanguage.SV ? "Nylands livskraftscentral" : "Uudenmaan elinvoimakeskus";
        Notice notice = Notice.of(
                NotificationKind.PLACES_ROUND_REMINDER,
                "PlacesRound:7",
                "notification.placesRound.reminder.subject",
                "notification.placesRound.reminder.body",
                2027,
                Localized.date(java.time.LocalDate.of(2026, 10, 31)),
                (Localized) language -> "Vantaa",
                authority,
                "https://koto.example/places/index.xhtml");

        var finnish = MailComposer.compose(notice, SupportedLanguage.FI);
        assertThat(finnish.subject()).contains("vuodelle 2027", "31.10.2026");
        assertThat(finnish.body())
                .contains(
                        "Uudenmaan elinvoimakeskus muistuttaa",
                        "Kunnat: Vantaa",
                        "https://koto.example/places/index.xhtml");
        var swedish = MailComposer.compose(notice, SupportedLanguage.SV);
        assertThat(swedish.subject()).contains("för 2027");
        assertThat(swedish.body()).contains("Nylands livskraftscentral påminner");
        assertThat(MailComposer.compose(notice, SupportedLanguage.EN).subject()).contains("for 2027 by");
    }

    @Test
    void longSubjectsAreCutToOneShortLine() {
        assertThat(MailComposer.oneLine("a\tb\n\nc")).isEqualTo("a b c");
        assertThat(MailComposer.oneLine("x".repeat(400)))
                .hasSize(MailComposer.SUBJECT_LIMIT)
                .endsWith("…");
    }

    @Test
    void onlyAdministratorsOperateTheMail() {
        for (Role role : Role.values()) {
            assertThat(role.has(Permission.MANAGE_NOTIFICATIONS))
                    .as(role.name())
                    .isEqualTo(role == Role.ADMIN);
        }
    }
}
