package app.limber.bench.uidl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application's JVM seen from outside: CPU time and RSS from {@code /proc/<pid>}, live heap after a full GC
 * from {@code jcmd <pid> GC.class_histogram} (taking a class histogram runs a full collection first). The histogram's
 * total also counts the collector's filler arrays ({@code jdk.internal.vm.FillerElement[]}: unused space the
 * collector formats as dead arrays, e.g. the rest of a retired allocation buffer), which came and went by tens of
 * megabytes between two histograms of the same live objects; they are left out of the live heap.
 */
final class AppProcess {

    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)\\s*$");
    private static final Pattern HISTOGRAM_FILLER = Pattern.compile(
            "(?m)^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+\\[?L?jdk\\.internal\\.vm\\.Filler.*$");

    private final long pid;
    private final Path jcmd;
    private final long ticksPerSecond;

    AppProcess(long pid, Path jcmd) {
        this.pid = pid;
        this.jcmd = jcmd;
        this.ticksPerSecond = clockTicks();
    }

    long pid() {
        return pid;
    }

    /** User plus system CPU time the process has used so far, in milliseconds. */
    long cpuMillis() {
        try {
            return ticksToMillis(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
        } catch (IOException e) {
            throw new IllegalStateException("the application (pid " + pid + ") is gone", e);
        }
    }

    /**
     * CPU time so far by kind of thread, in milliseconds: {@code requests} (Tomcat's request threads), {@code gc}
     * (the collector: SerialGC collects on the VM thread, other collectors on their GC threads), {@code jit} (the C1
     * and C2 compiler threads) and {@code other} (everything else, including threads that have ended: their time
     * stays in the process total but no longer shows per thread). The kinds add up to {@link #cpuMillis()}.
     */
    CpuByKind cpuByKind() {
        long total = cpuMillis();
        long requests = 0;
        long gc = 0;
        long jit = 0;
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String name;
                long millis;
                try {
                    name = Files.readString(task.resolve("comm")).strip();
                    millis = ticksToMillis(Files.readString(task.resolve("stat")));
                } catch (IOException threadEnded) {
                    continue;
                }
                switch (CpuByKind.kindOf(name)) {
                    case "requests" -> requests += millis;
                    case "gc" -> gc += millis;
                    case "jit" -> jit += millis;
                    default -> { }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("the application (pid " + pid + ") is gone", e);
        }
        return new CpuByKind(total, requests, gc, jit);
    }

    /** CPU time of the application by kind of thread; see {@link AppProcess#cpuByKind()}. */
    record CpuByKind(long total, long requests, long gc, long jit) {

        /** The kind of a thread by its name as Linux shows it (at most 15 characters). */
        static String kindOf(String threadName) {
            if (threadName.startsWith("http-nio-")) {
                return "requests";
            }
            if (threadName.equals("VM Thread") || threadName.startsWith("GC Thread") || threadName.startsWith("G1 ")) {
                return "gc";
            }
            if (threadName.startsWith("C1 CompilerThre") || threadName.startsWith("C2 CompilerThre")) {
                return "jit";
            }
            return "other";
        }

        /** The rest of the total; can come out a tick or two below zero, the per-thread times being rounded. */
        long other() {
            return total - requests - gc - jit;
        }

        CpuByKind since(CpuByKind earlier) {
            return new CpuByKind(total - earlier.total, requests - earlier.requests, gc - earlier.gc,
                    jit - earlier.jit);
        }

        /** "requests 2.1, GC 0.3, JIT 0.4, other 0.2" in milliseconds per unit of work. */
        String perUnit(long units) {
            double n = Math.max(units, 1);
            return String.format(java.util.Locale.ROOT, "request threads %.1f, GC %.1f, JIT %.1f, other %.1f",
                    requests / n, gc / n, jit / n, Math.max(0, other()) / n);
        }
    }

    /** User plus system time of a {@code /proc/.../stat} line, in milliseconds. */
    private long ticksToMillis(String stat) {
        // The command name may contain spaces: fields are counted after its closing parenthesis.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000 / ticksPerSecond;
    }

    /** Resident set size in KB ({@code VmRSS}). */
    long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            return -1;
        } catch (IOException e) {
            throw new IllegalStateException("the application (pid " + pid + ") is gone", e);
        }
    }

    private int histograms;

    boolean alive() {
        return Files.exists(Path.of("/proc", Long.toString(pid)));
    }

    /**
     * Bytes of live objects after a full GC. With the environment variable {@code BENCH_HISTOGRAM_DIR} set, each
     * histogram is also kept there as {@code histogram-NN.txt}, numbered in the order they were taken, to compare
     * which classes grew between two measurements.
     */
    long liveHeapBytes() throws IOException, InterruptedException {
        String histogram = run(List.of(jcmd.toString(), Long.toString(pid), "GC.class_histogram"));
        String keepIn = System.getenv("BENCH_HISTOGRAM_DIR");
        if (keepIn != null && !keepIn.isBlank()) {
            Path directory = Files.createDirectories(Path.of(keepIn));
            Files.writeString(directory.resolve("histogram-%02d.txt".formatted(++histograms)), histogram);
        }
        return liveBytes(histogram);
    }

    /** The live bytes a class histogram shows: its total less the collector's filler arrays. */
    static long liveBytes(String histogram) {
        Matcher total = HISTOGRAM_TOTAL.matcher(histogram);
        if (!total.find()) {
            throw new IllegalStateException("jcmd GC.class_histogram printed no total: "
                    + RunnerSession.abbreviate(histogram));
        }
        long fillers = 0;
        Matcher filler = HISTOGRAM_FILLER.matcher(histogram);
        while (filler.find()) {
            fillers += Long.parseLong(filler.group(1));
        }
        return Long.parseLong(total.group(2)) - fillers;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: "
                    + RunnerSession.abbreviate(new String(output, StandardCharsets.UTF_8)));
        }
        return new String(output, StandardCharsets.UTF_8);
    }

    private static long clockTicks() {
        try {
            return Long.parseLong(run(List.of("getconf", "CLK_TCK")).strip());
        } catch (IOException | RuntimeException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
