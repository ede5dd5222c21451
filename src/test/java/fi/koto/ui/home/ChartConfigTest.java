package fi.koto.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.dashboard.boundary.Dashboard;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Chart.js configuration of a dashboard chart and the chart's summary in words. */
class ChartConfigTest {

    private static final Dashboard.Chart CHART = new Dashboard.Chart(
            "placesByYear",
            "Places per year",
            "Year",
            List.of("Places agreed", "Persons assigned"),
            List.of(
                    new Dashboard.Bar("2025", "2025", List.of(380L, 396L)),
                    new Dashboard.Bar("2026", "2026 \"Åland\"", List.of(340L, 0L))));

    @Test
    void aBarChartHasADatasetPerSeriesWithItsNameAndValuesInTheOrderOfTheBars() {
        JsonObject config =
                Json.createReader(new StringReader(ChartConfig.json(CHART))).readObject();
        assertThat(config.getString("type")).isEqualTo("bar");
        JsonObject data = config.getJsonObject("data");
        assertThat(data.getJsonArray("labels").getString(1)).isEqualTo("2026 \"Åland\"");
        var datasets = data.getJsonArray("datasets").getValuesAs(JsonObject.class);
        assertThat(datasets).extracting(d -> d.getString("label")).containsExactly("Places agreed", "Persons assigned");
        assertThat(datasets.get(1).getJsonArray("data").getJsonNumber(0).longValue())
                .isEqualTo(396);
        assertThat(datasets.get(0).getString("backgroundColor"))
                .as("the series differ in more than hue")
                .isNotEqualTo(datasets.get(1).getString("backgroundColor"));
        assertThat(config.getJsonObject("options")
                        .getJsonObject("plugins")
                        .getJsonObject("legend")
                        .getBoolean("display"))
                .isTrue();
    }

    @Test
    void theSummaryNamesEveryFigureInWords() {
        assertThat(CHART.summary())
                .isEqualTo("Places per year. 2025: Places agreed 380, Persons assigned 396. "
                        + "2026 \"Åland\": Places agreed 340, Persons assigned 0.");
    }
}
