#!/usr/bin/env bash
# Start-up benchmark of the production jar: wall time and CPU time to ready, and idle RSS.
#
# Starts the jar the way docker/Dockerfile does (same JAVA_TOOL_OPTIONS, java -jar, with or without the AOT cache) in these
# scenarios, one after the other, and prints one line per start:
#   h2-first     embedded H2 in a fresh ./data directory: Flyway creates the schema, the demo content is seeded
#   h2-again     the same directory started a second time (nothing left to seed)
#   pg-demo      PostgreSQL, a fresh database, LIMBER_DEMO=true (schema and demo content created)
#   pg           PostgreSQL, the same database started again with LIMBER_DEMO unset (a real installation)
#   aot-*        the same with the Java AOT cache (training run done here first, on a copy of the jar)
# Figures: "started" = the "Started LimberApplication in" line, "ready" = /actuator/health/readiness UP (wall
# seconds from the exec, polled every 20 ms by the shell itself: no curl or sleep process per poll, which would take
# CPU from the start it times), "cpu" = user+system CPU seconds of the JVM when it became ready (/proc/<pid>/stat; on a
# busy machine wall time stretches but CPU time hardly does), "rss" = resident memory after BENCH_IDLE seconds
# idle, the load average at the moment of ready, and in brackets the CPU of the main thread (the start's critical
# path), how long it waited for a core while it could have run, and the CPU of the JIT compilers, all at ready.
#
# Usage: bench/startup.sh [path/to/limber.jar]      (build it first: ./mvnw -B -Pproduction -DskipTests package)
# The output is also written to bench/results/startup-<date>.txt.
# Environment (optional): BENCH_SCENARIOS (default "h2-first h2-again pg-demo pg aot-h2-again aot-pg"),
#   BENCH_IDLE (30), BENCH_PORT (18150), BENCH_PGHOST (127.0.0.1), BENCH_PGPORT (5432), BENCH_PGUSER (postgres),
#   BENCH_PGPASSWORD (empty), BENCH_JAVA_OPTIONS (replaces the image's JAVA_TOOL_OPTIONS), BENCH_MALLOC_ARENA_MAX
#   (2, as in the image; empty for glibc's default).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"

jar="${1:-}"
if [[ -z "$jar" ]]; then
    for candidate in "$root"/target/limber-*.jar; do
        [[ -f "$candidate" ]] && jar="$candidate" && break
    done
fi
[[ -n "$jar" && -f "$jar" ]] || { echo "bench: no jar (./mvnw -B -Pproduction -DskipTests package)" >&2; exit 2; }
jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"

scenarios="${BENCH_SCENARIOS:-h2-first h2-again pg-demo pg aot-h2-again aot-pg}"
idle="${BENCH_IDLE:-30}"
port="${BENCH_PORT:-18150}"
# The image's JVM options, read from docker/Dockerfile so that the benchmark follows it.
image_options="$(image_java_options)"
java_options="${BENCH_JAVA_OPTIONS-$image_options}"
malloc_arenas="${BENCH_MALLOC_ARENA_MAX-2}"
ticks="$(getconf CLK_TCK)"
# Everything printed also goes to bench/results/startup-<date>.txt, as bench/uidl.sh does for its figures.
mkdir -p "$root/bench/results"
results="$root/bench/results/startup-$(date -u +%Y-%m-%dT%H%M).txt"
exec > >(tee -a "$results") 2>&1

work="$(mktemp -d "${TMPDIR:-/tmp}/limber-bench.XXXXXX")"
db="limber_bench_$(date +%s)_${RANDOM}"
db_created=false
app_pid=""

stop_app() {
    [[ -n "$app_pid" ]] || return 0
    kill -TERM "$app_pid" 2>/dev/null || true
    for _ in $(seq 1 60); do
        kill -0 "$app_pid" 2>/dev/null || break
        sleep 0.5
    done
    kill -KILL "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
}

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    stop_app
    if [[ "$db_created" == true ]]; then
        psql_admin "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null 2>&1 || echo "bench: could not drop $db" >&2
    fi
    rm -rf "$work"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

cpu_seconds() { # user + system time of the whole JVM (all threads)
    awk -v t="$ticks" '{ sub(/^.*\) /, ""); printf "%.1f", ($12 + $13) / t }' "/proc/$1/stat"
}

# Where the CPU went, from each thread's /proc schedstat (nanoseconds on a CPU, nanoseconds waiting in the run queue):
# the main thread (the busiest thread named "java"), its time waiting for a core, and the JIT compilers.
thread_split() {
    local task comm stat
    for task in /proc/"$1"/task/*; do
        IFS= read -r comm <"$task/comm" || continue
        IFS= read -r stat <"$task/schedstat" || continue
        printf '%s\t%s\n' "${comm// /_}" "$stat"
    done | awk -F'\t' '{ split($2, s, " ") }
        $1 == "java" && s[1] > main { main = s[1]; wait = s[2] }
        $1 ~ /^C[12]_CompilerThre/ { jit += s[1] }
        END { printf "main %.1fs (+%.1fs waiting)  jit %.1fs", main / 1e9, wait / 1e9, jit / 1e9 }'
}

rss_mb() {
    awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$1/status"
}

# run <name> <directory> <aot: yes|no> <env assignments...>: starts, measures, stops.
run() {
    local name="$1" dir="$2" aot="$3"
    shift 3
    local log="$work/$name.log" started_us ready_us cpu split load rss started_line command
    if [[ "$aot" == yes ]]; then
        command=("$java_cmd" -XX:AOTCache="$work/app/limber.aot" -jar "$work/app/limber.jar")
    else
        command=("$java_cmd" -jar "$jar")
    fi
    mkdir -p "$dir"
    started_us="${EPOCHREALTIME/[.,]/}"
    (
        cd "$dir"
        unset SPRING_PROFILES_ACTIVE SPRING_APPLICATION_JSON SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME \
            SPRING_DATASOURCE_PASSWORD LIMBER_DEMO
        export PORT="$port" JAVA_TOOL_OPTIONS="$java_options" MALLOC_ARENA_MAX="$malloc_arenas" "$@"
        exec "${command[@]}"
    ) >"$log" 2>&1 </dev/null &
    app_pid=$!
    wait_until_ready "$port" "$app_pid" \
        || { echo "bench: $name exited during start-up:" >&2; tail -n 40 "$log" >&2; exit 1; }
    ready_us="${EPOCHREALTIME/[.,]/}"
    cpu="$(cpu_seconds "$app_pid")"
    split="$(thread_split "$app_pid")"
    load="$(cut -d' ' -f1-3 /proc/loadavg)"
    started_line="$(sed -n 's/.*Started LimberApplication in \([0-9.]*\) seconds.*/\1/p' "$log" | head -n 1)"
    sleep "$idle"
    rss="$(rss_mb "$app_pid")"
    printf '%-13s started %6ss  ready %6.1fs  cpu %6ss  rss(idle %ss) %5s MB  load %s  [%s]\n' "$name" \
        "${started_line:-?}" "$(echo "($ready_us - $started_us) / 1000000" | bc -l)" "$cpu" "$idle" "$rss" "$load" \
        "$split"
    stop_app
}

needs_pg=false
needs_aot=false
for s in $scenarios; do
    [[ "$s" == *pg* ]] && needs_pg=true
    [[ "$s" == aot-* ]] && needs_aot=true
done
if [[ "$needs_pg" == true ]]; then
    psql_admin "CREATE DATABASE \"$db\"" >/dev/null || { echo "bench: cannot create database $db" >&2; exit 1; }
    db_created=true
fi
pg_env=(SPRING_DATASOURCE_URL="jdbc:postgresql://$pg_host:$pg_port/$db" SPRING_DATASOURCE_USERNAME="$pg_user"
    SPRING_DATASOURCE_PASSWORD="$pg_password")

echo "bench: $(date -u '+%F %H:%M UTC'), $(nproc) cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)), $(free -g | awk '/^Mem:/ {print $2}') GB"
echo "bench: $("$java_cmd" -version 2>&1 | head -n 1), JAVA_TOOL_OPTIONS=\"$java_options\", MALLOC_ARENA_MAX=$malloc_arenas"
echo "bench: $jar"
echo "bench: load before: $(uptime | sed 's/.*load average: //')"

if [[ "$needs_aot" == true ]]; then
    # Same steps as docker/Dockerfile: the jar in its place, then one training run that records the cache and exits.
    mkdir -p "$work/app" "$work/training"
    cp "$jar" "$work/app/limber.jar"
    training_start=$(date +%s)
    (cd "$work/training" && JAVA_TOOL_OPTIONS="$java_options" "$java_cmd" -XX:AOTCacheOutput="$work/app/limber.aot" \
        -Dspring.context.exit=onRefresh -jar "$work/app/limber.jar") >"$work/training.log" 2>&1 \
        || { echo "bench: AOT training run failed:" >&2; tail -n 40 "$work/training.log" >&2; exit 1; }
    echo "bench: AOT training run took $(( $(date +%s) - training_start )) s, cache $(du -m "$work/app/limber.aot" | cut -f1) MB"
fi

for s in $scenarios; do
    case "$s" in
        h2-first) rm -rf "$work/h2"; run "$s" "$work/h2" no ;;
        h2-again) run "$s" "$work/h2" no ;;
        pg-demo) run "$s" "$work/pg" no "${pg_env[@]}" LIMBER_DEMO=true ;;
        pg) run "$s" "$work/pg" no "${pg_env[@]}" ;;
        aot-h2-first) rm -rf "$work/aot-h2"; run "$s" "$work/aot-h2" yes ;;
        aot-h2-again) if [[ -d "$work/aot-h2" ]]; then run "$s" "$work/aot-h2" yes; else run "$s" "$work/h2" yes; fi ;;
        aot-pg) run "$s" "$work/pg" yes "${pg_env[@]}" ;;
        *) echo "bench: unknown scenario $s" >&2; exit 2 ;;
    esac
done
echo "bench: load after: $(uptime | sed 's/.*load average: //')"
