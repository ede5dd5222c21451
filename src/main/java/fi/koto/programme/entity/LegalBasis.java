package fi.koto.programme.entity;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The law a programme is written under, which fixes its content sections, the review checklist, which of them
 * the act requires and how often the plan is revised (docs/domain.md, "Planning documents: lifecycle, sharing,
 * review and adoption", which cites the sources).
 *
 * <ul>
 *   <li>Act 1386/2010: §33 lists eight items the programme <em>may</em> contain, so every section and every
 *       checklist item is recommended, none required; §32: adopted by the council and reviewed at least once every
 *       four years.
 *   <li>Act 681/2023, §45 (chapter 5): the municipality records goals, measures, responsible parties, cooperation
 *       and monitoring with indicators, takes the state programme VALKO into account and coordinates its planning
 *       with the wellbeing county and the employment area; all of it is required. The act sets no revision
 *       interval, so the municipality's own next-revision date is recorded at adoption.
 * </ul>
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
            Set.of(),
            List.of(
                    "strategy",
                    "services",
                    "responsibilities",
                    "childrenAndYouth",
                    "outsideLabourForce",
                    "refugeePlacement",
                    "goodRelations",
                    "monitoring",
                    "participation"),
            Set.of(),
            Period.ofYears(4)),
    ACT_681_2023(
            List.of("goals", "measures", "responsibleParties", "cooperation", "monitoring"),
            Set.of("goals", "measures", "responsibleParties", "cooperation", "monitoring"),
            List.of("goals", "measures", "responsibleParties", "cooperation", "indicators", "valko", "coordination"),
            Set.of("goals", "measures", "responsibleParties", "cooperation", "indicators", "valko", "coordination"),
            null);

    private final List<String> sections;
    private final Set<String> requiredSections;
    private final List<String> requirements;
    private final Set<String> requiredRequirements;
    private final Period revisionInterval;

    LegalBasis(
            List<String> sections,
            Set<String> requiredSections,
            List<String> requirements,
            Set<String> requiredRequirements,
            Period revisionInterval) {
        this.sections = sections;
        this.requiredSections = requiredSections;
        this.requirements = requirements;
        this.requiredRequirements = requiredRequirements;
        this.revisionInterval = revisionInterval;
    }

    /** The content section keys, in the order of the act. */
    public List<String> sections() {
        return sections;
    }

    /** The keys of the checklist the reviewing official gives a verdict on. */
    public List<String> requirements() {
        return requirements;
    }

    /** Whether the act requires the section's content: only required sections block a submission when empty. */
    public boolean isRequired(String sectionKey) {
        return requiredSections.contains(sectionKey);
    }

    /**
     * Whether the act requires the checklist item: a required item must meet the act at least partly for the
     * review to be accepted and cannot be judged {@link Verdict#NOT_INCLUDED}; a recommended one can.
     */
    public boolean isRequiredRequirement(String requirementKey) {
        return requiredRequirements.contains(requirementKey);
    }

    /**
     * How long an adopted programme stays current before it is due for revision: four years under Act 1386/2010
     * (§32, "at least once every four years"); Act 681/2023 sets no interval, so none is assumed and the
     * municipality records its own date.
     */
    public Optional<Period> revisionInterval() {
        return Optional.ofNullable(revisionInterval);
    }

    /** The day a programme adopted (or, before adoption is recorded, accepted) on the day is due for revision. */
    public Optional<LocalDate> revisionDue(LocalDate adoptedOn) {
        return adoptedOn == null ? Optional.empty() : revisionInterval().map(adoptedOn::plus);
    }

    /** Whether the act leaves the revision date to the municipality (no statutory interval). */
    public boolean revisionDateIsMunicipalitys() {
        return revisionInterval == null;
    }

    /** Whether the plan's form (a separate action programme, or part of another planning document) is recorded. */
    public boolean hasPlanForm() {
        return this == ACT_681_2023;
    }
}
