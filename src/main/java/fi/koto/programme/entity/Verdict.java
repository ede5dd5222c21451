package fi.koto.programme.entity;

/**
 * An official's verdict on one checklist requirement. {@link #NOT_INCLUDED} says that the programme leaves out a
 * recommended item on purpose; it is refused for an item the act requires ({@link
 * LegalBasis#isRequiredRequirement}).
 */
public enum Verdict {
    MEETS,
    PARTLY,
    MISSING,
    NOT_INCLUDED
}
