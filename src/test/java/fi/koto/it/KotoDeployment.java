package fi.koto.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The test deployment is the real WAR that the build made, deployed as ROOT.war so that URLs are the same as in
 * production ({@code /api/v1/...}, {@code /health/ready}). Every integration test is a black-box test over HTTP;
 * the classes of one failsafe execution share the one deployed server ({@link SharedDeployment}).
 */
public final class KotoDeployment {

    private KotoDeployment() {}

    /** The application as built, for black-box tests through HTTP. */
    public static WebArchive app() {
        String war = System.getProperty("koto.war", "target/koto.war");
        WebArchive built = ShrinkWrap.createFromZipFile(WebArchive.class, new File(war));
        return ShrinkWrap.create(WebArchive.class, "ROOT.war").merge(built);
    }
}
