package fi.koto.ui.agreements;

import fi.koto.agreement.boundary.AgreementView;
import fi.koto.agreement.boundary.Agreements;
import fi.koto.agreement.control.AgreementSearch;
import fi.koto.agreement.entity.AgreementStatus;
import fi.koto.ui.SearchTable;
import java.util.List;
import java.util.Map;

/** The agreements in the user's scope: filtered, paged and sorted in the database; newest first unless sorted. */
public class AgreementTable extends SearchTable<AgreementView, AgreementSearch.SortField, AgreementSearch> {

    private static final long serialVersionUID = 1L;

    private final Agreements agreements;
    private AgreementStatus status;
    private String municipalityCode;

    AgreementTable(Agreements agreements) {
        super(
                AgreementSearch.SortField.CREATED,
                false,
                Map.of(
                        "municipality",
                        AgreementSearch.SortField.MUNICIPALITY,
                        "status",
                        AgreementSearch.SortField.STATUS));
        this.agreements = agreements;
    }

    @Override
    protected AgreementSearch search(int first, int size, AgreementSearch.SortField field, boolean ascending) {
        return new AgreementSearch(status, municipalityCode, first, size, field, ascending);
    }

    @Override
    protected long count(AgreementSearch search) {
        return agreements.count(search);
    }

    @Override
    protected List<AgreementView> list(AgreementSearch search) {
        return agreements.search(search);
    }

    @Override
    protected String key(AgreementView row) {
        return String.valueOf(row.id());
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public void setStatus(AgreementStatus status) {
        this.status = status;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }
}
