package fi.koto.ui.programmes;

import fi.koto.programme.boundary.ProgrammeJson.Summary;
import fi.koto.programme.boundary.Programmes;
import fi.koto.programme.control.ProgrammeSearch;
import fi.koto.programme.entity.ProgrammeStatus;
import fi.koto.ui.SearchTable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The work queue: paged and sorted in the database, within the user's scope; by review due date unless sorted. */
public class ProgrammeTable extends SearchTable<Summary, ProgrammeSearch.SortField, ProgrammeSearch> {

    private static final long serialVersionUID = 1L;

    private final Programmes programmes;
    private ProgrammeStatus status;
    private List<Summary> page = List.of();

    ProgrammeTable(Programmes programmes) {
        super(
                ProgrammeSearch.SortField.REVIEW_DUE,
                true,
                Map.of(
                        "title",
                        ProgrammeSearch.SortField.TITLE,
                        "status",
                        ProgrammeSearch.SortField.STATUS,
                        "changed",
                        ProgrammeSearch.SortField.CHANGED));
        this.programmes = programmes;
    }

    @Override
    protected ProgrammeSearch search(int first, int size, ProgrammeSearch.SortField field, boolean ascending) {
        return new ProgrammeSearch(status, null, first, size, field, ascending);
    }

    @Override
    protected long count(ProgrammeSearch search) {
        return programmes.count(search);
    }

    @Override
    protected List<Summary> list(ProgrammeSearch search) {
        page = programmes.search(search);
        return page;
    }

    @Override
    protected String key(Summary row) {
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
