package fi.koto.placement.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The estimated share of calculated compensation of a wellbeing services county (or of the City of Helsinki as
 * the organiser of its own social and health services) for a year: the county's share for the persons placed in
 * each of its municipalities the caller may see (docs/domain.md, "Compensation").
 */
public record CountyEstimateView(
        String wellbeingCountyCode,
        String nameFi,
        String nameSv,
        String nameEn,
        int year,
        String currency,
        BigDecimal total,
        List<MunicipalityShare> byMunicipality,
        List<EstimateView.RateApplied> ratesApplied,
        List<EstimateView.TransitionApplied> transitionalRules)
        implements Serializable {

    public record MunicipalityShare(
            String municipalityCode,
            String nameFi,
            String nameSv,
            long personMonths7OrOver,
            long personMonthsUnder7,
            BigDecimal amount)
            implements Serializable {}
}
