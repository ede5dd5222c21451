package fi.koto.report.control;

import fi.koto.report.entity.ReportType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;

/** The definition of each report type; a type without one is a programming error, found at the first report. */
@ApplicationScoped
public class ReportCatalog {

    @Inject
    @Any
    Instance<ReportDefinition> definitions;

    public ReportDefinition definition(ReportType type) {
        Map<ReportType, ReportDefinition> byType = new EnumMap<>(ReportType.class);
        for (ReportDefinition definition : definitions) {
            byType.put(definition.type(), definition);
        }
        ReportDefinition definition = byType.get(type);
        if (definition == null) {
            throw new IllegalStateException("No definition for report type " + type);
        }
        return definition;
    }
}
