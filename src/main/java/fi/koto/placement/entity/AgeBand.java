package fi.koto.placement.entity;

/** The two age bands calculated compensation distinguishes. */
public enum AgeBand {
    UNDER_7,
    AGE_7_OR_OVER
}
