package app.limber.bench.uidl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The part of Vaadin's client-side state tree the benchmark needs: which nodes exist, their tag, text, children and
 * DOM event listeners. Built from the {@code changes} of each UIDL response, the way the browser's Flow client builds
 * its tree, so that a button can be found by its caption and clicked by node id.
 */
final class UiTree {

    private final Map<Integer, String> tags = new HashMap<>();
    private final Map<Integer, String> texts = new HashMap<>();
    private final Map<Integer, List<Integer>> children = new HashMap<>();
    private final Map<Integer, Map<String, JsonNode>> listeners = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();
    private int listenerFeature = -1;

    /** Applies one UIDL response (its {@code constants} and {@code changes}). */
    void apply(JsonNode uidl) {
        JsonNode newConstants = uidl.path("constants");
        newConstants.properties().forEach(entry -> constants.put(entry.getKey(), entry.getValue()));
        for (JsonNode change : uidl.path("changes")) {
            int node = change.path("node").asInt(-1);
            String type = change.path("type").asText("");
            switch (type) {
                case "detach" -> forget(node);
                case "put" -> put(node, change);
                case "splice" -> splice(node, change);
                case "remove" -> {
                    Map<String, JsonNode> map = listeners.get(node);
                    if (map != null && change.path("feat").asInt() == listenerFeature) {
                        map.remove(change.path("key").asText());
                    }
                }
                default -> {
                    // attach and clear need no bookkeeping here
                }
            }
        }
    }

    private void put(int node, JsonNode change) {
        String key = change.path("key").asText("");
        JsonNode value = change.path("value");
        if ("tag".equals(key) && value.isTextual()) {
            tags.put(node, value.asText());
        } else if ("text".equals(key) && value.isTextual()) {
            texts.put(node, value.asText());
        } else if ("ui-navigate".equals(key) && node == 1) {
            // The UI listens for the router's navigation event: that tells which feature holds DOM listeners.
            listenerFeature = change.path("feat").asInt();
        }
        if (listenerFeature >= 0 && change.path("feat").asInt() == listenerFeature
                || "click".equals(key) && !value.isMissingNode()) {
            JsonNode resolved = value.isTextual() && constants.containsKey(value.asText())
                    ? constants.get(value.asText()) : value;
            listeners.computeIfAbsent(node, n -> new HashMap<>()).put(key, resolved);
        }
    }

    private void splice(int node, JsonNode change) {
        JsonNode added = change.path("addNodes");
        if (added.isMissingNode() && !children.containsKey(node)) {
            return; // a list of values (class names, ...), not of child nodes
        }
        List<Integer> list = children.computeIfAbsent(node, n -> new ArrayList<>());
        int index = Math.min(change.path("index").asInt(0), list.size());
        int remove = change.path("remove").asInt(0);
        for (int i = 0; i < remove && index < list.size(); i++) {
            list.remove(index);
        }
        int at = index;
        for (JsonNode id : added) {
            list.add(at++, id.asInt());
        }
    }

    private void forget(int node) {
        tags.remove(node);
        texts.remove(node);
        children.remove(node);
        listeners.remove(node);
    }

    int nodeCount() {
        return tags.size() + texts.size();
    }

    /** The caption of an element: the text of its text-node children and their children. */
    String textOf(int node) {
        StringBuilder text = new StringBuilder();
        appendText(node, text, 0);
        return text.toString().strip();
    }

    private void appendText(int node, StringBuilder text, int depth) {
        String own = texts.get(node);
        if (own != null) {
            text.append(own);
        }
        if (depth < 3) {
            for (int child : children.getOrDefault(node, List.of())) {
                appendText(child, text, depth + 1);
            }
        }
    }

    /** A live {@code vaadin-button} with a click listener and exactly this caption. */
    Optional<Integer> button(String caption) {
        return tags.entrySet().stream()
                .filter(e -> "vaadin-button".equals(e.getValue()))
                .map(Map.Entry::getKey)
                .filter(node -> listeners.getOrDefault(node, Map.of()).containsKey("click"))
                .filter(node -> caption.equals(textOf(node)))
                .sorted()
                .findFirst();
    }

    /** The event data a browser sends for a click on this node: every expression the listener asked for. */
    ObjectNode clickData(int node, ObjectNode data) {
        JsonNode expressions = listeners.getOrDefault(node, Map.of()).get("click");
        if (expressions != null && expressions.isObject()) {
            expressions.properties().forEach(entry -> {
                String expression = entry.getKey();
                if (expression.endsWith("Key")) {
                    data.put(expression, false);
                } else if ("event.detail".equals(expression)) {
                    data.put(expression, 1);
                } else {
                    data.put(expression, 0);
                }
            });
        }
        return data;
    }

    boolean knowsListenerFeature() {
        return listenerFeature >= 0;
    }
}
