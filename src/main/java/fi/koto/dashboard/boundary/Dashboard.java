package fi.koto.dashboard.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * The figures of one user's home page: their role, the municipalities the figures cover (the user's scope) and
 * the charts, each with its labels in the language asked for.
 */
public record Dashboard(String role, String language, List<String> municipalityCodes, List<Chart> charts)
        implements Serializable {

    public Dashboard {
        municipalityCodes = List.copyOf(municipalityCodes);
        charts = List.copyOf(charts);
    }

    /**
     * A bar chart: {@code id} (stable, for tests and the page), its title, what the categories are, the names of its
     * series and one bar group per category with a value per series.
     */
    public record Chart(String id, String title, String categoryLabel, List<String> series, List<Bar> bars)
            implements Serializable {

        public Chart {
            series = List.copyOf(series);
            bars = List.copyOf(bars);
        }

        /** A summary in words for screen readers: title, categories and the values, one category after another. */
        public String summary() {
            StringBuilder text = new StringBuilder(title).append(". ");
            for (Bar bar : bars) {
                text.append(bar.label()).append(": ");
                for (int i = 0; i < series.size(); i++) {
                    text.append(i == 0 ? "" : ", ")
                            .append(series.get(i))
                            .append(' ')
                            .append(bar.values().get(i));
                }
                text.append(". ");
            }
            return text.toString().trim();
        }
    }

    /** One category (an authority, a year, a state) with a value per series. */
    public record Bar(String key, String label, List<Long> values) implements Serializable {

        public Bar {
            values = List.copyOf(values);
        }
    }

    /** The chart with this id, if the role has it. */
    public java.util.Optional<Chart> chart(String id) {
        return charts.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
