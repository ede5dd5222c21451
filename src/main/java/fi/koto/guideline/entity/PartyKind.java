package fi.koto.guideline.entity;

/**
 * Who is heard before a guideline is decided (docs/domain.md): the employment authorities, labour-market
 * organisations and the supervisory authorities (occupational safety and health, the police); others as needed.
 */
public enum PartyKind {
    EMPLOYMENT_AUTHORITY,
    LABOUR_MARKET_ORGANISATION,
    SUPERVISORY_AUTHORITY,
    OTHER
}
