package fi.koto.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Addresses of Koto's pages for mail, from {@code KOTO_BASE_URL} (where people reach Koto). */
@ApplicationScoped
public class Links {

    @Inject
    @ConfigProperty(name = "KOTO_BASE_URL", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** A programme's page. */
    public String programme(long programmeId) {
        return programme(baseUrl, programmeId);
    }

    /** The programme work queue. */
    public String programmeQueue() {
        return base(baseUrl) + "/programmes/index.xhtml";
    }

    /** The places rounds: where a coordinator answers. */
    public String placesRounds() {
        return base(baseUrl) + "/places/index.xhtml";
    }

    /** A work-permit guideline's page for officials. */
    public String guideline(long guidelineId) {
        return base(baseUrl) + "/guidelines/view.xhtml?id=" + guidelineId;
    }

    static String programme(String baseUrl, long programmeId) {
        return base(baseUrl) + "/programmes/view.xhtml?id=" + programmeId;
    }

    private static String base(String baseUrl) {
        String base = baseUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base;
    }
}
