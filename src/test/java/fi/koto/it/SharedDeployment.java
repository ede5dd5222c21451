package fi.koto.it;

import java.lang.reflect.Method;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * One Payara Micro for all the Arquillian test classes of a test run, instead of one per class. Every such class
 * tests the application as built, from outside ({@code KotoDeployment.app()}, {@code testable = false}), and the
 * Payara Micro adapter starts a server process for each deployment: about 30 s each, for 26 classes on H2 and 17 on
 * PostgreSQL, over half of the CI run. The first class's deployment is made and kept; the classes after it run
 * against the same server (their own {@code @Deployment} is not called), and it is undeployed, which stops the
 * server, when the run ends.
 *
 * <p>What this asks of the tests: they share the server's state as they always shared its database (each run has
 * one database), so a test makes its own accounts and data and never assumes it is the first. A test that needs a
 * server of its own (restarts, crashes, another database) starts {@code target/koto.jar} itself ({@link KotoJar}).
 * A class that deploys something else (an in-container test with {@code testable = true}) is refused with a clear
 * error rather than silently run against the shared server.
 */
public final class SharedDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Keeper.class);
    }

    /** The observer: Arquillian makes one per test run, so its fields live as long as the run. */
    public static final class Keeper {

        private static final Logger LOG = Logger.getLogger(SharedDeployment.class.getName());

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> scenario;

        @Inject
        private Instance<ClassContext> classContext;

        @Inject
        private Event<UnDeployManagedDeployments> undeploy;

        private DeploymentScenario shared;
        private Class<?> firstClass;
        private boolean deployed;
        private boolean ending;

        /** The first class generates the deployment; the classes after it get the same one. */
        public void generate(@Observes EventContext<GenerateDeployment> context) {
            Class<?> testClass = context.getEvent().getTestClass().getJavaClass();
            requireBlackBox(testClass);
            if (shared == null) {
                context.proceed();
                shared = scenario.get();
                firstClass = testClass;
            } else {
                scenario.set(shared);
            }
        }

        /** Deploys (starts the server) once; later classes find it running. */
        public void deploy(@Observes EventContext<DeployManagedDeployments> context) {
            if (!deployed) {
                context.proceed();
                deployed = true;
                LOG.info(() -> "The shared deployment is up; test classes after " + firstClass.getSimpleName()
                        + " use it too");
            }
        }

        /** A class's end leaves the server running for the next class; the run's end ({@link #end}) undeploys. */
        public void keep(@Observes EventContext<UnDeployManagedDeployments> context) {
            if (ending) {
                context.proceed();
            }
        }

        /** The run's end undeploys the shared deployment, which stops its server, before the containers stop. */
        public void end(@Observes(precedence = 100) AfterSuite event) {
            if (!deployed) {
                return;
            }
            deployed = false;
            ClassContext context = classContext.get();
            context.activate(firstClass); // the scenario lives in a class's context: the first class's, once more
            ending = true;
            try {
                scenario.set(shared);
                undeploy.fire(new UnDeployManagedDeployments());
            } finally {
                ending = false;
                context.deactivate();
                context.destroy(firstClass);
            }
        }

        private static void requireBlackBox(Class<?> testClass) {
            for (Method method : testClass.getDeclaredMethods()) {
                Deployment deployment = method.getAnnotation(Deployment.class);
                if (deployment != null && deployment.testable()) {
                    throw new IllegalStateException(testClass.getName() + " deploys an in-container test (testable"
                            + " = true); the test run shares one black-box deployment of the application"
                            + " (fi.koto.it.SharedDeployment). Test from outside, or start a server of its own.");
                }
            }
        }
    }
}
