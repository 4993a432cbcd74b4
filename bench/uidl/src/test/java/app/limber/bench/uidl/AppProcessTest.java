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

    @Test
    void threadsAreSortedByTheirLinuxNames() {
        assertEquals("requests", AppProcess.CpuByKind.kindOf("http-nio-18080-"));
        assertEquals("gc", AppProcess.CpuByKind.kindOf("VM Thread"));
        assertEquals("gc", AppProcess.CpuByKind.kindOf("GC Thread#0"));
        assertEquals("gc", AppProcess.CpuByKind.kindOf("G1 Conc#0"));
        assertEquals("jit", AppProcess.CpuByKind.kindOf("C2 CompilerThre"));
        assertEquals("jit", AppProcess.CpuByKind.kindOf("C1 CompilerThre"));
        assertEquals("other", AppProcess.CpuByKind.kindOf("scheduling-1"));
        assertEquals("other", AppProcess.CpuByKind.kindOf("VM Periodic Tas"));
    }

    @Test
    void whatIsNotRequestsGcOrJitCountsAsOther() {
        var before = new AppProcess.CpuByKind(1000, 600, 100, 200);
        var after = new AppProcess.CpuByKind(3000, 1800, 300, 400);
        var used = after.since(before);
        assertEquals(2000, used.total());
        assertEquals(400, used.other());
        assertEquals("request threads 1.2, GC 0.2, JIT 0.2, other 0.4", used.perUnit(1000));
    }
}
