package fi.koto.guideline.boundary;

import fi.koto.guideline.boundary.GuidelineJson.Changes;
import fi.koto.guideline.boundary.GuidelineJson.Detail;
import fi.koto.guideline.boundary.GuidelineJson.HistoryEntry;
import fi.koto.guideline.boundary.GuidelineJson.ListedOccupation;
import fi.koto.guideline.boundary.GuidelineJson.OccupationTitle;
import fi.koto.guideline.boundary.GuidelineJson.Party;
import fi.koto.guideline.control.GuidelineCatalog;
import fi.koto.guideline.control.GuidelineChanges;
import fi.koto.guideline.entity.WorkPermitGuideline;
import fi.koto.reference.entity.Occupation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;

/** Turns a guideline into its JSON detail, with what changed against its previous guideline. */
@ApplicationScoped
public class GuidelineViews {

    @PersistenceContext
    EntityManager em;

    @Inject
    GuidelineCatalog catalog;

    public Detail detail(WorkPermitGuideline g, String language, boolean editable) {
        return new Detail(
                g.getId(),
                g.getStatus().name(),
                g.getAuthorities().stream()
                        .map(a -> GuidelineJson.Authority.of(a, language))
                        .toList(),
                g.getValidFrom(),
                g.getValidTo(),
                g.getSituationFi(),
                g.getSituationSv(),
                g.getConsultationDeadline(),
                g.getDecidedOn(),
                g.getDecisionMaker(),
                g.getDecisionReference(),
                g.getEffectiveOn(),
                g.getEffectiveOn() == null ? null : g.lastDay(),
                g.getOccupations().stream()
                        .map(o -> ListedOccupation.of(o, language))
                        .toList(),
                changes(g, language),
                g.getParties().stream().map(Party::of).toList(),
                catalog.history(g).stream().map(HistoryEntry::of).toList(),
                editable && g.getStatus().isEditable(),
                g.getChangedBy(),
                g.getVersion());
    }

    /** Occupations added and removed against the previous guideline (all are "added" when there is none). */
    public Changes changes(WorkPermitGuideline g, String language) {
        WorkPermitGuideline previous = g.getPrevious();
        GuidelineChanges changes = GuidelineChanges.between(
                previous == null ? null : previous.getId(),
                previous == null ? Set.of() : previous.occupationCodes(),
                g.occupationCodes());
        return Changes.of(changes, code -> OccupationTitle.of(em.find(Occupation.class, code), language));
    }
}
