package fi.koto.ui.guidelines;

import fi.koto.guideline.boundary.GuidelineJson.Detail;
import java.io.Serializable;
import java.time.LocalDate;

/** The fields of the guideline page's forms, kept apart from the page's steps. */
public class GuidelineForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate validFrom;
    private LocalDate validTo;
    private String situationFi;
    private String situationSv;
    private String code;
    private String justificationFi;
    private String justificationSv;
    private String partyName;
    private String partyKind = "EMPLOYMENT_AUTHORITY";
    private Long partyId;
    private LocalDate receivedOn;
    private String statement;
    private LocalDate deadline;
    private LocalDate decidedOn;
    private String decisionMaker;
    private String reference;
    private LocalDate effectiveOn;

    void from(Detail d) {
        validFrom = d.validFrom();
        validTo = d.validTo();
        situationFi = d.situationFi();
        situationSv = d.situationSv();
        if (effectiveOn == null) {
            effectiveOn = d.validFrom();
        }
    }

    void clearOccupation() {
        code = null;
        justificationFi = null;
        justificationSv = null;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public String getSituationFi() {
        return situationFi;
    }

    public void setSituationFi(String situationFi) {
        this.situationFi = situationFi;
    }

    public String getSituationSv() {
        return situationSv;
    }

    public void setSituationSv(String situationSv) {
        this.situationSv = situationSv;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getJustificationFi() {
        return justificationFi;
    }

    public void setJustificationFi(String justificationFi) {
        this.justificationFi = justificationFi;
    }

    public String getJustificationSv() {
        return justificationSv;
    }

    public void setJustificationSv(String justificationSv) {
        this.justificationSv = justificationSv;
    }

    public String getPartyName() {
        return partyName;
    }

    public void setPartyName(String partyName) {
        this.partyName = partyName;
    }

    public String getPartyKind() {
        return partyKind;
    }

    public void setPartyKind(String partyKind) {
        this.partyKind = partyKind;
    }

    public Long getPartyId() {
        return partyId;
    }

    public void setPartyId(Long partyId) {
        this.partyId = partyId;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getDecisionMaker() {
        return decisionMaker;
    }

    public void setDecisionMaker(String decisionMaker) {
        this.decisionMaker = decisionMaker;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }
}
