package fi.koto.ui.home;

import fi.koto.dashboard.boundary.Dashboard;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * The Chart.js configuration of a dashboard chart for {@code p:chart} (PrimeFaces 15 draws a chart from a JSON
 * configuration). The series differ in lightness as well as hue (dark blue and light amber, with a dark border on
 * the light bars), the legend names them in words, and every chart has a data table beside it, so nothing rests
 * on colour.
 */
final class ChartConfig {

    /** Fill and border of each series: dark, then light with a dark edge. */
    private static final List<String[]> COLOURS = List.of(
            new String[] {"#1f4e79", "#1f4e79"}, new String[] {"#f2c14e", "#6b4e00"}, new String[] {"#7a3b69", "#7a3b69"
            });

    private ChartConfig() {}

    static String json(Dashboard.Chart chart) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        chart.bars().forEach(b -> labels.add(b.label()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int s = 0; s < chart.series().size(); s++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (Dashboard.Bar bar : chart.bars()) {
                data.add(bar.values().get(s));
            }
            String[] colour = COLOURS.get(s % COLOURS.size());
            datasets.add(Json.createObjectBuilder()
                    .add("label", chart.series().get(s))
                    .add("data", data)
                    .add("backgroundColor", colour[0])
                    .add("borderColor", colour[1])
                    .add("borderWidth", 2));
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add(
                                        "legend",
                                        Json.createObjectBuilder()
                                                .add("display", true)
                                                .add("position", "bottom"))
                                .add("title", Json.createObjectBuilder().add("display", false)))
                .add(
                        "scales",
                        Json.createObjectBuilder()
                                .add(
                                        "y",
                                        Json.createObjectBuilder()
                                                .add("beginAtZero", true)
                                                .add(
                                                        "ticks",
                                                        Json.createObjectBuilder()
                                                                .add("precision", 0))));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build()
                .toString();
    }
}
