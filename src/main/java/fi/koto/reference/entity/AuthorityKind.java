package fi.koto.reference.entity;

/** The kinds of regional state authority that have served municipalities in integration matters. */
public enum AuthorityKind {
    /** Centre for Economic Development, Transport and the Environment; ceased on 31.12.2025. */
    ELY_CENTRE,
    /** Regional vitality centre, from 1.1.2026. */
    ELINVOIMAKESKUS
}
