package nl.kringwerk.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import nl.kringwerk.load.Device.LoadError;
import org.jspecify.annotations.Nullable;

/**
 * One open browser tab of a Vaadin Flow app, speaking Flow's own client-server protocol: the UI is
 * made by the bootstrap request ({@code ?v-r=init}), events and property changes go as UIDL RPC
 * ({@code POST ?v-r=uidl}, with the UI's CSRF token and the client's message counter), and changes
 * the server makes from other threads arrive over the Atmosphere websocket ({@code /VAADIN/push},
 * length-prefixed messages). Every message, from a response or from push, is applied to the
 * {@link StateTree} in the order of the server's sync id.
 */
final class VaadinUi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "for(;;);";

    private final Device device;
    final String location;
    private final int uiId;
    private final String csrfToken;
    private final @Nullable String pushId;
    final int heartbeatSeconds;
    private final StateTree tree = new StateTree();
    private final TreeMap<Integer, JsonNode> waiting = new TreeMap<>();
    private final ReentrantLock sending = new ReentrantLock();
    private int lastSyncId = -1;
    private int nextClientId;
    private volatile @Nullable WebSocket push;
    private final StringBuilder pushBuffer = new StringBuilder();
    private volatile @Nullable String failure;
    private volatile boolean closed;
    private final CompletableFuture<Void> pushClosed = new CompletableFuture<>();

    private VaadinUi(Device device, String location, JsonNode appConfig) {
        this.device = device;
        this.location = location;
        this.uiId = appConfig.get("v-uiId").asInt();
        this.heartbeatSeconds = appConfig.path("heartbeatInterval").asInt(300);
        JsonNode uidl = appConfig.get("uidl");
        this.csrfToken = uidl.get("Vaadin-Security-Key").asText();
        this.pushId =
                uidl.hasNonNull("Vaadin-Push-ID") ? uidl.get("Vaadin-Push-ID").asText() : null;
        receive(uidl);
    }

    /** Loads the page and bootstraps its UI, as a browser opening the URL does. */
    static VaadinUi open(Device device, String location) throws IOException, InterruptedException {
        Device.check(device.send(device.request(location).GET().build()), 200, "page " + location);
        HttpResponse<String> init = device.send(device.request("?v-r=init&location="
                        + URLEncoder.encode(location, StandardCharsets.UTF_8).replace("%2F", "/")
                        + "&query=")
                .GET()
                .build());
        Device.check(init, 200, "init " + location);
        if (!init.headers().firstValue("Content-Type").orElse("").contains("json")) {
            throw new LoadError("init " + location + " answered no JSON (signed out?)");
        }
        VaadinUi ui = new VaadinUi(device, location, JSON.readTree(init.body()).get("appConfig"));
        ui.navigate();
        return ui;
    }

    /** Flow.js asks the server to render the route: the "ui-navigate" event on the UI's root node. */
    private void navigate() {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "event").put("node", 1).put("event", "ui-navigate");
        ObjectNode data = event.putObject("data");
        data.put("route", location).put("query", "").put("appShellTitle", "").put("trigger", "");
        data.putNull("historyState");
        rpc(List.of(event));
    }

    /** Opens the push channel (a websocket) and waits until it is open. */
    void connectPush() {
        String query = "v-r=push&v-uiId=" + uiId + (pushId == null ? "" : "&v-pushId=" + pushId)
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript"
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true";
        URI http = device.base.resolve("VAADIN/push?" + query);
        URI ws = URI.create(http.toString().replaceFirst("^http", "ws"));
        push = device.http
                .newWebSocketBuilder()
                .header("Cookie", device.cookieHeader())
                .header("X-Forwarded-For", device.address)
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(ws, new PushListener())
                .orTimeout(30, TimeUnit.SECONDS)
                .join();
    }

    /** Taps the element with this id (a button, a tile): a DOM click event with its usual data. */
    long click(String id) {
        ObjectNode event = JSON.createObjectNode();
        synchronized (this) {
            StateTree.Node node = tree.byId(id).orElseThrow(() -> new LoadError("no #" + id + " on " + location));
            event.put("type", "event").put("node", node.id).put("event", "click");
            ObjectNode data = event.putObject("data");
            for (String e :
                    List.of("event.screenX", "event.screenY", "event.clientX", "event.clientY", "event.button")) {
                data.put(e, 0);
            }
            data.put("event.detail", 1);
            for (String e : List.of("event.ctrlKey", "event.shiftKey", "event.altKey", "event.metaKey")) {
                data.put(e, false);
            }
            for (String expression : tree.eventExpressions(node, "click")) {
                if (!data.has(expression)) {
                    data.put(expression, false);
                }
            }
        }
        return rpc(List.of(event));
    }

    /** Types a value into a field: the property sync of "value" and the field's change event. */
    long type(String id, String value) {
        ObjectNode sync = JSON.createObjectNode();
        ObjectNode change = JSON.createObjectNode();
        synchronized (this) {
            StateTree.Node node = tree.byId(id).orElseThrow(() -> new LoadError("no #" + id + " on " + location));
            sync.put("type", "mSync")
                    .put("node", node.id)
                    .put("feature", StateTree.ELEMENT_PROPERTIES)
                    .put("property", "value")
                    .put("value", value);
            change.put("type", "event").put("node", node.id).put("event", "change");
            change.putObject("data");
        }
        return rpc(List.of(sync, change));
    }

    /** Sends RPC invocations and applies the answer; returns the round trip in nanoseconds. */
    long rpc(List<ObjectNode> invocations) {
        sending.lock();
        try {
            ObjectNode body = JSON.createObjectNode();
            body.put("csrfToken", csrfToken);
            ArrayNode rpc = body.putArray("rpc");
            invocations.forEach(rpc::add);
            synchronized (this) {
                body.put("syncId", lastSyncId);
                body.put("clientId", nextClientId);
            }
            long start = System.nanoTime();
            HttpResponse<String> response = post("?v-r=uidl&v-uiId=" + uiId, body.toString());
            long elapsed = System.nanoTime() - start;
            Device.check(response, 200, "uidl " + location);
            handleText(response.body());
            return elapsed;
        } catch (IOException e) {
            throw new LoadError("uidl " + location + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadError("interrupted");
        } finally {
            sending.unlock();
        }
    }

    /** Vaadin's heartbeat: keeps the UI alive while nobody touches it (the group's screen). */
    void heartbeat() {
        if (closed) {
            return;
        }
        try {
            HttpResponse<String> response = post("?v-r=heartbeat&v-uiId=" + uiId, "");
            if (response.statusCode() != 200) {
                fail("heartbeat: HTTP " + response.statusCode());
            }
        } catch (IOException e) {
            fail("heartbeat: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The tab is closed: the unload beacon ends the UI at once, then the websocket goes. */
    void close() {
        closed = true;
        sending.lock();
        try {
            ObjectNode body = JSON.createObjectNode();
            body.put("csrfToken", csrfToken);
            body.putArray("rpc");
            synchronized (this) {
                body.put("syncId", lastSyncId);
                body.put("clientId", nextClientId);
            }
            body.put("UNLOAD", true);
            post("?v-r=uidl&v-uiId=" + uiId, body.toString());
        } catch (IOException e) {
            // the tab is gone either way
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            sending.unlock();
            WebSocket ws = push;
            if (ws != null) {
                // As a browser closing the tab: a close frame, the server's answer, then the connection goes.
                try {
                    ws.sendClose(WebSocket.NORMAL_CLOSURE, "").get(2, TimeUnit.SECONDS);
                    pushClosed.get(2, TimeUnit.SECONDS);
                } catch (Exception e) {
                    // closed or gone already
                }
                ws.abort();
            }
        }
    }

    private HttpResponse<String> post(String query, String body) throws IOException, InterruptedException {
        HttpRequest request = device.request(query)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return device.send(request);
    }

    /** The text of the element with this id, when it is on screen. */
    synchronized Optional<String> text(String id) {
        return tree.byId(id).map(tree::text);
    }

    synchronized boolean has(String id) {
        return tree.byId(id).isPresent();
    }

    synchronized List<String> ids(Predicate<String> matching) {
        return tree.ids(matching);
    }

    /**
     * Waits until the condition holds (checked after every message applied); returns the time of the
     * message that made it true, from {@link System#nanoTime()}.
     */
    synchronized long await(Predicate<VaadinUi> condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.test(this)) {
            if (failure != null) {
                throw new LoadError(location + ": " + failure);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new LoadError("timed out waiting for " + what + " on " + location + " (sync id " + lastSyncId
                        + ", waiting " + waiting.keySet() + ", " + tree.size() + " nodes)");
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LoadError("interrupted");
            }
        }
        return lastChange;
    }

    private long lastChange = System.nanoTime();

    @Nullable
    String failure() {
        return failure;
    }

    private void fail(String message) {
        if (!closed) {
            synchronized (this) {
                if (failure == null) {
                    failure = message;
                }
                notifyAll();
            }
        }
    }

    private void handleText(String text) throws IOException {
        if (!text.startsWith(PREFIX)) {
            throw new LoadError(location + ": not a UIDL answer: " + text.substring(0, Math.min(200, text.length())));
        }
        for (JsonNode message : JSON.readTree(text.substring(PREFIX.length()))) {
            receive(message);
        }
    }

    /** Applies messages in sync-id order; a message that overtook an earlier one waits for it. */
    private synchronized void receive(JsonNode message) {
        JsonNode meta = message.path("meta");
        if (meta.has("sessionExpired") || meta.has("appError")) {
            fail("server says " + meta);
        }
        if (message.has("clientId")) {
            nextClientId = message.get("clientId").asInt();
        }
        if (!message.has("syncId")) {
            tree.apply(message);
        } else {
            int syncId = message.get("syncId").asInt();
            if (lastSyncId < 0 || syncId == lastSyncId + 1) {
                apply(message, syncId);
            } else if (syncId > lastSyncId) {
                waiting.put(syncId, message);
            }
            while (!waiting.isEmpty() && waiting.firstKey() <= lastSyncId + 1) {
                var next = waiting.pollFirstEntry();
                if (next.getKey() == lastSyncId + 1) {
                    apply(next.getValue(), next.getKey());
                }
            }
        }
        lastChange = System.nanoTime();
        notifyAll();
    }

    private void apply(JsonNode message, int syncId) {
        tree.apply(message);
        lastSyncId = syncId;
    }

    /** Atmosphere over a websocket: "length|message", possibly split over or joined in frames. */
    private final class PushListener implements WebSocket.Listener {

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            synchronized (pushBuffer) {
                pushBuffer.append(data);
                if (last) {
                    drain();
                }
            }
            webSocket.request(1);
            return null;
        }

        private void drain() {
            while (true) {
                int bar = pushBuffer.indexOf("|");
                if (bar <= 0) {
                    return;
                }
                String length = pushBuffer.substring(0, bar);
                if (!length.chars().allMatch(Character::isDigit)) {
                    pushBuffer.setLength(0); // Atmosphere's own hand-shake, not a tracked message
                    return;
                }
                int size = Integer.parseInt(length);
                if (pushBuffer.length() < bar + 1 + size) {
                    return;
                }
                String message = pushBuffer.substring(bar + 1, bar + 1 + size);
                pushBuffer.delete(0, bar + 1 + size);
                if (message.startsWith(PREFIX)) {
                    try {
                        handleText(message);
                    } catch (IOException | RuntimeException e) {
                        fail("push message: " + e);
                    }
                }
            }
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            pushClosed.complete(null);
            fail("push closed: " + statusCode + " " + reason);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            fail("push failed: " + error);
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }
    }
}
