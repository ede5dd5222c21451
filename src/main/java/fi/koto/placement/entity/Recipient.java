package fi.koto.placement.entity;

/** Who receives a compensation rate; only municipalities are modelled so far (wellbeing counties are not). */
public enum Recipient {
    MUNICIPALITY
}
