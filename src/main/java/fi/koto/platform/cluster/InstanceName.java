package fi.koto.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This instance's name in a cluster: {@code KOTO_INSTANCE_NAME} (config/cluster/start.sh gives koto-1, koto-2).
 * Unset on a single instance; records that need a name then use the process and host ({@code 1234@host}).
 */
@ApplicationScoped
public class InstanceName {

    public static final String SETTING = "KOTO_INSTANCE_NAME";

    @Inject
    @ConfigProperty(name = SETTING)
    Optional<String> configured;

    /** The name an operator gave, if any. */
    public Optional<String> configured() {
        return configured.map(String::strip).filter(name -> !name.isEmpty());
    }

    /** A name for records of who did what: the configured one, else process@host. */
    public String name() {
        return configured().orElseGet(() -> ManagementFactory.getRuntimeMXBean().getName());
    }
}
