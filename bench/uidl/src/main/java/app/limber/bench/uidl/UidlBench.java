package app.limber.bench.uidl;

import app.limber.bench.uidl.BenchDatabase.Runner;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Drives simulated runners through a running Limber production jar and prints what a runner session costs: live heap
 * per session on each runner view, UIDL round trips under load with think time, full view opens per second, app CPU
 * per request, SQL statements per view. Started by {@code bench/uidl.sh}, which builds and starts the jar; see
 * docs/performance.md.
 */
public final class UidlBench {

    /** The runner views, in the order a runner walks through them; "session" stands for today's session player. */
    static final List<String> VIEWS = List.of("today", "progress", "session", "account");

    private final Options options;
    private final HttpClient http;
    private final AppProcess app;
    private final BenchDatabase database;
    private final Map<String, AtomicInteger> largestResponse = new ConcurrentHashMap<>();
    /** Every tab signed in so far: the heartbeat ticker keeps their open UIs alive, as a browser's timer does. */
    private final List<RunnerSession> tabs = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.Set<RunnerSession> beating = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Throwable> heartbeatFailure = new AtomicReference<>();
    private volatile Latencies heartbeats = new Latencies();

    private UidlBench(Options options) {
        this.options = options;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        this.app = new AppProcess(options.pid, options.jcmd);
        this.database = new BenchDatabase(options.jdbcUrl, options.dbUser, options.dbPassword, options.serverLog);
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        try {
            new UidlBench(options).run();
        } catch (RunnerSession.ProtocolException | IllegalStateException e) {
            System.out.println();
            System.out.println("FAILED: " + e.getMessage());
            System.exit(1);
        }
    }

    private void run() throws Exception {
        int most = options.runners.stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Runner> runners = database.ensureRunners(Math.max(Math.max(most, options.openClients), 4));
        print("runners: %d benchmark accounts (bench-runner-NNNN@limber.test) in the demo program, today's session %s",
                runners.size(), runners.getFirst().sessionPath());
        print("load average at start: %s", loadAverage());

        Thread ticker = Thread.ofVirtual().start(this::sendHeartbeats);
        warmUp(runners.subList(0, 4));
        // Statements first, while the machine is quiet: under load the server writes its log late and they would be
        // missed (and the warm-up load fills the connection pool, which the statement count renews).
        statementsPerView(runners.getFirst());
        if (!options.warmupDuration.isZero()) {
            warmUpLoad(runners.subList(0, Math.min(options.openClients, runners.size())));
        }
        for (int n : options.runners) {
            sessionsAt(runners.subList(0, n));
        }
        if (!options.openDuration.isZero()) {
            viewOpensPerSecond(runners.subList(0, options.openClients));
        }
        ticker.interrupt();

        print("");
        print("largest UIDL response per view (any navigation or init, all phases):");
        for (String view : VIEWS) {
            AtomicInteger largest = largestResponse.get(view);
            print("  /%-9s %6.1f KB", view, largest == null ? 0.0 : largest.get() / 1024.0);
        }
        print("app RSS at the end: %d MB", app.rssKb() / 1024);
        print("load average at the end: %s", loadAverage());
    }

    // ---- phases --------------------------------------------------------------------------------------------------

    /** A few runners through every view and click, twice: JIT warm-up, and a first check that the protocol works. */
    private void warmUp(List<Runner> runners) throws Exception {
        print("");
        print("== warm-up (%d runners, every view twice; not measured)", runners.size());
        for (Runner runner : runners) {
            RunnerSession session = login(runner);
            session.open("today");
            for (int round = 0; round < 2; round++) {
                for (String view : VIEWS) {
                    session.navigate(path(view, runner));
                    if ("session".equals(view) && clickInPlayer(session) < 0) {
                        throw new RunnerSession.ProtocolException(
                                "the session player at /" + runner.sessionPath() + " has no Next, Skip or Back button");
                    }
                }
            }
            for (String view : VIEWS) {
                session.open(path(view, runner));
            }
            session.heartbeat(); // answers 200 while the UI is open
            session.unload();
            int gone = session.heartbeatStatusOfClosedUi();
            if (gone == 200) {
                throw new RunnerSession.ProtocolException(
                        "after UNLOAD a heartbeat for the closed UI still answered HTTP 200: the UI was not closed");
            }
        }
        print("warm-up done: login, open, navigation, click and UNLOAD (the UI's heartbeat is refused after it) work");
    }

    /**
     * Back-to-back full view opens, navigations and clicks from a few clients, not measured, until the JIT compiler
     * has settled: without this the measured phases include compiling what they run (a third of the app's CPU in a
     * 500-runner phase started straight after the short warm-up above), which a node that has been up for a while no
     * longer pays. Runs at least 30 s, then stops once the compiler threads used less than 5% of a core over the last
     * 10 s, or after {@code --warmup-duration} seconds at the most; prints how it went.
     */
    private void warmUpLoad(List<Runner> runners) throws Exception {
        print("");
        print("== warm-up load (%d clients without think time, until the JIT compiler settles, at most %d s; "
                + "not measured)", runners.size(), options.warmupDuration.toSeconds());
        List<RunnerSession> sessions = forEach(runners, this::login);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicInteger requests = new AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        long started = System.nanoTime();
        List<Thread> threads = startClients(runners, sessions, failure, (first, runner, session) -> {
            int next = first;
            while (failure.get() == null && !stop.get()) {
                session.open(path(VIEWS.get(next++ % VIEWS.size()), runner));
                requests.incrementAndGet();
                for (String view : VIEWS) {
                    session.navigate(path(view, runner));
                    requests.incrementAndGet();
                    if ("session".equals(view) && clickInPlayer(session) >= 0) {
                        requests.incrementAndGet();
                    }
                }
            }
            session.unload();
        });
        long window = 10_000;
        long settledBelow = 50; // ms of compiler CPU per second: 5% of one core
        List<String> jitPerSecond = new ArrayList<>();
        AppProcess.CpuByKind previous = app.cpuByKind();
        boolean settled = false;
        while (failure.get() == null) {
            Thread.sleep(window);
            AppProcess.CpuByKind now = app.cpuByKind();
            long jit = (now.jit() - previous.jit()) * 1000 / window;
            jitPerSecond.add(Long.toString(jit));
            previous = now;
            double elapsed = (System.nanoTime() - started) / 1e9;
            if (elapsed >= 30 && jit < settledBelow) {
                settled = true;
                break;
            }
            if (elapsed + window / 1000.0 > options.warmupDuration.toSeconds()) {
                break;
            }
        }
        stop.set(true);
        awaitClients(threads, failure);
        print("warm-up load done: %d requests in %.0f s; JIT compiler CPU per 10 s window, ms/s: %s%s",
                requests.get(), (System.nanoTime() - started) / 1e9, String.join(", ", jitPerSecond),
                settled ? " (settled)" : " (still compiling: the measured phases include some JIT)");
    }

    /** SQL statements of one full view open and of one navigation, with PostgreSQL statement logging. */
    private void statementsPerView(Runner runner) throws Exception {
        print("");
        if (!database.canCountStatements()) {
            print("== statements per view: skipped, cannot read the PostgreSQL log %s (use --pg-log)", options.serverLog);
            return;
        }
        print("== statements per view (PostgreSQL log_statement=all on %s; fewest of 3 tries)", database.databaseName());
        RunnerSession session = login(runner);
        database.logStatements(true);
        try {
            session.open("today"); // new pooled connections, with logging, before counting
            print("  %-9s %12s %12s", "view", "full open", "navigation");
            String previous = "today";
            for (String view : VIEWS) {
                int open = Integer.MAX_VALUE;
                int navigation = Integer.MAX_VALUE;
                for (int attempt = 0; attempt < 3; attempt++) {
                    long from = database.logPosition();
                    session.open(path(view, runner));
                    open = Math.min(open, counted(from));
                    session.navigate(path(previous, runner));
                    from = database.logPosition();
                    session.navigate(path(view, runner));
                    navigation = Math.min(navigation, counted(from));
                }
                print("  /%-8s %12d %12d", view, open, navigation);
                previous = view;
            }
            session.navigate(path("session", runner));
            int click = Integer.MAX_VALUE;
            for (int attempt = 0; attempt < 3; attempt++) {
                long from = database.logPosition();
                clickInPlayer(session);
                click = Math.min(click, counted(from));
            }
            print("  click Next/Skip/Back in the session player: %d", click);
            session.unload();
        } finally {
            database.logStatements(false);
            // Switching the logging ends the database's connections. The pool checks a connection before lending it
            // only when it has been idle for more than half a second, so give it that before the next request.
            Thread.sleep(1000);
        }
    }

    private int counted(long from) throws Exception {
        Thread.sleep(300); // the server writes its log asynchronously
        return database.statementsSince(from);
    }

    /** N signed-in runners: heap per session on each view, then load with think time, then UNLOAD. */
    private void sessionsAt(List<Runner> runners) throws Exception {
        int n = runners.size();
        print("");
        print("== %d runners (load average %s)", n, loadAverage());
        long baseline = app.liveHeapBytes();
        print("live heap after full GC with no new sessions: %.1f MB, RSS %d MB", baseline / 1048576.0,
                app.rssKb() / 1024);

        List<RunnerSession> sessions = new ArrayList<>();
        Latencies opens = new Latencies();
        long cpuBefore = app.cpuMillis();
        List<RunnerSession> opened = forEach(runners, runner -> {
            RunnerSession session = login(runner);
            long start = System.nanoTime();
            session.open("today");
            opens.add(System.nanoTime() - start);
            note("today", Math.max(session.lastResponseBytes(), session.lastInitBytes()));
            return session;
        });
        sessions.addAll(opened);
        print("signed in and opened /today: %d sessions, %.1f ms app CPU per sign-in + open, open %s", n,
                (app.cpuMillis() - cpuBefore) / (double) n, opens.summary());

        print("  %-9s %12s %14s %14s", "view", "live heap", "per session", "largest UIDL");
        for (String view : VIEWS) {
            if (!"today".equals(view)) {
                List<Runner> order = runners;
                forEachIndexed(sessions, (i, session) -> {
                    session.navigate(path(view, order.get(i)));
                    note(view, session.lastResponseBytes());
                });
            }
            long heap = app.liveHeapBytes();
            AtomicInteger largest = largestResponse.get(view);
            print("  /%-8s %9.1f MB %11.1f KB %11.1f KB", view, heap / 1048576.0, (heap - baseline) / 1024.0 / n,
                    largest == null ? 0.0 : largest.get() / 1024.0);
        }

        checkHeartbeats();
        load(runners, sessions);

        forEach(sessions, session -> {
            session.unload();
            return session;
        });
        Thread.sleep(2000);
        long afterUnload = app.liveHeapBytes();
        print("after UNLOAD of all %d UIs: live heap %.1f MB, %.1f KB per session above the baseline "
                + "(HTTP sessions stay until their timeout)", n, afterUnload / 1048576.0,
                (afterUnload - baseline) / 1024.0 / n);
    }

    /** Every runner walks through the views with 1–5 s think time, clicks in the player and sends heartbeats. */
    private void load(List<Runner> runners, List<RunnerSession> sessions) throws Exception {
        Latencies navigations = new Latencies();
        Latencies clicks = new Latencies();
        Latencies beats = new Latencies();
        heartbeats = beats;
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long deadline = System.nanoTime() + options.duration.toNanos();
        AppProcess.CpuByKind cpuBefore = app.cpuByKind();
        long started = System.nanoTime();
        List<Thread> threads = startClients(runners, sessions, failure, (index, runner, session) -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            int next = VIEWS.indexOf(viewOf(session.route(), runner));
            int clicksHere = 0;
            while (failure.get() == null) {
                long think = random.nextLong(options.thinkMin.toMillis(), options.thinkMax.toMillis() + 1);
                if (System.nanoTime() + think * 1_000_000 >= deadline) {
                    break;
                }
                Thread.sleep(think);
                if ("session".equals(viewOf(session.route(), runner)) && clicksHere < 2) {
                    long start = System.nanoTime();
                    if (clickInPlayer(session) >= 0) {
                        clicks.add(System.nanoTime() - start);
                        clicksHere++;
                        continue;
                    }
                }
                next = (next + 1) % VIEWS.size();
                String view = VIEWS.get(next);
                long start = System.nanoTime();
                session.navigate(path(view, runner));
                navigations.add(System.nanoTime() - start);
                note(view, session.lastResponseBytes());
                clicksHere = 0;
            }
        });
        awaitClients(threads, failure);
        double seconds = (System.nanoTime() - started) / 1e9;
        AppProcess.CpuByKind used = app.cpuByKind().since(cpuBefore);
        long cpu = used.total();
        heartbeats = new Latencies();
        checkHeartbeats();
        int requests = navigations.count() + clicks.count() + beats.count();
        print("load for %.0f s, think time %d–%d s: %d requests (%.1f/s), load average %s", seconds,
                options.thinkMin.toSeconds(), options.thinkMax.toSeconds(), requests, requests / seconds,
                loadAverage());
        print("  navigation %s", navigations.summary());
        print("  click      %s", clicks.summary());
        print("  heartbeat  %s", beats.summary());
        print("  app CPU %.1f ms per request (UIDL and heartbeat; %d ms of app CPU in the phase, GC included, / %d)",
                requests == 0 ? 0.0 : cpu / (double) requests, cpu, requests);
        print("    by thread, ms per request: %s", used.perUnit(requests));
    }

    /** Full page opens (UNLOAD of the old UI, bootstrap page, init, navigation) back to back from a few clients. */
    private void viewOpensPerSecond(List<Runner> runners) throws Exception {
        print("");
        print("== full view opens, %d clients without think time, %d s (load average %s)", runners.size(),
                options.openDuration.toSeconds(), loadAverage());
        List<RunnerSession> sessions = forEach(runners, this::login);
        Latencies opens = new Latencies();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long deadline = System.nanoTime() + options.openDuration.toNanos();
        AppProcess.CpuByKind cpuBefore = app.cpuByKind();
        long started = System.nanoTime();
        List<Thread> threads = startClients(runners, sessions, failure, (first, runner, session) -> {
            int next = first;
            while (failure.get() == null && System.nanoTime() < deadline) {
                String view = VIEWS.get(next++ % VIEWS.size());
                long start = System.nanoTime();
                session.open(path(view, runner));
                opens.add(System.nanoTime() - start);
                note(view, Math.max(session.lastResponseBytes(), session.lastInitBytes()));
            }
            session.unload();
        });
        awaitClients(threads, failure);
        double seconds = (System.nanoTime() - started) / 1e9;
        AppProcess.CpuByKind used = app.cpuByKind().since(cpuBefore);
        long cpu = used.total();
        print("  %d view opens in %.1f s: %.1f opens/s; open %s", opens.count(), seconds, opens.count() / seconds,
                opens.summary());
        print("  app CPU %.1f ms per full view open (UNLOAD + page + init + navigation; %d ms in the phase)",
                opens.count() == 0 ? 0.0 : cpu / (double) opens.count(), cpu);
        print("    by thread, ms per open: %s", used.perUnit(opens.count()));
        print("  load average after: %s", loadAverage());
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    interface ClientLoop {
        void run(int index, Runner runner, RunnerSession session) throws Exception;
    }

    /** One virtual thread per signed-in client running {@code loop}; the first failure of any is kept. */
    private static List<Thread> startClients(List<Runner> runners, List<RunnerSession> sessions,
            AtomicReference<Throwable> failure, ClientLoop loop) {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            Runner runner = runners.get(i);
            RunnerSession session = sessions.get(i);
            int index = i;
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    loop.run(index, runner, session);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        return threads;
    }

    /** Waits for the clients {@link #startClients} started; the first failure of any is thrown here. */
    private static void awaitClients(List<Thread> threads, AtomicReference<Throwable> failure) throws Exception {
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw failure.get() instanceof Exception e ? e : new IllegalStateException(failure.get());
        }
    }

    private RunnerSession login(Runner runner) throws Exception {
        RunnerSession session = new RunnerSession(http, options.baseUrl);
        session.login(runner.email(), options.password);
        tabs.add(session);
        return session;
    }

    /** Sends each open UI's heartbeat when it is due, each on its own thread; records the round trips. */
    private void sendHeartbeats() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                for (RunnerSession tab : tabs) {
                    if (tab.heartbeatDue() && beating.add(tab)) {
                        Thread.ofVirtual().start(() -> {
                            try {
                                long nanos = tab.heartbeatIfDue();
                                if (nanos >= 0) {
                                    heartbeats.add(nanos);
                                }
                            } catch (Throwable e) {
                                heartbeatFailure.compareAndSet(null, e);
                            } finally {
                                beating.remove(tab);
                            }
                        });
                    }
                }
                Thread.sleep(1000);
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private void checkHeartbeats() throws Exception {
        Throwable failure = heartbeatFailure.get();
        if (failure != null) {
            throw failure instanceof Exception e ? e : new IllegalStateException(failure);
        }
    }

    /** Clicks Next or Skip, or Back at the end of the session; the index of the caption clicked, or -1. */
    private static int clickInPlayer(RunnerSession session) throws Exception {
        List<String> captions = List.of("Next", "Skip", "Back");
        for (int i = 0; i < captions.size(); i++) {
            if (session.click(captions.get(i)).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    private static String path(String view, Runner runner) {
        return "session".equals(view) ? runner.sessionPath() : view;
    }

    private static String viewOf(String path, Runner runner) {
        return path.equals(runner.sessionPath()) ? "session" : path;
    }

    private void note(String view, int bytes) {
        largestResponse.computeIfAbsent(view, v -> new AtomicInteger()).accumulateAndGet(bytes, Math::max);
    }

    interface Step<T, R> {
        R apply(T item) throws Exception;
    }

    interface IndexedStep<T> {
        void apply(int index, T item) throws Exception;
    }

    /** Runs a step for every item on a few threads (sign-ins hash passwords: more would only queue), in order. */
    private <T, R> List<R> forEach(List<T> items, Step<T, R> step) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(options.parallel)) {
            List<Future<R>> results = new ArrayList<>();
            for (T item : items) {
                results.add(pool.submit(() -> step.apply(item)));
            }
            List<R> out = new ArrayList<>();
            for (Future<R> result : results) {
                try {
                    out.add(result.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
            return out;
        }
    }

    private <T> void forEachIndexed(List<T> items, IndexedStep<T> step) throws Exception {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            indexes.add(i);
        }
        forEach(indexes, i -> {
            step.apply(i, items.get(i));
            return i;
        });
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static void print(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
        System.out.flush();
    }

    /** Command-line options; see {@code bench/uidl.sh --help}. */
    static final class Options {
        URI baseUrl = URI.create("http://127.0.0.1:8080/");
        long pid = -1;
        Path jcmd = Path.of("jcmd");
        String jdbcUrl = "jdbc:postgresql://127.0.0.1:5432/limber";
        String dbUser = "postgres";
        String dbPassword = "";
        Path serverLog = Path.of("/var/log/postgresql/postgresql-15-main.log");
        List<Integer> runners = List.of(50, 200, 500);
        Duration duration = Duration.ofSeconds(60);
        Duration warmupDuration = Duration.ofSeconds(300);
        Duration thinkMin = Duration.ofSeconds(1);
        Duration thinkMax = Duration.ofSeconds(5);
        int openClients = 16;
        Duration openDuration = Duration.ofSeconds(30);
        String password = "limber-demo";
        int parallel = 8;

        static Options parse(String[] args) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("expected --name value pairs, got '" + args[i] + "'");
                }
                values.put(args[i].substring(2), args[++i]);
            }
            Options o = new Options();
            values.forEach((name, value) -> {
                switch (name) {
                    case "base-url" -> o.baseUrl = URI.create(value.endsWith("/") ? value : value + "/");
                    case "pid" -> o.pid = Long.parseLong(value);
                    case "jcmd" -> o.jcmd = Path.of(value);
                    case "jdbc-url" -> o.jdbcUrl = value;
                    case "db-user" -> o.dbUser = value;
                    case "db-password" -> o.dbPassword = value;
                    case "pg-log" -> o.serverLog = Path.of(value);
                    case "runners" -> o.runners = "none".equals(value) ? List.of()
                            : java.util.Arrays.stream(value.split(",")).map(String::strip).map(Integer::valueOf)
                                    .toList();
                    case "duration" -> o.duration = Duration.ofSeconds(Long.parseLong(value));
                    case "warmup-duration" -> o.warmupDuration = Duration.ofSeconds(Long.parseLong(value));
                    case "think-min" -> o.thinkMin = Duration.ofSeconds(Long.parseLong(value));
                    case "think-max" -> o.thinkMax = Duration.ofSeconds(Long.parseLong(value));
                    case "open-clients" -> o.openClients = Integer.parseInt(value);
                    case "open-duration" -> o.openDuration = Duration.ofSeconds(Long.parseLong(value));
                    case "password" -> o.password = value;
                    case "parallel" -> o.parallel = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown option --" + name);
                }
            });
            if (o.pid <= 0) {
                throw new IllegalArgumentException("--pid of the running application is required");
            }
            if (o.runners.stream().anyMatch(n -> n < 4) || o.thinkMax.compareTo(o.thinkMin) < 0) {
                throw new IllegalArgumentException("--runners must each be at least 4, --think-max >= --think-min");
            }
            return o;
        }
    }
}
