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
 *
 * <p>The basis also names the document for people ({@code programme.term.<name>}): a <i>kotouttamisohjelma</i> /
 * <i>integrationsprogram</i> under 1386/2010; under 681/2023 a <i>kotoutumisen edistämisen suunnitelma</i> / <i>plan
 * för integrationsfrämjande</i>, never <i>kotoutumisohjelma</i>, which since 1.1.2025 is the initial-phase service
 * package for an individual (681/2023 §13), nor the abolished <i>kotouttamisohjelma</i>. Sources:
 * https://kotoutuminen.fi/koto24-kunnan-kotoutumisen-suunnittelu , https://kotoutuminen.fi/koto24-kotoutumisohjelma ,
 * https://kotoutuminen.fi/sv/koto24-checklista-integrationsplanering (docs/domain.md, "Legal basis and terms").
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

    /** The day Act 681/2023 came into force and Act 1386/2010 was repealed (https://kotoutuminen.fi/koto24-kunnan-kotoutumisen-suunnittelu ; docs/domain.md, "Legal basis and terms"). */
    public static final java.time.LocalDate NEW_ACT_IN_FORCE = java.time.LocalDate.of(2025, 1, 1);

    /**
     * The basis a new document for a period ending on {@code periodEnd} is written under: 1386/2010 only for a
     * period that ended by 31.12.2024 (a record of history), otherwise 681/2023 (docs/domain.md, "Legal basis and
     * terms", the date rule).
     */
    public static LegalBasis forPeriod(java.time.LocalDate periodEnd) {
        return periodEnd != null && periodEnd.isBefore(NEW_ACT_IN_FORCE) ? ACT_1386_2010 : ACT_681_2023;
    }

    /**
     * Whether a document under this basis may be created for a period ending on {@code periodEnd}: a
     * kotouttamisohjelma cannot be started for a period that runs beyond 2024, and no plan under 681/2023 is made
     * for a period that ended before the act came into force.
     */
    public boolean allowsPeriodEnding(java.time.LocalDate periodEnd) {
        return forPeriod(periodEnd) == this;
    }
}
