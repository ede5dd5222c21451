package fi.koto.ui.programmes;

import fi.koto.programme.boundary.ProgrammeJson.Note;
import fi.koto.programme.boundary.ProgrammeReview;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The review of programmes/view.xhtml: the notes an official pins to sections and the coordinator's replies, and
 * the official's verdicts on the statutory checklist. A refusal keeps what was typed.
 */
@Named
@ViewScoped
public class ProgrammeReviewPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammePage page;

    @Inject
    ProgrammeReview review;

    private final Map<String, String> noteDrafts = new HashMap<>();
    private final Map<Long, String> replyDrafts = new HashMap<>();
    private Map<String, VerdictForm> verdictForms;

    public List<Note> notesFor(String key) {
        return page.getDetail().notes().stream()
                .filter(n -> n.section().equals(key))
                .toList();
    }

    public void pinNote(String key) {
        page.attempt(() -> review.pinNote(page.getId(), key, noteDrafts.get(key)), "programmePage.notePinned");
    }

    public void resolve(long noteId) {
        page.attempt(() -> review.resolveNote(page.getId(), noteId), "programmePage.noteResolved");
    }

    public void reply(long noteId) {
        page.attempt(() -> review.reply(page.getId(), noteId, replyDrafts.get(noteId)), "programmePage.replied");
    }

    public void judge(String key) {
        VerdictForm form = getVerdictForms().get(key);
        page.attempt(() -> review.judge(page.getId(), key, form.getVerdict(), form.getNote()), "programmePage.judged");
    }

    public Map<String, String> getNoteDrafts() {
        return noteDrafts;
    }

    public Map<Long, String> getReplyDrafts() {
        return replyDrafts;
    }

    public Map<String, VerdictForm> getVerdictForms() {
        if (verdictForms == null) {
            verdictForms = new HashMap<>();
            page.getDetail()
                    .checklist()
                    .forEach(r -> verdictForms.put(r.key(), new VerdictForm(r.verdict(), r.note())));
        }
        return verdictForms;
    }

    /** An official's verdict on one checklist requirement as the form holds it. */
    public static class VerdictForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String verdict;
        private String note;

        VerdictForm(String verdict, String note) {
            this.verdict = verdict;
            this.note = note;
        }

        public String getVerdict() {
            return verdict;
        }

        public void setVerdict(String verdict) {
            this.verdict = verdict;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }
}
