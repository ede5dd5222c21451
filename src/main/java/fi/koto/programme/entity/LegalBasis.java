package fi.koto.programme.entity;

import java.util.List;

/**
 * The law a programme is written under, which fixes its content sections and the review checklist. Under
 * Act 1386/2010 §33 the sections follow the eight items of the act; under Act 681/2023 ch. 5 the planning
 * document states goals, measures, responsible parties, cooperation and monitoring with indicators, and must
 * take the state programme VALKO into account and be coordinated with the wellbeing county and employment area.
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
