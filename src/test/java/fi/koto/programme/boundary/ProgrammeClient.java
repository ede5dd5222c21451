package fi.koto.programme.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.it.Api;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;

/** Programme calls of the black-box tests, as one demo user. */
final class ProgrammeClient {

    static final String BASE = "api/v1/programmes";

    final Api api;

    ProgrammeClient(URL base, String user) {
        this.api = Api.as(base, user);
    }

    ProgrammeClient(Api api) {
        this.api = api;
    }

    Api.Response create(List<String> codes, String legalBasis, String title) {
        return create(codes, legalBasis, title, "2025-01-01", "2028-12-31");
    }

    /** A programme for the given period; a kotouttamisohjelma (1386/2010) only for one that ended by 2024. */
    Api.Response create(List<String> codes, String legalBasis, String title, String periodStart, String periodEnd) {
        var body = Json.createObjectBuilder()
                .add("municipalityCodes", Json.createArrayBuilder(codes))
                .add("legalBasis", legalBasis)
                .add("title", title)
                .add("periodStart", periodStart)
                .add("periodEnd", periodEnd)
                .build();
        return api.post(BASE, body.toString());
    }

    JsonObject created(List<String> codes, String legalBasis, String title, String periodStart, String periodEnd) {
        var response = create(codes, legalBasis, title, periodStart, periodEnd);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return (JsonObject) response.json();
    }

    JsonObject created(List<String> codes, String legalBasis, String title) {
        var response = create(codes, legalBasis, title);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return (JsonObject) response.json();
    }

    Api.Response get(long id) {
        return api.get(BASE + "/" + id);
    }

    JsonObject programme(long id) {
        return ok(get(id));
    }

    Api.Response save(long id, String key, String fi, String sv, long version) {
        var body = Json.createObjectBuilder();
        if (fi == null) {
            body.addNull("fi");
        } else {
            body.add("fi", fi);
        }
        if (sv == null) {
            body.addNull("sv");
        } else {
            body.add("sv", sv);
        }
        body.add("version", version);
        return api.put(BASE + "/" + id + "/sections/" + key, body.build().toString());
    }

    /** Writes every section in the given languages and returns the programme afterwards. */
    JsonObject fill(long id, String fiText, String svText) {
        JsonObject p = programme(id);
        for (JsonObject section : p.getJsonArray("sections").getValuesAs(JsonObject.class)) {
            String key = section.getString("key");
            p = ok(save(
                    id,
                    key,
                    fiText == null ? null : fiText + " " + key,
                    svText == null ? null : svText + " " + key,
                    p.getJsonNumber("version").longValue()));
        }
        return p;
    }

    Api.Response transition(long id, String action, String comment) {
        var body = Json.createObjectBuilder().add("action", action);
        if (comment != null) {
            body.add("comment", comment);
        }
        return api.post(BASE + "/" + id + "/transitions", body.build().toString());
    }

    Api.Response note(long id, String section, String text) {
        return api.post(
                BASE + "/" + id + "/notes",
                Json.createObjectBuilder()
                        .add("section", section)
                        .add("text", text)
                        .build()
                        .toString());
    }

    /** Shares the draft with the regional authority for guidance. */
    Api.Response share(long id) {
        return api.post(BASE + "/" + id + "/sharing", "");
    }

    Api.Response unshare(long id) {
        return api.send(api.request(BASE + "/" + id + "/sharing").DELETE());
    }

    Api.Response guidance(long id, String section, String text) {
        var body = Json.createObjectBuilder().add("text", text);
        if (section != null) {
            body.add("section", section);
        }
        return api.post(BASE + "/" + id + "/guidance-notes", body.build().toString());
    }

    Api.Response verdict(long id, String requirement, String verdict) {
        return api.put(
                BASE + "/" + id + "/checklist/" + requirement,
                Json.createObjectBuilder()
                        .add("verdict", verdict)
                        .add("note", "checked")
                        .build()
                        .toString());
    }

    JsonArray array(String path) {
        var response = api.get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return (JsonArray) response.json();
    }

    static JsonObject ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return (JsonObject) response.json();
    }

    static long id(JsonObject programme) {
        return programme.getJsonNumber("id").longValue();
    }
}
