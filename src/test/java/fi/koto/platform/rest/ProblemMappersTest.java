package fi.koto.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import org.junit.jupiter.api.Test;

/** A body JSON-B cannot read is the client's mistake (400), anything else unexpected stays ours (500). */
class ProblemMappersTest {

    @Test
    void aBodyThatIsNotJsonOfTheExpectedFormIsRecognised() {
        assertThat(ProblemMappers.isUnreadableJson(
                        new ProcessingException("Error deserializing object", new JsonbException("Unexpected char"))))
                .isTrue();
        assertThat(ProblemMappers.isUnreadableJson(new ProcessingException(
                        "x", new RuntimeException(new jakarta.json.stream.JsonParsingException("broken", null)))))
                .isTrue();
        assertThat(ProblemMappers.isUnreadableJson(
                        new ProcessingException("writing failed", new java.io.IOException("disk"))))
                .isFalse();
        assertThat(ProblemMappers.isUnreadableJson(new JsonbException("not wrapped")))
                .isFalse();
        assertThat(ProblemMappers.isUnreadableJson(new IllegalStateException())).isFalse();
    }
}
