package app.plumbline.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab talking Vaadin's wire protocol to the server, without a browser: the Spring
 * Security form login, Vaadin's init request (UI id and CSRF token), then UIDL requests carrying
 * syncId and clientId. Each request is timed into {@link Stats}; a response that is not a clean
 * 200 (Vaadin answers 200 even when the UI failed) raises {@link UiError}.
 */
final class VirtualBrowser {

    static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

    static final class UiError extends RuntimeException {
        final String kind;

        UiError(String kind, String message) {
            super(message);
            this.kind = kind;
        }
    }

    private final HttpClient http;
    private final String base;
    private final Stats stats;
    private String sessionId;
    private int uiId = -1;
    private String csrfToken;
    private int syncId;
    private int clientId;
    private int historyIndex;
    private int promises;
    private UiTree tree = new UiTree();
    private String lastResponse = "";

    VirtualBrowser(HttpClient http, String base, Stats stats) {
        this.http = http;
        this.base = base.endsWith("/") ? base : base + "/";
        this.stats = stats;
    }

    /** The login page, then the form POST to /login; the server answers 302 to / or to /login?error. */
    void login(String username, String password) {
        String page = get("login", "page");
        Matcher csrf = CSRF_META.matcher(page);
        if (!csrf.find()) {
            throw new UiError("login", "no CSRF token on the login page");
        }
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> response = send(request("login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), "login");
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new UiError("login", "login of " + username + " failed: " + response.statusCode() + " " + location);
        }
    }

    /**
     * Opens a route as a browser does on a page load: the HTML page, Vaadin's init request for a
     * new UI, then the client-side router's {@code ui-navigate} event that renders the view.
     */
    void open(String route) {
        get(route, "page");
        String init = get("?v-r=init&location=" + enc(route) + "&query=", "init");
        JsonNode config = parse(init).path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (config.isMissingNode() || uidl.isMissingNode()) {
            throw new UiError("init", "init response without appConfig.uidl: " + abbreviate(init));
        }
        uiId = config.path("v-uiId").asInt();
        csrfToken = uidl.path("Vaadin-Security-Key").asString();
        tree = new UiTree();
        tree.apply(uidl);
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
        historyIndex = 0;
        promises = 0;
        navigate(route, "open");
    }

    /** A click on a router link or menu item: the same UI navigates to another view. */
    void navigate(String route, String metric) {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route).put("query", "").put("appShellTitle", "").put("trigger", "");
        data.putObject("historyState").put("idx", historyIndex++);
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event").put("node", 1).put("event", "ui-navigate").set("data", data);
        uidl(List.of(rpc), metric);
    }

    /** A property change the browser synchronises to the server (a field's new value). */
    void sync(UiTree.Node node, String property, String value, String metric) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "mSync").put("node", node.id).put("feature", 1).put("property", property).put("value", value);
        uidl(List.of(rpc), metric);
    }

    /**
     * A call of a server method that the browser's own component makes ({@code @ClientCallable},
     * {@code this.$server.save(...)} in the browser): one argument, and a promise the answer resolves.
     */
    void call(UiTree.Node node, String method, String argument, String metric) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "publishedEventHandler").put("node", node.id).put("templateEventMethodName", method);
        rpc.putArray("templateEventMethodArgs").add(argument);
        rpc.put("promise", promises++);
        uidl(List.of(rpc), metric);
    }

    /** A click with the event data the server's listener asked for. */
    void click(UiTree.Node node, String metric) {
        ObjectNode data = JSON.createObjectNode();
        JsonNode wanted = tree.eventData(node, "click");
        if (wanted == null) {
            throw new UiError("element", "no click listener on node " + node.id + " (" + node.tag + ")");
        }
        for (String expression : wanted.propertyNames()) {
            if (expression.endsWith("Key")) {
                data.put(expression, false);
            } else if (expression.equals("event.detail")) {
                data.put(expression, 1);
            } else if (expression.startsWith("event.")) {
                data.put(expression, 0);
            }
        }
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event").put("node", node.id).put("event", "click").set("data", data);
        uidl(List.of(rpc), metric);
    }

    /**
     * The "Log out" button: Spring Security ends the session, so Vaadin answers that the session
     * is gone (or with a redirect to the login page); both count as a clean logout.
     */
    void logout() {
        try {
            click(element("log-out"), "logout");
        } catch (UiError e) {
            if (!e.kind.equals("sessionExpired")) {
                throw e;
            }
        }
        sessionId = null;
    }

    /**
     * What the browser sends when the page goes away (a reload, another address, a closed tab):
     * Vaadin's unload beacon, a UIDL message without calls that tells the server to close the UI.
     * A beacon's answer is not read by the browser; only its status is checked here.
     */
    void unload() {
        if (uiId < 0) {
            return;
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", csrfToken);
        body.putArray("rpc");
        body.put("syncId", syncId).put("clientId", clientId).put("UNLOAD", true);
        HttpResponse<String> response = send(request("?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), "unload");
        if (response.statusCode() != 200) {
            throw new UiError("http", "unload answered " + response.statusCode());
        }
        uiId = -1;
    }

    /** Vaadin's heartbeat: keeps the UI (and so the session) alive while the user does nothing. */
    void heartbeat() {
        HttpResponse<String> response = send(request("?v-r=heartbeat&v-uiId=" + uiId)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), "heartbeat");
        if (response.statusCode() != 200) {
            throw new UiError("http", "heartbeat answered " + response.statusCode());
        }
    }

    UiTree.Node element(String elementId) {
        return tree.byId(elementId).orElseThrow(() -> new UiError("element", "no element #" + elementId));
    }

    Optional<UiTree.Node> find(String elementId) {
        return tree.byId(elementId);
    }

    UiTree tree() {
        return tree;
    }

    String lastResponse() {
        return lastResponse;
    }

    private void uidl(List<ObjectNode> rpcs, String metric) {
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", csrfToken);
        body.putArray("rpc").addAll(rpcs);
        body.put("syncId", syncId).put("clientId", clientId);
        HttpResponse<String> response = send(request("?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), metric);
        String text = response.body();
        if (response.statusCode() != 200) {
            throw new UiError("http", metric + " answered " + response.statusCode());
        }
        // Vaadin 8-style prefix, in case a proxy or an older client protocol adds it.
        if (text.startsWith("for(;;);")) {
            text = text.substring(8);
        }
        JsonNode json = parse(text);
        if (json.isArray()) {
            json = json.get(0);
        }
        JsonNode meta = json.path("meta");
        if (meta.has("appError")) {
            throw new UiError("appError", metric + ": " + meta.get("appError").path("caption").asString() + " "
                    + meta.get("appError").path("message").asString());
        }
        if (meta.path("sessionExpired").asBoolean(false)) {
            throw new UiError("sessionExpired", metric + ": session expired");
        }
        if (json.path("resynchronize").asBoolean(false) || meta.path("async").asBoolean(false)) {
            throw new UiError("resync", metric + ": server asked to resynchronise");
        }
        if (!json.has("syncId") || json.get("syncId").asInt() < 0) {
            throw new UiError("resync", metric + ": no valid syncId: " + abbreviate(text));
        }
        // Vaadin's own error views (route not found or not allowed, exception while navigating).
        if (text.contains("Could not navigate to") || text.contains("There was an exception while trying to navigate")) {
            throw new UiError("errorView", metric + ": Vaadin's error view instead of the screen");
        }
        syncId = json.get("syncId").asInt();
        clientId = json.path("clientId").asInt(clientId + 1);
        tree.apply(json);
        lastResponse = text;
    }

    private String get(String path, String metric) {
        HttpResponse<String> response = send(request(path).GET().build(), metric);
        if (response.statusCode() != 200) {
            throw new UiError("http", "GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (sessionId != null) {
            builder.header("Cookie", "JSESSIONID=" + sessionId);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request, String metric) {
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UiError("io", metric + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UiError("interrupted", metric);
        }
        stats.record(metric, System.nanoTime() - start);
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION_COOKIE.matcher(cookie);
            if (m.find()) {
                sessionId = m.group(1);
            }
        }
        return response;
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (RuntimeException e) {
            throw new UiError("badJson", "not JSON: " + abbreviate(text));
        }
    }

    static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
