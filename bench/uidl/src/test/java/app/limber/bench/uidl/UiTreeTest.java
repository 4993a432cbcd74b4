package app.limber.bench.uidl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UiTreeTest {

    private final UiTree tree = new UiTree();

    /** The shapes Flow 25 sends: listeners in feature 4 by constant-pool key, children as node splices. */
    @BeforeEach
    void showAPlayerWithANextButton() throws Exception {
        tree.apply(json("""
                {"syncId": 0, "clientId": 0,
                 "constants": {"nav": {"route": false, "query": false},
                               "clk": {"event.shiftKey": false, "event.screenX": false, "event.detail": false}},
                 "changes": [
                   {"node": 1, "type": "put", "key": "tag", "feat": 0, "value": "body"},
                   {"node": 1, "type": "put", "key": "ui-navigate", "feat": 4, "value": "nav"},
                   {"node": 5, "type": "attach"},
                   {"node": 5, "type": "put", "key": "tag", "feat": 0, "value": "vaadin-button"},
                   {"node": 6, "type": "attach"},
                   {"node": 6, "type": "put", "key": "text", "feat": 7, "value": "Next"},
                   {"node": 5, "type": "splice", "feat": 2, "index": 0, "addNodes": [6]},
                   {"node": 5, "type": "put", "key": "click", "feat": 4, "value": "clk"},
                   {"node": 8, "type": "put", "key": "tag", "feat": 0, "value": "vaadin-button"},
                   {"node": 9, "type": "put", "key": "text", "feat": 7, "value": "Back"},
                   {"node": 8, "type": "splice", "feat": 2, "index": 0, "addNodes": [9]}
                 ]}"""));
    }

    @Test
    void buttonIsFoundByItsCaption() {
        assertTrue(tree.knowsListenerFeature());
        assertEquals(5, tree.button("Next").orElseThrow());
    }

    @Test
    void clickSendsEveryExpressionTheListenerAskedFor() {
        ObjectNode data = tree.clickData(5, RunnerSession.JSON.createObjectNode());
        assertEquals(false, data.get("event.shiftKey").asBoolean());
        assertEquals(0, data.get("event.screenX").asInt());
        assertEquals(1, data.get("event.detail").asInt());
        assertEquals(3, data.size());
    }

    @Test
    void buttonWithoutClickListenerIsNotOffered() {
        assertTrue(tree.button("Back").isEmpty());
    }

    @Test
    void detachedButtonIsForgotten() throws Exception {
        tree.apply(json("""
                {"syncId": 1, "changes": [{"node": 5, "type": "detach"}]}"""));
        assertTrue(tree.button("Next").isEmpty());
    }

    @Test
    void changedCaptionIsFollowed() throws Exception {
        tree.apply(json("""
                {"syncId": 1, "changes": [{"node": 6, "type": "put", "key": "text", "feat": 7, "value": "Skip"}]}"""));
        assertTrue(tree.button("Next").isEmpty());
        assertEquals(5, tree.button("Skip").orElseThrow());
    }

    @Test
    void removedChildTakesItsCaptionAlong() throws Exception {
        tree.apply(json("""
                {"syncId": 1, "changes": [{"node": 5, "type": "splice", "feat": 2, "index": 0, "remove": 1}]}"""));
        assertEquals("", tree.textOf(5));
    }

    private static JsonNode json(String text) throws Exception {
        return RunnerSession.JSON.readTree(text);
    }
}
