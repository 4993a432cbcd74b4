package app.limber.bench.uidl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AppProcessTest {

    /** The shape jcmd's GC.class_histogram prints (JDK 25), shortened. */
    private static final String HISTOGRAM = """
            12345:
             num     #instances         #bytes  class name (module)
            -------------------------------------------------------
               1:          3346       31085512  [Ljdk.internal.vm.FillerElement; (java.base@25.0.3)
               2:         22045        6189496  [B (java.base@25.0.3)
               3:         17000         952000  com.vaadin.flow.internal.StateNode
               4:            12            480  jdk.internal.vm.FillerObject (java.base@25.0.3)
            Total         42403       38227488
            """;

    @Test
    void liveBytesAreTheTotalWithoutTheCollectorsFillers() {
        assertEquals(38227488L - 31085512L - 480L, AppProcess.liveBytes(HISTOGRAM));
        assertEquals(6189496L + 952000L, AppProcess.liveBytes(HISTOGRAM));
    }

    @Test
    void aHistogramWithoutTotalIsAnError() {
        assertThrows(IllegalStateException.class, () -> AppProcess.liveBytes("12345:\nno such process\n"));
    }
}
