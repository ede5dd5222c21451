package fi.koto.it;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Test deployments are the real WAR that `mvn package` built, deployed as ROOT.war so that URLs are the same as in
 * production ({@code /api/v1/...}, {@code /health/ready}). In-container tests add their own classes and AssertJ.
 */
public final class KotoDeployment {

    private KotoDeployment() {}

    /** The application as built, for black-box tests through HTTP. */
    public static WebArchive app() {
        String war = System.getProperty("koto.war", "target/koto.war");
        WebArchive built = ShrinkWrap.createFromZipFile(WebArchive.class, new File(war));
        return ShrinkWrap.create(WebArchive.class, "ROOT.war").merge(built);
    }

    /** The application plus test classes, for tests that run inside the server against the boundaries. */
    public static WebArchive appWith(Class<?>... testClasses) {
        return app().addClasses(testClasses).addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
    }

    private static File jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toFile();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
