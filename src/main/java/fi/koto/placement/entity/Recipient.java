package fi.koto.placement.entity;

/**
 * Who receives a share of calculated compensation (docs/domain.md, "Compensation"). Until 31.12.2022 every
 * municipality received the whole amount. From 1.1.2023 (Act 936/2022) a mainland municipality receives the
 * {@link #MUNICIPALITY} share and the wellbeing services county of its residents the {@link #WELLBEING_COUNTY}
 * share; the City of Helsinki, which organises social and health services itself, receives both. Åland
 * municipalities have their own rows ({@link #ALAND_MUNICIPALITY}) because they kept the undivided amounts.
 */
public enum Recipient {
    MUNICIPALITY,
    WELLBEING_COUNTY,
    ALAND_MUNICIPALITY
}
