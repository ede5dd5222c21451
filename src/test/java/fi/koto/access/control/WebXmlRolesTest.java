package fi.koto.access.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pages and REST resources check permissions through the web module's roles: each must be declared in web.xml. */
class WebXmlRolesTest {

    @Test
    void everyPermissionIsDeclaredAsASecurityRole() throws IOException {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        Matcher m = Pattern.compile("<security-role>\\s*<role-name>([A-Z_]+)</role-name>")
                .matcher(webXml);
        Set<String> declared = new TreeSet<>();
        while (m.find()) {
            declared.add(m.group(1));
        }
        assertThat(declared)
                .containsAll(Arrays.stream(Permission.values()).map(Enum::name).collect(Collectors.toSet()));
    }
}
