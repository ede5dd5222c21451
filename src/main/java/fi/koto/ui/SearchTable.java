package fi.koto.ui;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A table whose rows a boundary searches, counts, pages and sorts in the database. A subclass names its default
 * order and which column sorts by which field of its search, builds the search record, and hands it to its
 * boundary; the filters it holds are the table's own properties.
 *
 * @param <T> the row (a view record of the boundary)
 * @param <F> the sort fields of the search
 * @param <S> the search record
 */
public abstract class SearchTable<T, F extends Enum<F>, S> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final F defaultField;
    private final boolean defaultAscending;
    private final Map<String, F> columns;

    /**
     * @param columns the sort field of each sortable column, by the column's {@code field}; any other sorts by
     *     the default field
     */
    protected SearchTable(F defaultField, boolean defaultAscending, Map<String, F> columns) {
        this.defaultField = defaultField;
        this.defaultAscending = defaultAscending;
        this.columns = Map.copyOf(columns);
    }

    /** The search for rows {@code first} to {@code first + size - 1} in the given order, with the filters. */
    protected abstract S search(int first, int size, F field, boolean ascending);

    /** How many rows the search finds in all. */
    protected abstract long count(S search);

    /** The rows of the search's page. */
    protected abstract List<T> list(S search);

    /** The key of a row, unique in the table. */
    protected abstract String key(T row);

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) count(search(0, 1, defaultField, defaultAscending));
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        F field = defaultField;
        boolean ascending = defaultAscending;
        for (SortMeta sort : sortBy.values()) {
            field = columns.getOrDefault(sort.getField(), defaultField);
            ascending = sort.getOrder() != SortOrder.DESCENDING;
        }
        return list(search(first, pageSize, field, ascending));
    }

    @Override
    public String getRowKey(T row) {
        return key(row);
    }
}
