package app.plumbline.sessionlog;

import app.plumbline.testing.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.StateNode;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TodayWeightProbeTest extends KaribuTest {

    @Test
    void probe() {
        for (String who : new String[] {"maria.lopez", "james.oconnor", "sofia.rossi"}) {
            openAs(who, "today");
            Map<String, Integer> byTag = new TreeMap<>();
            int[] total = {0};
            UI.getCurrent().getInternals().getStateTree().getRootNode().visitNodeTree(node -> {
                total[0]++;
                String tag = node.hasFeature(com.vaadin.flow.internal.nodefeature.ElementData.class)
                        ? String.valueOf(node.getFeature(com.vaadin.flow.internal.nodefeature.ElementData.class).getTag())
                        : "other";
                byTag.merge(tag, 1, Integer::sum);
            });
            System.out.println("PROBE " + who + " nodes=" + total[0] + " " + byTag);
            signIn.out();
        }
    }
}
