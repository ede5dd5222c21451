package fi.koto.programme.entity;

/**
 * The form of a plan under Act 681/2023 chapter 5: the municipality records its goals, measures, responsible
 * parties, cooperation and monitoring either in a separate action programme (<em>erillinen kotoutumisen
 * edistämisen toimenpideohjelma</em>) or in another planning document, such as the municipal strategy or the
 * welfare report and plan, whose name is then recorded (docs/domain.md, "Planning documents: lifecycle, sharing,
 * review and adoption").
 */
public enum PlanForm {
    SEPARATE_PROGRAMME,
    PART_OF_OTHER_DOCUMENT
}
