package fi.koto.programme.entity;

/** An official's verdict on one checklist requirement. */
public enum Verdict {
    MEETS,
    PARTLY,
    MISSING
}
