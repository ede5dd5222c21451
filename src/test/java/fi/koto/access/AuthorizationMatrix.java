package fi.koto.access;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Who may call what, as data: one row per request (channel, method, path template, the object it is about) with
 * the exact status each role must get. A row about an object of Helsinki (091, served by Uudenmaan
 * elinvoimakeskus) is mirrored for the same kind of object of Jyväskylä (179, Keski-Suomi), so every role is tried
 * on objects inside and outside its scope. {@link AuthorizationMatrixTest} checks that every REST method and every
 * page has rows; {@code AuthorizationMatrixIT} runs them against the application.
 *
 * <p>Path templates use placeholders filled with the objects the IT creates: {@code {prog}} a draft programme
 * shared for guidance, {@code {priv}} a private draft, {@code {toShare}} a private draft the row shares,
 * {@code {toUnshare}} a shared draft the row makes private again,
 * {@code {review}} a programme in review, {@code {accepted}} one whose review is accepted with its adoption
 * document, {@code {doc}} its attachment, {@code {docDel}} an attachment to delete,
 * {@code {measure}}, {@code {goal}}, {@code {planMeasure}} and {@code {indicator}} of the draft's plan, {@code {note}}, {@code {resolvedNote}}, {@code {req}} a checklist requirement, {@code {agr}}
 * an agreement sent to the municipality with its decision document, {@code {active}} a signed agreement,
 * {@code {extra}} an extra-places request under it, {@code {round}} the authority's places round, {@code {import}}
 * a placement import by the authority's official, {@code {report}} a report the municipality's coordinator pulled,
 * {@code {monYear}} this year and {@code {farYear}} a year after the programmes' period, {@code {muni}} the municipality code, {@code {user}} an account of the municipality.
 */
public final class AuthorizationMatrix {

    /** The callers tried on every row, in the order of the expected statuses. */
    public enum Caller {
        COORD_091("coord.helsinki"),
        COORD_179("coord.jyvaskyla"),
        OFFICIAL_UUSIMAA("official.uusimaa"),
        OFFICIAL_KESKISUOMI("official.keskisuomi"),
        MANAGER("manager"),
        ADMIN("admin"),
        ANONYMOUS(null);

        public final String username;

        Caller(String username) {
            this.username = username;
        }

        /** Whether an object of the side lies in this caller's access scope. */
        public boolean inScope(Side side) {
            return switch (this) {
                case COORD_091, OFFICIAL_UUSIMAA -> side != Side.JKL;
                case COORD_179, OFFICIAL_KESKISUOMI -> side != Side.HEL;
                case MANAGER, ADMIN -> true;
                case ANONYMOUS -> false;
            };
        }
    }

    /** Which municipality the row's object belongs to; NONE for calls about no object. */
    public enum Side {
        HEL("091"),
        JKL("179"),
        NONE(null);

        public final String municipality;

        Side(String municipality) {
            this.municipality = municipality;
        }
    }

    /** REST under /api/v1 with HTTP Basic, or the pages and their downloads with a login session. */
    public enum Channel {
        API,
        WEB
    }

    /** The objects the IT created, by placeholder name and side. */
    public interface Objects {
        String get(String name, Side side);
    }

    /**
     * One request and what each caller gets. {@code body} (null: none) is computed just before each call, so it can
     * carry the current version; {@code marker} (null: none) is text that identifies the object: it must not
     * appear in a 200 answer to a caller that may not see it ({@code mayNotSee}), and must appear in a 200 answer to
     * one that may (otherwise the row would prove nothing).
     */
    public record Row(
            Channel channel,
            String method,
            String template,
            Side side,
            String contentType,
            BiFunction<Objects, Side, byte[]> body,
            int[] expected,
            BiFunction<Objects, Side, String> marker,
            Set<Caller> mayNotSee) {

        public int expected(Caller caller) {
            return expected[caller.ordinal()];
        }

        /** The template with every placeholder as {@code {}}, as in {@link #normalise(String)}. */
        public String key() {
            return method + " "
                    + normalise(template.contains("?") ? template.substring(0, template.indexOf('?')) : template);
        }
    }

    public static final int OK = 200,
            CREATED = 201,
            ACCEPTED = 202,
            NO_CONTENT = 204,
            LOGIN = 302,
            UNAUTH = 401,
            FORBIDDEN = 403,
            NOT_FOUND = 404,
            CONFLICT = 409,
            INVALID = 422;

    private static final List<Row> ROWS = new ArrayList<>();

    private AuthorizationMatrix() {}

    /** Statuses in the order of {@link Caller}: coord 091, coord 179, official Uusimaa, official Keski-Suomi, manager, admin, anonymous. */
    static int[] s(int... statuses) {
        if (statuses.length != Caller.values().length) {
            throw new IllegalArgumentException("one status per caller");
        }
        return statuses;
    }

    /** The same expectations for the object of the other side: the coordinators and the officials swap. */
    static int[] mirror(int[] e) {
        return new int[] {e[1], e[0], e[3], e[2], e[4], e[5], e[6]};
    }

    private static BiFunction<Objects, Side, byte[]> json(BiFunction<Objects, Side, String> json) {
        return json == null ? null : (o, s) -> json.apply(o, s).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static void api(String method, String template, String json, int[] expected) {
        api(method, template, json == null ? null : (o, s) -> json, expected);
    }

    static void api(String method, String template, BiFunction<Objects, Side, String> json, int[] expected) {
        ROWS.add(new Row(
                Channel.API,
                method,
                template,
                Side.NONE,
                json == null ? null : "application/json",
                json(json),
                expected,
                null,
                Set.of()));
    }

    /** A list: everyone gets the status, and nobody sees the object of a side outside their scope. */
    static void apiList(String template, BiFunction<Objects, Side, String> marker, int[] expected) {
        for (Side side : List.of(Side.HEL, Side.JKL)) {
            ROWS.add(new Row(Channel.API, "GET", template, side, null, null, expected, marker, outside(side)));
        }
    }

    /** A list of objects only their owner sees (reports): the coordinator of the side's municipality. */
    static void apiListOfOwner(String template, BiFunction<Objects, Side, String> marker, int[] expected) {
        for (Side side : List.of(Side.HEL, Side.JKL)) {
            Caller owner = side == Side.HEL ? Caller.COORD_091 : Caller.COORD_179;
            Set<Caller> others = EnumSet.complementOf(EnumSet.of(owner));
            ROWS.add(new Row(Channel.API, "GET", template, side, null, null, expected, marker, others));
        }
    }

    /** A call about an object, for the object of 091 (expected as given) and of 179 (mirrored). */
    static void apiOn(String method, String template, BiFunction<Objects, Side, String> json, int[] hel) {
        apiOn(method, template, json == null ? null : "application/json", json(json), hel);
    }

    static void apiOn(
            String method, String template, String contentType, BiFunction<Objects, Side, byte[]> body, int[] hel) {
        ROWS.add(new Row(Channel.API, method, template, Side.HEL, contentType, body, hel, null, Set.of()));
        ROWS.add(new Row(Channel.API, method, template, Side.JKL, contentType, body, mirror(hel), null, Set.of()));
    }

    /** A public list: everyone gets 200, anonymous callers too, and nobody sees an object in preparation. */
    static void apiPublic(String template, BiFunction<Objects, Side, String> marker) {
        for (Side side : List.of(Side.HEL, Side.JKL)) {
            ROWS.add(new Row(
                    Channel.API,
                    "GET",
                    template,
                    side,
                    null,
                    null,
                    s(OK, OK, OK, OK, OK, OK, OK),
                    marker,
                    EnumSet.allOf(Caller.class)));
        }
    }

    static void web(String template, int[] expected) {
        ROWS.add(new Row(Channel.WEB, "GET", template, Side.NONE, null, null, expected, null, Set.of()));
    }

    static void webOn(String template, BiFunction<Objects, Side, String> marker, int[] hel) {
        ROWS.add(new Row(Channel.WEB, "GET", template, Side.HEL, null, null, hel, marker, outside(Side.HEL)));
        ROWS.add(new Row(Channel.WEB, "GET", template, Side.JKL, null, null, mirror(hel), marker, outside(Side.JKL)));
    }

    private static Set<Caller> outside(Side side) {
        Set<Caller> callers = EnumSet.noneOf(Caller.class);
        for (Caller c : Caller.values()) {
            if (!c.inScope(side)) {
                callers.add(c);
            }
        }
        return callers;
    }

    private static BiFunction<Objects, Side, String> idOf(String name) {
        return (o, s) -> "\"id\":" + o.get(name, s) + ",";
    }

    public static List<Row> rows() {
        return Collections.unmodifiableList(ROWS);
    }

    /** {@code a/{id:[0-9]+}/b/{year:[0-9]{4}}} and {@code /a/{x}/b/{y}} both become {@code /a/{}/b/{}}. */
    public static String normalise(String template) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : template.toCharArray()) {
            if (c == '{') {
                if (depth++ == 0) {
                    out.append("{}");
                }
            } else if (c == '}') {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        String path = out.toString().replaceAll("/+", "/");
        path = path.startsWith("/") ? path : "/" + path;
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    static {
        // ---- identity ----
        api("GET", "/me", (String) null, s(OK, OK, OK, OK, OK, OK, UNAUTH));
        api(
                "PUT",
                "/me/language",
                "{\"language\":\"xx\"}",
                s(INVALID, INVALID, INVALID, INVALID, INVALID, INVALID, UNAUTH));
        api("GET", "/users", (String) null, s(FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, UNAUTH));
        api("POST", "/users", "{}", s(FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, INVALID, UNAUTH));
        apiOn(
                "PUT",
                "/users/{user}/enabled",
                (o, s) -> "{\"enabled\":true,\"version\":-1}",
                s(FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, CONFLICT, UNAUTH));
        apiOn(
                "POST",
                "/users/{user}/unlock",
                (o, s) -> "",
                s(FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, UNAUTH));
        api("GET", "/audit", (String) null, s(FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, OK, UNAUTH));

        // ---- reference data ----
        apiList(
                "/municipalities?limit=400",
                (o, s) -> "\"code\":\"" + s.municipality + "\"",
                s(OK, OK, OK, OK, OK, OK, UNAUTH));
        apiOn("GET", "/municipalities/{muni}/service-areas", null, s(OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, UNAUTH));
        apiOn(
                "POST",
                "/municipalities/{muni}/service-areas",
                (o, s) -> "{\"authorityCode\":\"NOPE\",\"from\":\"2000-01-01\"}",
                s(FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, INVALID, UNAUTH));

        // ---- notifications ----
        api(
                "GET",
                "/notifications",
                (String) null,
                s(FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, UNAUTH));
        api(
                "POST",
                "/notifications/overdue-digest",
                "",
                s(FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, UNAUTH));

        // ---- compensation, placements, utilisation ----
        apiOn(
                "GET",
                "/compensation/estimate?municipality={muni}&year=2026",
                null,
                s(OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, UNAUTH));
        // a wellbeing services county's share (docs/api.md): Helsinki's own (90) and Keski-Suomi's (15)
        api(
                "GET",
                "/compensation/estimate?wellbeingCounty=90&year=2026",
                (String) null,
                s(OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, UNAUTH));
        api(
                "GET",
                "/compensation/estimate?wellbeingCounty=15&year=2026",
                (String) null,
                s(NOT_FOUND, OK, NOT_FOUND, OK, OK, OK, UNAUTH));
        api("GET", "/compensation/rates", (String) null, s(OK, OK, OK, OK, OK, OK, UNAUTH));
        api(
                "POST",
                "/compensation/rates",
                "{}",
                s(FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, INVALID, UNAUTH));
        api("GET", "/compensation/periods", (String) null, s(OK, OK, OK, OK, OK, OK, UNAUTH));
        api(
                "POST",
                "/compensation/periods",
                "{}",
                s(FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, INVALID, UNAUTH));
        apiOn(
                "PUT",
                "/placements",
                (o, s) -> "{\"municipalityCode\":\"" + s.municipality
                        + "\",\"month\":\"2001-01\",\"targetGroup\":\"FAMILY_MEMBER\",\"persons\":0,\"under7\":0}",
                s(FORBIDDEN, FORBIDDEN, OK, INVALID, FORBIDDEN, OK, UNAUTH));
        // the dashboard lists the municipalities its figures cover: only those in the caller's scope
        apiList("/dashboard", (o, s) -> "\"" + s.municipality + "\"", s(OK, OK, OK, OK, OK, OK, UNAUTH));
        apiList(
                "/utilisation?year=2026",
                (o, s) -> "\"municipalityCode\":\"" + s.municipality + "\"",
                s(OK, OK, OK, OK, OK, OK, UNAUTH));
        apiList(
                "/utilisation?year=2026&municipality={muni}",
                (o, s) -> "\"municipalityCode\":\"" + s.municipality + "\"",
                s(OK, OK, OK, OK, OK, OK, UNAUTH));
        apiOn(
                "POST",
                "/placements/imports",
                "text/csv",
                (o, s) -> ("municipality_code,month,target_group,persons," + "under_7,self_settled\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                s(FORBIDDEN, FORBIDDEN, ACCEPTED, ACCEPTED, FORBIDDEN, ACCEPTED, UNAUTH));
        apiOn(
                "GET",
                "/placements/imports/{import}",
                null,
                s(FORBIDDEN, FORBIDDEN, OK, NOT_FOUND, FORBIDDEN, OK, UNAUTH));
        apiOn(
                "POST",
                "/placements/imports/{import}/stop",
                (o, s) -> "",
                s(FORBIDDEN, FORBIDDEN, CONFLICT, NOT_FOUND, FORBIDDEN, CONFLICT, UNAUTH));
        apiOn(
                "POST",
                "/placements/imports/{import}/restart",
                (o, s) -> "",
                s(FORBIDDEN, FORBIDDEN, CONFLICT, NOT_FOUND, FORBIDDEN, CONFLICT, UNAUTH));

        // ---- agreements ----
        apiList("/agreements", idOf("agr"), s(OK, OK, OK, OK, OK, OK, UNAUTH));
        apiOn(
                "POST",
                "/agreements",
                (o, s) -> "{\"municipalityCode\":\"" + s.municipality + "\"}",
                s(FORBIDDEN, FORBIDDEN, CREATED, INVALID, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn("GET", "/agreements/{agr}", null, s(OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, UNAUTH));
        apiOn("GET", "/agreements/{agr}/history", null, s(OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, UNAUTH));
        apiOn(
                "POST",
                "/agreements/{agr}/transitions",
                (o, s) -> "{\"action\":\"SIGN\",\"date\":\"2026-11-10\"}",
                s(FORBIDDEN, FORBIDDEN, CONFLICT, NOT_FOUND, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "POST",
                "/agreements/{agr}/transitions",
                (o, s) -> "{\"action\":\"RECORD_DECISION\"}",
                s(INVALID, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn("GET", "/agreements/{agr}/places", null, s(OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, UNAUTH));
        apiOn(
                "PUT",
                "/agreements/{active}/places/{year}",
                (o, s) -> "{\"places\":{\"QUOTA_REFUGEE\":1},\"version\":" + o.get("placesVersion", s) + "}",
                s(OK, NOT_FOUND, OK, NOT_FOUND, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "POST",
                "/agreements/{agr}/decision-document",
                "application/pdf",
                (o, s) -> fi.koto.document.control.Samples.pdf(),
                s(CREATED, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn("GET", "/agreements/{agr}/decision-document", null, s(OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, UNAUTH));
        apiOn(
                "GET",
                "/agreements/{active}/extra-places-requests",
                null,
                s(OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, UNAUTH));
        apiOn(
                "POST",
                "/agreements/{active}/extra-places-requests",
                (o, s) -> "{\"year\":2026,\"targetGroup\":"
                        + "\"TEMPORARY_PROTECTION\",\"persons\":1,\"reason\":\"matrix\",\"replyBy\":\"2030-12-20\"}",
                s(FORBIDDEN, FORBIDDEN, CREATED, NOT_FOUND, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "GET",
                "/agreements/{active}/extra-places-requests/{extra}",
                null,
                s(OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, UNAUTH));
        apiOn(
                "PUT",
                "/agreements/{active}/extra-places-requests/{extra}",
                (o, s) -> "{}",
                s(INVALID, NOT_FOUND, INVALID, NOT_FOUND, FORBIDDEN, FORBIDDEN, UNAUTH));

        // ---- places rounds ----
        apiList("/places-rounds", idOf("round"), s(OK, OK, OK, OK, OK, OK, UNAUTH));
        apiList(
                "/places-rounds/requests",
                (o, s) -> "\"municipalityCode\":\"" + s.municipality + "\"",
                s(OK, OK, OK, OK, OK, OK, UNAUTH));
        api(
                "POST",
                "/places-rounds",
                "{\"year\":1999}",
                s(FORBIDDEN, FORBIDDEN, INVALID, INVALID, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn("GET", "/places-rounds/{round}", null, s(OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, UNAUTH));
        apiOn(
                "PUT",
                "/places-rounds/{round}/answers/{muni}",
                (o, s) -> "{}",
                s(INVALID, NOT_FOUND, INVALID, NOT_FOUND, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "POST",
                "/places-rounds/{round}/reminders",
                (o, s) -> "{\"municipalityCodes\":[\"999\"]}",
                s(FORBIDDEN, FORBIDDEN, INVALID, NOT_FOUND, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "POST",
                "/places-rounds/{round}/transitions",
                (o, s) -> "{\"action\":\"FLY\"}",
                s(FORBIDDEN, FORBIDDEN, INVALID, NOT_FOUND, FORBIDDEN, FORBIDDEN, UNAUTH));

        // ---- programmes ----
        apiList("/programmes?limit=500", idOf("prog"), s(OK, OK, OK, OK, OK, OK, UNAUTH));
        apiOn(
                "POST",
                "/programmes",
                (o, s) -> "{\"municipalityCodes\":[\"" + s.municipality + "\"],\"legalBasis\":"
                        + "\"ACT_681_2023\",\"title\":\"Matrix\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2029-12-31\"}",
                s(CREATED, INVALID, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn("GET", "/programmes/{prog}", null, s(OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, UNAUTH));
        apiOn(
                "PUT",
                "/programmes/{prog}/sections/{section}",
                (o, s) -> "{\"fi\":\"Tavoitteet\",\"sv\":\"Mål\",\"version\":" + o.get("progVersion", s) + "}",
                s(OK, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "PUT",
                "/programmes/{prog}/title",
                (o, s) -> "{\"fi\":\"" + o.get("progMarker", s) + "\",\"sv\":\"Matris\",\"version\":"
                        + o.get("progVersion", s) + "}",
                s(OK, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "POST",
                "/programmes/{prog}/transitions",
                (o, s) -> "{\"action\":\"APPROVE\"}",
                s(FORBIDDEN, FORBIDDEN, CONFLICT, NOT_FOUND, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "POST",
                "/programmes/{review}/transitions",
                (o, s) -> "{\"action\":\"SUBMIT\"}",
                s(CONFLICT, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "POST",
                "/programmes/{prog}/measures",
                (o, s) -> "{\"action\":\"Kurssi\",\"responsibleParty\":\"Kunta\","
                        + "\"schedule\":\"2027\",\"indicator\":\"Osallistujat\",\"version\":" + o.get("progVersion", s)
                        + "}",
                s(CREATED, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "DELETE",
                "/programmes/{prog}/measures/{measure}?version=0",
                null,
                s(CONFLICT, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "POST",
                "/programmes/{review}/notes",
                (o, s) -> "{\"section\":\"goals\",\"text\":\"Tarkenna\"}",
                s(FORBIDDEN, FORBIDDEN, CREATED, NOT_FOUND, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "POST",
                "/programmes/{review}/notes/{resolvedNote}/resolve",
                (o, s) -> "",
                s(CONFLICT, NOT_FOUND, CONFLICT, NOT_FOUND, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "PUT",
                "/programmes/{review}/notes/{note}/reply",
                (o, s) -> "{\"text\":\"Tarkennettu\"}",
                s(OK, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "PUT",
                "/programmes/{review}/checklist/{req}",
                (o, s) -> "{\"verdict\":\"PARTLY\",\"note\":\"x\"}",
                s(FORBIDDEN, FORBIDDEN, OK, NOT_FOUND, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn("GET", "/programmes/{review}/history", null, s(OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, UNAUTH));
        apiOn("GET", "/programmes/{review}/versions", null, s(OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, UNAUTH));
        apiOn("GET", "/programmes/{review}/versions/{round1}", null, s(OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, UNAUTH));
        apiOn("GET", "/programmes/{review}/diff?round=1", null, s(OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, UNAUTH));
        apiOn("GET", "/programmes/{prog}/attachments", null, s(OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, UNAUTH));
        apiOn(
                "POST",
                "/programmes/{prog}/attachments",
                "application/pdf",
                (o, s) -> fi.koto.document.control.Samples.pdf(),
                s(CREATED, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn("GET", "/programmes/{prog}/attachments/{doc}", null, s(OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, UNAUTH));
        apiOn(
                "DELETE",
                "/programmes/{prog}/attachments/{docDel}",
                null,
                s(NO_CONTENT, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH));

        // ---- drafts shared for guidance: {prog} is shared, {priv} private, {toShare} and {toUnshare} change ----
        apiListOfOwner("/programmes?limit=500&status=DRAFT", idOf("priv"), s(OK, OK, OK, OK, OK, OK, UNAUTH));
        apiOn("GET", "/programmes/{priv}", null, s(OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, UNAUTH));
        apiOn(
                "GET",
                "/programmes/{priv}/history",
                null,
                s(OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, UNAUTH));
        apiOn(
                "GET",
                "/programmes/{priv}/attachments",
                null,
                s(OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, UNAUTH));
        apiOn(
                "GET",
                "/programmes/{priv}/plan",
                null,
                s(OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, UNAUTH));
        apiOn(
                "POST",
                "/programmes/{toShare}/sharing",
                (o, s) -> "",
                s(OK, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "POST",
                "/programmes/{review}/sharing",
                (o, s) -> "",
                s(INVALID, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "DELETE",
                "/programmes/{toUnshare}/sharing?comment=Kesken",
                null,
                s(OK, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "POST",
                "/programmes/{prog}/guidance-notes",
                (o, s) -> "{\"section\":\"goals\",\"text\":\"Tavoitteisiin mittarit\"}",
                s(FORBIDDEN, FORBIDDEN, CREATED, NOT_FOUND, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "POST",
                "/programmes/{priv}/guidance-notes",
                (o, s) -> "{\"text\":\"Ohjaus\"}",
                s(FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN, UNAUTH));

        // the municipality's adoption of an accepted plan, and the form of a plan under Act 681/2023
        apiOn(
                "POST",
                "/programmes/{review}/adoption",
                (o, s) -> "{}",
                s(CONFLICT, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "POST",
                "/programmes/{accepted}/adoption",
                (o, s) -> "{}",
                s(INVALID, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "POST",
                "/programmes/{accepted}/adoption/document",
                "application/pdf",
                (o, s) -> fi.koto.document.control.Samples.pdf(),
                s(CREATED, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn("GET", "/programmes/{accepted}/adoption/document", null, s(OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, UNAUTH));
        apiOn(
                "PUT",
                "/programmes/{prog}/plan-form",
                (o, s) -> "{\"planForm\":\"SEPARATE_PROGRAMME\",\"version\":" + o.get("progVersion", s) + "}",
                s(OK, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH));

        // ---- reports ----
        api(
                "POST",
                "/reports",
                "{\"type\":\"NOPE\",\"year\":2025,\"format\":\"XLSX\"}",
                s(INVALID, INVALID, INVALID, INVALID, INVALID, FORBIDDEN, UNAUTH));
        apiListOfOwner("/reports", idOf("report"), s(OK, OK, OK, OK, OK, FORBIDDEN, UNAUTH));
        api("GET", "/reports/types", (String) null, s(OK, OK, OK, OK, OK, FORBIDDEN, UNAUTH));
        apiOn("GET", "/reports/{report}", null, s(OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, UNAUTH));
        apiOn(
                "GET",
                "/reports/{report}/file",
                null,
                s(OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, UNAUTH));

        // ---- regional work-permit guidelines: {wpg} a draft of the side's authority (EVK01 for HEL, EVK05 for JKL)
        // with a party {wpgParty}; {wpgc} one in consultation whose party {wpgcParty} gave a statement document ----
        apiList(
                "/work-permit-guidelines",
                (o, s) -> "\"id\":" + o.get("wpg", s) + ",\"lastDay\"",
                s(OK, OK, OK, OK, OK, OK, UNAUTH));
        apiOn("GET", "/work-permit-guidelines/{wpg}", null, s(OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, UNAUTH));
        api(
                "POST",
                "/work-permit-guidelines",
                "{}",
                s(FORBIDDEN, FORBIDDEN, INVALID, INVALID, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "POST",
                "/work-permit-guidelines/{wpg}/parties",
                (o, s) -> "{}",
                s(FORBIDDEN, FORBIDDEN, INVALID, NOT_FOUND, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "PUT",
                "/work-permit-guidelines/{wpg}/parties/{wpgParty}/statement",
                (o, s) -> "{\"receivedOn\":\"2026-01-01\",\"text\":\"x\"}",
                s(FORBIDDEN, FORBIDDEN, CONFLICT, NOT_FOUND, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "POST",
                "/work-permit-guidelines/{wpg}/parties/{wpgParty}/statement/document?receivedOn=2026-01-01",
                "application/pdf",
                (o, s) -> fi.koto.document.control.Samples.pdf(),
                s(FORBIDDEN, FORBIDDEN, CONFLICT, NOT_FOUND, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "GET",
                "/work-permit-guidelines/{wpgc}/parties/{wpgcParty}/statement/document",
                null,
                s(OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, UNAUTH));
        api("GET", "/work-permit-guidelines/coverage", (String) null, s(OK, OK, OK, OK, OK, OK, UNAUTH));
        api(
                "POST",
                "/work-permit-guidelines/lifecycle-run",
                "",
                s(FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, UNAUTH));
        // the public API: everyone, without credentials too; never a guideline in preparation
        apiPublic("/public/work-permit-guidelines", (o, s) -> "\"id\":" + o.get("wpg", s) + ",\"inForce\"");
        apiPublic(
                "/public/work-permit-guidelines?lang=sv&inForce=true",
                (o, s) -> "\"id\":" + o.get("wpg", s) + ",\"inForce\"");
        apiOn(
                "GET",
                "/public/work-permit-guidelines/{wpg}",
                null,
                s(NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND));
        api(
                "GET",
                "/public/work-permit-guidelines/exempt?occupation=7212",
                (String) null,
                s(OK, OK, OK, OK, OK, OK, OK));
        api(
                "GET",
                "/public/work-permit-guidelines/exempt?occupation=9999",
                (String) null,
                s(INVALID, INVALID, INVALID, INVALID, INVALID, INVALID, INVALID));
        api("GET", "/public/work-permit-guidelines/occupations.csv", (String) null, s(OK, OK, OK, OK, OK, OK, OK));

        // ---- downloads of the pages (login session) ----
        webOn("/files/programmes/{prog}/attachments/{doc}", null, s(OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, LOGIN));
        webOn("/files/programmes/{accepted}/adoption/document", null, s(OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, LOGIN));
        webOn("/files/agreements/{agr}/decision-document", null, s(OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, LOGIN));
        webOn(
                "/reports/download?id={report}",
                null,
                s(OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, LOGIN));

        // ---- pages ----
        web("/login.xhtml", s(OK, OK, OK, OK, OK, OK, OK));
        web("/accessibility.xhtml", s(OK, OK, OK, OK, OK, OK, OK));
        // single sign-on (sso): public; the code flow's two addresses exist only on a server with KOTO_OIDC_ISSUER
        // set (the shared test server has none), where OidcIT checks that both send the browser on (302)
        web("/sso-refused.xhtml", s(OK, OK, OK, OK, OK, OK, OK));
        web("/oidc/login", s(NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND));
        web("/oidc/callback", s(NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND));
        web("/error/page.xhtml", s(OK, OK, OK, OK, OK, OK, OK));
        web("/error/expired.xhtml", s(OK, OK, OK, OK, OK, OK, OK));
        web("/index.xhtml", s(OK, OK, OK, OK, OK, OK, LOGIN));
        web("/admin/users.xhtml", s(FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, LOGIN));
        web("/agreements/index.xhtml", s(OK, OK, OK, OK, OK, OK, LOGIN));
        web("/agreements/new.xhtml", s(FORBIDDEN, FORBIDDEN, OK, OK, FORBIDDEN, FORBIDDEN, LOGIN));
        webOn(
                "/agreements/view.xhtml?id={active}",
                (o, s) -> o.get("activeMarker", s),
                s(OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, LOGIN));
        web("/placements/index.xhtml", s(OK, OK, OK, OK, OK, OK, LOGIN));
        web("/placements/utilisation.xhtml", s(OK, OK, OK, OK, OK, OK, LOGIN));
        web("/placements/import.xhtml", s(FORBIDDEN, FORBIDDEN, OK, OK, FORBIDDEN, OK, LOGIN));
        webOn(
                "/placements/import.xhtml?id={import}",
                null,
                s(FORBIDDEN, FORBIDDEN, OK, NOT_FOUND, FORBIDDEN, OK, LOGIN));
        web("/places/index.xhtml", s(OK, OK, OK, OK, OK, OK, LOGIN));
        webOn("/places/round.xhtml?id={round}", null, s(OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, LOGIN));
        webOn(
                "/places/extra.xhtml?agreement={active}&id={extra}",
                null,
                s(OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, LOGIN));
        web("/programmes/index.xhtml", s(OK, OK, OK, OK, OK, OK, LOGIN));
        web("/programmes/new.xhtml", s(OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, LOGIN));
        webOn(
                "/programmes/view.xhtml?id={prog}",
                (o, s) -> o.get("progMarker", s),
                s(OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, LOGIN));
        webOn(
                "/programmes/view.xhtml?id={priv}",
                (o, s) -> o.get("privMarker", s),
                s(OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, LOGIN));
        webOn(
                "/programmes/version.xhtml?id={review}&round=1",
                (o, s) -> o.get("reviewMarker", s),
                s(OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, LOGIN));
        web("/reports/index.xhtml", s(OK, OK, OK, OK, OK, FORBIDDEN, LOGIN));
        web("/guidelines/index.xhtml", s(OK, OK, OK, OK, OK, OK, LOGIN));
        web("/guidelines/new.xhtml", s(FORBIDDEN, FORBIDDEN, OK, OK, FORBIDDEN, FORBIDDEN, LOGIN));
        webOn(
                "/guidelines/view.xhtml?id={wpg}",
                (o, s) -> o.get("wpgMarker", s),
                s(OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, LOGIN));
        web("/public/guidelines.xhtml", s(OK, OK, OK, OK, OK, OK, OK));
        web("/public/guidelines.xhtml?occupation=7212&lang=sv", s(OK, OK, OK, OK, OK, OK, OK));

        // ---- monitoring: plans (goals, measures, indicators) and the annual monitoring ----
        apiOn("GET", "/programmes/{review}/plan", null, s(OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, UNAUTH));
        apiOn(
                "POST",
                "/programmes/{prog}/plan/goals",
                (o, s) -> "{\"theme\":\"PARTICIPATION\",\"fi\":\"Osallisuus\",\"sv\":\"Delaktighet\"}",
                s(CREATED, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "POST",
                "/programmes/{prog}/plan/goals",
                (o, s) -> "{\"theme\":\"NOPE\"}",
                s(INVALID, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "POST",
                "/programmes/{prog}/plan/measures",
                (o, s) -> "{\"goalId\":" + o.get("goal", s) + ",\"fi\":\"Kurssi\",\"sv\":\"Kurs\","
                        + "\"responsibleParty\":\"Kunta\",\"startYear\":2026,\"endYear\":2027}",
                s(CREATED, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "POST",
                "/programmes/{prog}/plan/indicators",
                (o, s) -> "{\"goalId\":" + o.get("goal", s) + ",\"fi\":\"Osallistujat\",\"sv\":\"Deltagare\","
                        + "\"unit\":\"PERSONS\",\"baseline\":10,\"baselineYear\":2025,\"target\":20,"
                        + "\"targetYear\":2029}",
                s(CREATED, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "PUT",
                "/programmes/{prog}/plan/goals/{goal}",
                (o, s) -> "{\"theme\":\"HEALTH\",\"fi\":\"Terveys\",\"sv\":\"Hälsa\",\"version\":-1}",
                s(CONFLICT, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "PUT",
                "/programmes/{prog}/plan/measures/{planMeasure}",
                (o, s) -> "{\"goalId\":" + o.get("goal", s) + ",\"fi\":\"Kurssi\",\"sv\":\"Kurs\","
                        + "\"responsibleParty\":\"Kunta\",\"version\":-1}",
                s(CONFLICT, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "PUT",
                "/programmes/{prog}/plan/indicators/{indicator}",
                (o, s) -> "{\"goalId\":" + o.get("goal", s) + ",\"fi\":\"N\",\"sv\":\"N\",\"unit\":\"COUNT\","
                        + "\"baseline\":1,\"target\":2,\"version\":-1}",
                s(CONFLICT, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn("GET", "/programmes/{review}/monitoring", null, s(OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, UNAUTH));
        apiOn(
                "GET",
                "/programmes/{review}/monitoring/{monYear}",
                null,
                s(OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, UNAUTH));
        apiOn(
                "PUT",
                "/programmes/{review}/monitoring/{monYear}",
                (o, s) -> "{\"values\":[],\"accounts\":[]}",
                s(OK, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "PUT",
                "/programmes/{review}/monitoring/{farYear}",
                (o, s) -> "{\"values\":[],\"accounts\":[]}",
                s(INVALID, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "POST",
                "/programmes/{review}/monitoring/{monYear}/transitions",
                (o, s) -> "{\"action\":\"REPORT\",\"version\":-1}",
                s(CONFLICT, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH));
        // the overview lists the municipalities of the caller's scope only
        apiList(
                "/monitoring?year=2026",
                (o, s) -> "\"municipalityCode\":\"" + s.municipality + "\"",
                s(OK, OK, OK, OK, OK, OK, UNAUTH));
        web("/monitoring/index.xhtml", s(OK, OK, OK, OK, OK, OK, LOGIN));
        webOn(
                "/monitoring/plan.xhtml?programme={review}",
                (o, s) -> o.get("reviewMarker", s),
                s(OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, LOGIN));
        webOn(
                "/monitoring/report.xhtml?programme={review}&year={monYear}",
                (o, s) -> o.get("reviewMarker", s),
                s(OK, NOT_FOUND, OK, NOT_FOUND, OK, OK, LOGIN));

        // ---- real steps with a stale version: authorised callers reach the version check (409) and change
        // nothing; callers outside the scope get 404, never a step on someone else's object. Last, as they must
        // not change the objects the rows above are about.
        apiOn(
                "POST",
                "/places-rounds/{round}/transitions",
                (o, s) -> "{\"action\":\"CLOSE\",\"version\":-1}",
                s(FORBIDDEN, FORBIDDEN, CONFLICT, NOT_FOUND, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "POST",
                "/agreements/{agr}/transitions",
                (o, s) -> "{\"action\":\"TERMINATE\",\"comment\":\"x\"," + "\"version\":-1}",
                s(FORBIDDEN, FORBIDDEN, CONFLICT, NOT_FOUND, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "PUT",
                "/work-permit-guidelines/{wpg}",
                (o, s) -> "{\"version\":-1,\"validFrom\":\"2091-01-01\",\"validTo\":\"2091-06-30\"}",
                s(FORBIDDEN, FORBIDDEN, CONFLICT, NOT_FOUND, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "POST",
                "/work-permit-guidelines/{wpg}/transitions",
                (o, s) -> "{\"action\":\"START_CONSULTATION\",\"version\":-1,\"deadline\":\"2090-01-01\"}",
                s(FORBIDDEN, FORBIDDEN, CONFLICT, NOT_FOUND, FORBIDDEN, FORBIDDEN, UNAUTH));
        apiOn(
                "POST",
                "/programmes/{prog}/transitions",
                (o, s) -> "{\"action\":\"SUBMIT\",\"version\":-1}",
                s(CONFLICT, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH));
    }
}
