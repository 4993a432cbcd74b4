package app.limber.progress;

import app.limber.content.Side;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** A self-test with the runner's own results (oldest first) and the trend for each side they recorded. */
public record SelfTestHistory(SelfTestCard test, List<ResultRow> results, Map<Side, Trend> trends)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
