package nl.kringwerk.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The client's copy of one UI's state tree, as Vaadin Flow's own client keeps it: nodes made and
 * removed by "attach"/"detach", map features (tag, properties, attributes, listeners, text) changed
 * by "put"/"remove", list features (children) by "splice". Enough to find an element by its id and
 * read its text, which is what the driver needs; nothing is rendered. Not thread-safe: {@link VaadinUi}
 * guards it.
 */
final class StateTree {

    static final int ELEMENT_DATA = 0;
    static final int ELEMENT_PROPERTIES = 1;
    static final int ELEMENT_CHILDREN = 2;
    static final int ELEMENT_ATTRIBUTES = 3;
    static final int ELEMENT_LISTENERS = 4;
    static final int TEXT_NODE = 7;

    static final class Node {
        final int id;
        final Map<Integer, Map<String, Object>> maps = new HashMap<>();
        final Map<Integer, List<Object>> lists = new HashMap<>();

        Node(int id) {
            this.id = id;
        }

        Map<String, Object> map(int feature) {
            return maps.computeIfAbsent(feature, f -> new HashMap<>());
        }

        List<Object> list(int feature) {
            return lists.computeIfAbsent(feature, f -> new ArrayList<>());
        }

        @Nullable
        String attribute(String name) {
            Object value = map(ELEMENT_ATTRIBUTES).get(name);
            return value instanceof JsonNode json && json.isTextual() ? json.asText() : null;
        }

        @Nullable
        Object listener(String event) {
            return map(ELEMENT_LISTENERS).get(event);
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();

    /** Applies one message's constant pool and changes, in the order the server wrote them. */
    void apply(JsonNode message) {
        JsonNode pool = message.get("constants");
        if (pool != null) {
            pool.fields().forEachRemaining(e -> constants.put(e.getKey(), e.getValue()));
        }
        JsonNode changes = message.get("changes");
        if (changes == null) {
            return;
        }
        for (JsonNode change : changes) {
            int nodeId = change.get("node").asInt();
            String type = change.path("type").asText();
            switch (type) {
                case "attach" -> nodes.put(nodeId, new Node(nodeId));
                case "detach" -> nodes.remove(nodeId);
                case "put" -> {
                    Node node = nodes.computeIfAbsent(nodeId, Node::new);
                    Object value = change.has("nodeValue")
                            ? (Object) change.get("nodeValue").asInt()
                            : change.get("value");
                    node.map(change.get("feat").asInt()).put(change.get("key").asText(), value);
                }
                case "remove" -> {
                    Node node = nodes.get(nodeId);
                    if (node != null) {
                        node.map(change.get("feat").asInt())
                                .remove(change.get("key").asText());
                    }
                }
                case "splice" -> {
                    Node node = nodes.computeIfAbsent(nodeId, Node::new);
                    List<Object> list = node.list(change.get("feat").asInt());
                    int index = change.path("index").asInt();
                    int remove = change.path("remove").asInt(0);
                    for (int i = 0; i < remove && index < list.size(); i++) {
                        list.remove(index);
                    }
                    List<Object> added = new ArrayList<>();
                    if (change.has("addNodes")) {
                        change.get("addNodes").forEach(n -> added.add(n.asInt()));
                    } else if (change.has("add")) {
                        change.get("add").forEach(added::add);
                    }
                    list.addAll(Math.min(index, list.size()), added);
                }
                case "clear" -> {
                    Node node = nodes.get(nodeId);
                    if (node != null) {
                        int feature = change.get("feat").asInt();
                        node.maps.remove(feature);
                        node.lists.remove(feature);
                    }
                }
                default -> {
                    // "empty": a feature that exists without content; nothing to keep
                }
            }
        }
    }

    /** The attached element with this id attribute; the newest when a rebuild left two for a moment. */
    Optional<Node> byId(String id) {
        Node found = null;
        for (Node node : nodes.values()) {
            if (id.equals(node.attribute("id")) && (found == null || node.id > found.id)) {
                found = node;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The id attributes of all attached elements that match. */
    List<String> ids(Predicate<String> matching) {
        List<String> ids = new ArrayList<>();
        for (Node node : nodes.values()) {
            String id = node.attribute("id");
            if (id != null && matching.test(id) && !ids.contains(id)) {
                ids.add(id);
            }
        }
        ids.sort(null);
        return ids;
    }

    /** The text of an element: its text nodes and those of its children, as the DOM's textContent. */
    String text(Node node) {
        StringBuilder text = new StringBuilder();
        collectText(node, text, 0);
        return text.toString();
    }

    private void collectText(Node node, StringBuilder text, int depth) {
        Object own = node.map(TEXT_NODE).get("text");
        if (own instanceof JsonNode json) {
            text.append(json.asText());
        }
        if (depth > 64) {
            return;
        }
        for (Object child : node.list(ELEMENT_CHILDREN)) {
            if (child instanceof Integer childId) {
                Node c = nodes.get(childId);
                if (c != null) {
                    collectText(c, text, depth + 1);
                }
            }
        }
    }

    /** The event-data expressions the client would send with this event (from the constant pool). */
    List<String> eventExpressions(Node node, String event) {
        Object listener = node.listener(event);
        List<String> expressions = new ArrayList<>();
        JsonNode data = listener instanceof JsonNode json && json.isTextual() ? constants.get(json.asText()) : null;
        if (data != null && data.isObject()) {
            data.fieldNames().forEachRemaining(expressions::add);
        }
        return expressions;
    }

    @Nullable
    JsonNode constant(String key) {
        return constants.get(key);
    }

    int size() {
        return nodes.size();
    }
}
