package fi.koto.guideline.boundary;

import fi.koto.guideline.boundary.GuidelineJson.OccupationEntry;
import fi.koto.guideline.entity.GuidelineOccupation;
import fi.koto.guideline.entity.WorkPermitGuideline;
import fi.koto.platform.failure.Reason;
import fi.koto.reference.entity.Occupation;
import fi.koto.reference.entity.RegionalAuthority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks what an official sends for a guideline and collects every problem as a reason, so that one answer lists
 * them all (422). Occupation codes are looked up in the classification; an unknown one is named in the message.
 */
@ApplicationScoped
public class GuidelineInput {

    @PersistenceContext
    EntityManager em;

    public Optional<RegionalAuthority> authority(String code) {
        return em.createQuery("select a from RegionalAuthority a where a.code = :code", RegionalAuthority.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public Optional<Occupation> occupation(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Occupation.class, code.strip()));
    }

    public LocalDate date(String text, String field, List<Reason> problems) {
        if (text == null || text.isBlank()) {
            problems.add(Reason.of("guideline.date.missing", Reason.of("guideline.field." + field)));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(Reason.of("guideline.date.invalid", Reason.of("guideline.field." + field), text));
            return null;
        }
    }

    public void period(LocalDate from, LocalDate to, List<Reason> problems) {
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(Reason.of("guideline.period.order", from, to));
        }
    }

    public void situation(String fi, String sv, List<Reason> problems) {
        for (String text : new String[] {fi, sv}) {
            if (text != null && text.length() > WorkPermitGuideline.SITUATION_LIMIT) {
                problems.add(Reason.of("guideline.situation.tooLong", WorkPermitGuideline.SITUATION_LIMIT));
            }
        }
    }

    /** The occupations as entries; each unknown, non-unit-group, repeated or over-long one is a reason. */
    public List<GuidelineOccupation.Entry> occupations(List<OccupationEntry> given, List<Reason> problems) {
        List<GuidelineOccupation.Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (OccupationEntry entry : given == null ? List.<OccupationEntry>of() : given) {
            String code =
                    entry == null || entry.code() == null ? "" : entry.code().strip();
            Optional<Occupation> found = occupation(code);
            if (found.isEmpty()) {
                problems.add(Reason.of("guideline.occupation.unknown", code));
                continue;
            }
            Occupation occupation = found.get();
            if (occupation.getLevel() != Occupation.UNIT_GROUP) {
                problems.add(Reason.of(
                        "guideline.occupation.notUnitGroup", code, occupation.getTitleEn(), occupation.getLevel()));
                continue;
            }
            if (!seen.add(code)) {
                problems.add(Reason.of("guideline.occupation.repeated", code));
                continue;
            }
            for (String text : new String[] {entry.justificationFi(), entry.justificationSv()}) {
                if (text != null && text.length() > GuidelineOccupation.JUSTIFICATION_LIMIT) {
                    problems.add(Reason.of(
                            "guideline.occupation.justificationTooLong",
                            code,
                            GuidelineOccupation.JUSTIFICATION_LIMIT));
                }
            }
            entries.add(new GuidelineOccupation.Entry(occupation, entry.justificationFi(), entry.justificationSv()));
        }
        return entries;
    }
}
