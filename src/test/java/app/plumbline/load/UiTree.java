package app.plumbline.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The client's copy of a Vaadin UI's state tree, kept up to date from the {@code changes} of each
 * UIDL response, so that controls can be found by their element id as a browser would find them.
 * Only what the load driver needs: tag, properties, attributes, children and listened events.
 */
final class UiTree {

    // Feature ids from com.vaadin.flow.internal.nodefeature.NodeFeatures.
    private static final int ELEMENT_DATA = 0;
    private static final int ELEMENT_PROPERTIES = 1;
    private static final int ELEMENT_CHILDREN = 2;
    private static final int ELEMENT_ATTRIBUTES = 3;
    private static final int ELEMENT_LISTENERS = 4;

    static final class Node {
        final int id;
        String tag;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        final Map<String, String> listeners = new HashMap<>();

        Node(int id) {
            this.id = id;
        }

        String property(String name) {
            JsonNode value = properties.get(name);
            return value == null || value.isNull() ? null : value.asString();
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();

    void apply(JsonNode uidl) {
        JsonNode newConstants = uidl.get("constants");
        if (newConstants != null) {
            newConstants.properties().forEach(e -> constants.put(e.getKey(), e.getValue()));
        }
        JsonNode changes = uidl.get("changes");
        if (changes == null || !changes.isArray()) {
            return;
        }
        for (JsonNode change : changes) {
            int id = change.get("node").asInt();
            String type = change.get("type").asString();
            switch (type) {
                case "attach" -> nodes.computeIfAbsent(id, Node::new);
                case "detach" -> nodes.remove(id);
                case "put" -> put(node(id), change);
                case "remove" -> remove(node(id), change);
                case "splice" -> splice(node(id), change);
                case "clear" -> {
                    if (change.path("feat").asInt() == ELEMENT_CHILDREN) {
                        node(id).children.clear();
                    }
                }
                default -> { }
            }
        }
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    private void put(Node node, JsonNode change) {
        String key = change.get("key").asString();
        JsonNode value = change.get("value");
        switch (change.path("feat").asInt()) {
            case ELEMENT_DATA -> {
                if ("tag".equals(key)) {
                    node.tag = value.asString();
                }
            }
            case ELEMENT_PROPERTIES -> node.properties.put(key, value);
            case ELEMENT_ATTRIBUTES -> node.attributes.put(key, value == null ? "" : value.asString());
            case ELEMENT_LISTENERS -> node.listeners.put(key, value == null ? null : value.asString());
            default -> { }
        }
    }

    private void remove(Node node, JsonNode change) {
        String key = change.get("key").asString();
        switch (change.path("feat").asInt()) {
            case ELEMENT_PROPERTIES -> node.properties.remove(key);
            case ELEMENT_ATTRIBUTES -> node.attributes.remove(key);
            case ELEMENT_LISTENERS -> node.listeners.remove(key);
            default -> { }
        }
    }

    private void splice(Node node, JsonNode change) {
        if (change.path("feat").asInt() != ELEMENT_CHILDREN) {
            return;
        }
        int index = change.path("index").asInt();
        int removed = change.path("remove").asInt(0);
        for (int i = 0; i < removed && index < node.children.size(); i++) {
            node.children.remove(index);
        }
        JsonNode added = change.get("addNodes");
        if (added != null) {
            int at = index;
            for (JsonNode child : added) {
                node.children.add(Math.min(at++, node.children.size()), child.asInt());
            }
        }
    }

    Optional<Node> byId(String elementId) {
        return nodes.values().stream().filter(n -> elementId.equals(n.attributes.get("id"))).findFirst();
    }

    /** Every node under {@code root} (depth first) with the given tag. */
    List<Node> descendants(Node root, String tag) {
        List<Node> found = new ArrayList<>();
        collect(root, tag, found);
        return found;
    }

    private void collect(Node parent, String tag, List<Node> found) {
        for (Integer childId : parent.children) {
            Node child = nodes.get(childId);
            if (child == null) {
                continue;
            }
            if (tag.equals(child.tag)) {
                found.add(child);
            }
            collect(child, tag, found);
        }
    }

    /** The event-data expressions the server asked for with a DOM event listener. */
    JsonNode eventData(Node node, String event) {
        String hash = node.listeners.get(event);
        return hash == null ? null : constants.get(hash);
    }

    int size() {
        return nodes.size();
    }
}
