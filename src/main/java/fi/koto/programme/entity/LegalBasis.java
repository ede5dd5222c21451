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
            List.of(
                    "strategy",
                    "services",
                    "responsibilities",
                    "childrenAndYouth",
                    "outsideLabourForce",
                    "refugeePlacement",
                    "goodRelations",
                    "monitoring"),
            List.of(
                    "strategy",
                    "services",
                    "responsibilities",
                    "childrenAndYouth",
                    "outsideLabourForce",
                    "refugeePlacement",
                    "goodRelations",
                    "monitoring",
                    "participation")),
    ACT_681_2023(
            List.of("goals", "measures", "responsibleParties", "cooperation", "monitoring"),
            List.of("goals", "measures", "responsibleParties", "cooperation", "indicators", "valko", "coordination"));

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

    /**
     * How long an approved programme stays current before it is due for revision: four years under Act 1386/2010
     * (section 32, "at least once every four years"); Act 681/2023 sets no fixed interval (docs/domain.md,
     * "Planning documents: lifecycle, sharing, review and adoption"), so none is assumed.
     */
    public java.util.Optional<java.time.Period> revisionInterval() {
        return this == ACT_1386_2010 ? java.util.Optional.of(java.time.Period.ofYears(4)) : java.util.Optional.empty();
    }

    /** The day an approved programme is due for revision, if its legal basis sets an interval. */
    public java.util.Optional<java.time.LocalDate> revisionDue(java.time.LocalDate approvedOn) {
        return approvedOn == null
                ? java.util.Optional.empty()
                : revisionInterval().map(approvedOn::plus);
    }
}
