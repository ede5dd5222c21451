package fi.koto.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.notification.entity.NotificationKind;
import fi.koto.platform.i18n.SupportedLanguage;
import fi.koto.reference.control.MunicipalityName;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestMessagesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final MunicipalityNames HELSINKI =
            new MunicipalityNames(List.of(new MunicipalityName("091", "Helsinki", "Helsingfors")));

    static Notice digest(List<OverdueReview> overdue) {
        return DigestMessages.notice(
                overdue,
                TODAY,
                id -> "https://koto.example/programmes/view.xhtml?id=" + id,
                "https://koto.example/programmes/index.xhtml");
    }

    @Test
    void oneMailListsEveryOverdueReviewWithItsDelayAndLink() {
        Notice notice = digest(List.of(
                new OverdueReview(7, "Helsingin suunnitelma", HELSINKI, "IN_REVIEW", TODAY.minusDays(30)),
                new OverdueReview(9, "<script>x</script>", HELSINKI, "SUBMITTED", TODAY.minusDays(1))));
        assertThat(notice.kind()).isEqualTo(NotificationKind.OVERDUE_REVIEWS_DIGEST);
        assertThat(notice.reference()).isEqualTo("Digest:2026-11-23");

        ComposedMail fi = MailComposer.compose(notice, SupportedLanguage.FI);
        assertThat(fi.subject()).isEqualTo("Koto: myöhässä olevat tarkastukset (2)");
        assertThat(fi.body())
                .contains(
                        "tilanne 23.11.2026",
                        "- Helsingin suunnitelma (Helsinki), Tarkastettavana, määräpäivä 24.10.2026, 30 pv myöhässä\n"
                                + "  https://koto.example/programmes/view.xhtml?id=7",
                        "- <script>x</script> (Helsinki), Lähetetty, määräpäivä 22.11.2026, 1 pv myöhässä",
                        "https://koto.example/programmes/index.xhtml");
        assertThat(fi.body().indexOf("id=7")).isLessThan(fi.body().indexOf("id=9"));

        ComposedMail sv = MailComposer.compose(notice, SupportedLanguage.SV);
        assertThat(sv.subject()).isEqualTo("Koto: försenade granskningar (2)");
        assertThat(sv.body())
                .contains(
                        "(Helsingfors), Under granskning, sista dag 24 okt. 2026, 30 dagar försenad",
                        "(Helsingfors), Inlämnat, sista dag 22 nov. 2026, 1 dag försenad");
    }

    @Test
    void aLongListEndsWithHowManyMoreTheQueueHolds() {
        List<OverdueReview> many = new ArrayList<>();
        for (int i = 0; i < DigestMessages.MAX_ITEMS + 5; i++) {
            many.add(new OverdueReview(1000 + i, "P" + i, HELSINKI, "SUBMITTED", TODAY.minusDays(2)));
        }
        ComposedMail en = MailComposer.compose(digest(many), SupportedLanguage.EN);
        assertThat(en.subject()).isEqualTo("Koto: overdue reviews (105)");
        assertThat(en.body())
                .contains("id=1099", "due Nov 21, 2026, 2 days late", "… and 5 more; the work queue shows them all.")
                .doesNotContain("id=1100");
    }
}
