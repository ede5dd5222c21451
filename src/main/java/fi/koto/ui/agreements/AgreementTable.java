package fi.koto.ui.agreements;

import fi.koto.agreement.boundary.AgreementView;
import fi.koto.agreement.boundary.Agreements;
import fi.koto.agreement.control.AgreementSearch;
import fi.koto.agreement.entity.AgreementStatus;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The agreements in the user's scope: filtered, paged and sorted in the database; newest first unless sorted. */
public class AgreementTable extends LazyDataModel<AgreementView> {

    private static final long serialVersionUID = 1L;

    private final Agreements agreements;
    private AgreementStatus status;
    private String municipalityCode;

    AgreementTable(Agreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) agreements.count(search(0, 1, AgreementSearch.SortField.CREATED, false));
    }

    @Override
    public List<AgreementView> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        AgreementSearch.SortField field = AgreementSearch.SortField.CREATED;
        boolean ascending = false;
        for (SortMeta sort : sortBy.values()) {
            field = switch (sort.getField()) {
                case "municipality" -> AgreementSearch.SortField.MUNICIPALITY;
                case "status" -> AgreementSearch.SortField.STATUS;
                default -> AgreementSearch.SortField.CREATED;
            };
            ascending = sort.getOrder() != SortOrder.DESCENDING;
        }
        return agreements.search(search(first, pageSize, field, ascending));
    }

    private AgreementSearch search(int first, int size, AgreementSearch.SortField field, boolean ascending) {
        return new AgreementSearch(status, municipalityCode, first, size, field, ascending);
    }

    @Override
    public String getRowKey(AgreementView row) {
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
