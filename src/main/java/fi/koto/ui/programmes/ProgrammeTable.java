package fi.koto.ui.programmes;

import fi.koto.programme.boundary.ProgrammeJson.Summary;
import fi.koto.programme.boundary.Programmes;
import fi.koto.programme.control.ProgrammeSearch;
import fi.koto.programme.entity.ProgrammeStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The work queue: paged and sorted in the database, within the user's scope; by review due date unless sorted. */
public class ProgrammeTable extends LazyDataModel<Summary> {

    private static final long serialVersionUID = 1L;

    private final Programmes programmes;
    private ProgrammeStatus status;
    private List<Summary> page = List.of();

    ProgrammeTable(Programmes programmes) {
        this.programmes = programmes;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) programmes.count(search(0, 1, ProgrammeSearch.SortField.REVIEW_DUE, true));
    }

    @Override
    public List<Summary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        ProgrammeSearch.SortField field = ProgrammeSearch.SortField.REVIEW_DUE;
        boolean ascending = true;
        for (SortMeta sort : sortBy.values()) {
            field = switch (sort.getField()) {
                case "title" -> ProgrammeSearch.SortField.TITLE;
                case "status" -> ProgrammeSearch.SortField.STATUS;
                case "changed" -> ProgrammeSearch.SortField.CHANGED;
                default -> ProgrammeSearch.SortField.REVIEW_DUE;
            };
            ascending = sort.getOrder() != SortOrder.DESCENDING;
        }
        page = programmes.search(search(first, pageSize, field, ascending));
        return page;
    }

    private ProgrammeSearch search(int first, int size, ProgrammeSearch.SortField field, boolean ascending) {
        return new ProgrammeSearch(status, null, first, size, field, ascending);
    }

    @Override
    public String getRowKey(Summary row) {
        return String.valueOf(row.id());
    }

    @Override
    public Summary getRowData(String rowKey) {
        return page.stream()
                .filter(s -> String.valueOf(s.id()).equals(rowKey))
                .findFirst()
                .orElse(null);
    }

    /** Waiting for review past its due date: shown in words and with an icon, never by colour alone. */
    public static boolean isOverdue(Summary row, LocalDate today) {
        boolean waiting = "SUBMITTED".equals(row.status()) || "IN_REVIEW".equals(row.status());
        return waiting && row.reviewDue() != null && row.reviewDue().isBefore(today);
    }

    public ProgrammeStatus getStatus() {
        return status;
    }

    public void setStatus(ProgrammeStatus status) {
        this.status = status;
    }
}
