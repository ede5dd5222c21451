package fi.koto.programme.entity;

import java.util.List;

/**
 * The law a programme is written under, which fixes its content sections and the review checklist. Under
 * Act 1386/2010 §33 the sections follow the eight items of the act; under Act 681/2023 ch. 5 the planning
 * document states goals, measures, responsible parties, cooperation and monitoring with indicators, and must
 * take the state programme VALKO into account and be coordinated with the wellbeing county and employment area.
 */
public enum LegalBasis {
    ACT_1386_2010(
            List.of("strategy", "services", "responsibilities", "childrenAndYouth", "outsideLabourForce",
                    "refugeePlacement", "goodRelations", "monitoring"),
            List.of("strategy", "services", "responsibilities", "childrenAndYouth", "outsideLabourForce",
                    "refugeePlacement", "goodRelations", "monitoring", "participation")),
    ACT_681_2023(
            List.of("goals", "measures", "responsibleParties", "cooperation", "monitoring"),
            List.of("goals", "measures", "responsibleParties", "cooperation", "indicators", "valko",
                    "coordination"));

    private final List<String> sections;
    private final List<String> requirements;

    LegalBasis(List<String> sections, List<String> requirements) {
        this.sections = sections;
        this.requirements = requirements;
    }

    /** The content section keys, in the order of the act. */
    public List<String> sections() {
        return sections;
    }

    /** The keys of the checklist the reviewing official gives a verdict on. */
    public List<String> requirements() {
        return requirements;
    }

    /** Every section is required content for submission. */
    public boolean isRequired(String sectionKey) {
        return sections.contains(sectionKey);
    }
}
