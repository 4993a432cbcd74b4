#!/usr/bin/env bash
# Application benchmark: starts the production jar on a fresh PostgreSQL database with the demo data, then drives
# simulated runners through Vaadin's HTTP + UIDL protocol (bench/uidl, a separate Maven project) and prints start-up
# time and RSS, live heap per session per view, UIDL round trips under load, full view opens per second, app CPU per
# request and SQL statements per view. See docs/performance.md, section "Application (UIDL)".
#
# Usage: bench/uidl.sh [--runners 50,200,500] [--duration 60] [--open-duration 30] [--open-clients 16]
#                      [--warmup-duration 300] [--rebuild] [--keep-db] [-- extra options for the load generator]
#   --runners        runner counts to measure, one phase each (default 50,200,500; "none" for none)
#   --duration       seconds of load with think time per phase (default 60)
#   --open-duration  seconds of back-to-back full view opens (default 30; 0 skips them), --open-clients (16)
#   --warmup-duration most seconds of unmeasured back-to-back opens, navigations and clicks before the measured
#                    phases; it stops earlier once the JIT compiler has settled (default 300; 0 skips it)
#   --rebuild        build the production jar even if target/limber-*.jar exists
#   --keep-db        keep the benchmark database afterwards (it is dropped by default)
# Environment (all optional): UIDL_BENCH_DB (database to create and drop, default limber_bench_uidl),
# UIDL_BENCH_PORT (first port to try, 18080), BENCH_PGHOST (127.0.0.1), BENCH_PGPORT (5432), BENCH_PGUSER (postgres),
# BENCH_PGPASSWORD (empty), BENCH_PGLOG (PostgreSQL server log, read to count statements;
# default /var/log/postgresql/postgresql-<version>-main.log), BENCH_TIMEOUT (seconds to wait for ready, 600),
# BENCH_JAVA_OPTIONS (more JVM options for the application, after the container's; e.g. a profile of the run:
# "-XX:StartFlightRecording=filename=/tmp/uidl.jfr,settings=profile" — use an absolute path, the app runs elsewhere),
# BENCH_HISTOGRAM_DIR (keep every class histogram the heap figures come from there, numbered in the order taken).
#
# Needs: a JDK 21+ with jcmd (JAVA_HOME), psql, curl, and a PostgreSQL role that may create databases and change
# their log_statement setting (a superuser, as in development). The figures are also written to
# bench/results/uidl-<date>.txt. The application is always stopped at the end.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"

runners="50,200,500"
duration=60
open_duration=30
open_clients=16
warmup_duration=300
rebuild=false
keep_db=false
extra=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --runners) runners="$2"; shift 2 ;;
        --duration) duration="$2"; shift 2 ;;
        --open-duration) open_duration="$2"; shift 2 ;;
        --open-clients) open_clients="$2"; shift 2 ;;
        --warmup-duration) warmup_duration="$2"; shift 2 ;;
        --rebuild) rebuild=true; shift ;;
        --keep-db) keep_db=true; shift ;;
        --) shift; extra=("$@"); break ;;
        -h|--help) sed -n '2,26p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "uidl: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

db="${UIDL_BENCH_DB:-limber_bench_uidl}"
timeout_s="${BENCH_TIMEOUT:-600}"



command -v psql >/dev/null || { echo "uidl: psql not found" >&2; exit 2; }
command -v curl >/dev/null || { echo "uidl: curl not found" >&2; exit 2; }

pg_log="${BENCH_PGLOG:-}"
if [[ -z "$pg_log" ]]; then
    pg_major="$(psql_admin 'show server_version_num' | cut -c1-2)"
    pg_log="/var/log/postgresql/postgresql-${pg_major}-main.log"
fi

# ---- build -----------------------------------------------------------------------------------------------------
cd "$root"
jar=""
for candidate in target/limber-*.jar; do
    [[ -f "$candidate" ]] && jar="$candidate" && break
done
if [[ "$rebuild" == true || -z "$jar" ]]; then
    echo "uidl: building the production jar (./mvnw -Pproduction package -DskipTests)"
    ./mvnw -B -q -Pproduction package -DskipTests
    jar="$(ls target/limber-*.jar | head -n 1)"
fi
echo "uidl: building the load generator (bench/uidl)"
./mvnw -B -q -f bench/uidl/pom.xml package

mkdir -p bench/results
results="bench/results/uidl-$(date -u +%Y-%m-%dT%H%M).txt"
work="$(mktemp -d "${TMPDIR:-/tmp}/limber-uidl.XXXXXX")"
log="$work/app.log"
app_pid=""
db_created=false

stop_app() {
    [[ -n "$app_pid" ]] || return 0
    if kill -0 "$app_pid" 2>/dev/null; then
        kill -TERM "$app_pid" 2>/dev/null || true
        for _ in $(seq 1 60); do
            kill -0 "$app_pid" 2>/dev/null || break
            sleep 0.5
        done
        kill -0 "$app_pid" 2>/dev/null && kill -KILL "$app_pid" 2>/dev/null || true
    fi
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
}

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    stop_app
    if [[ "$db_created" == true && "$keep_db" != true ]]; then
        psql_admin "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null 2>&1 \
            || echo "uidl: could not drop database $db" >&2
    fi
    if [[ $rc -ne 0 && -f "$log" ]]; then
        echo "uidl: FAILED (exit $rc). Last 40 lines of the app log:" >&2
        tail -n 40 "$log" >&2
    fi
    rm -rf "$work"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
port="${UIDL_BENCH_PORT:-18080}"
for _ in $(seq 1 100); do
    port_in_use "$port" || break
    port=$((port + 1))
done
base="http://127.0.0.1:$port"

# ---- fresh database, start the jar as the container does (docker/Dockerfile), with a 1 GB heap --------------------
# The image's JVM options (garbage collector, initial heap, Spring AOT mode), read from docker/Dockerfile so that the
# benchmark follows it, plus -Xmx1g; MALLOC_ARENA_MAX as in the image.
image_options="$(image_java_options)"
psql_admin "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null
psql_admin "CREATE DATABASE \"$db\""
db_created=true

{
    echo "Limber application benchmark (bench/uidl.sh --runners $runners --duration $duration --warmup-duration $warmup_duration)"
    echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "commit:  $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
    echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)," \
        "$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo) RAM"
    echo "java:    $("$java_cmd" -version 2>&1 | head -n 1)"
    echo "jar:     $jar, PostgreSQL $db on $pg_host:$pg_port, JAVA_TOOL_OPTIONS=$image_options -Xmx1g${BENCH_JAVA_OPTIONS:+ $BENCH_JAVA_OPTIONS}"
    echo "load average before start: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$results"

started_ns=$(date +%s%N)
(
    cd "$work"
    unset SPRING_PROFILES_ACTIVE SPRING_APPLICATION_JSON
    export SPRING_DATASOURCE_URL="jdbc:postgresql://$pg_host:$pg_port/$db"
    export SPRING_DATASOURCE_USERNAME="$pg_user"
    export SPRING_DATASOURCE_PASSWORD="$pg_password"
    export PORT="$port"
    export LIMBER_DEMO=true
    export LIMBER_SECURE_COOKIES=false
    export JAVA_TOOL_OPTIONS="$image_options -Xmx1g${BENCH_JAVA_OPTIONS:+ $BENCH_JAVA_OPTIONS}" MALLOC_ARENA_MAX=2
    exec "$java_cmd" -jar "$root/$jar"
) >"$log" 2>&1 </dev/null &
app_pid=$!

ready=0
wait_until_ready "$port" "$app_pid" "$timeout_s" || ready=$?
case "$ready" in
    1) echo "uidl: the jar exited during start-up" >&2; exit 1 ;;
    2) echo "uidl: not ready within ${timeout_s} s" >&2; exit 1 ;;
esac
ready_ms=$(( ($(date +%s%N) - started_ns) / 1000000 ))
ticks=$(getconf CLK_TCK)
cpu_ms=$(awk -v t="$ticks" '{ sub(/.*\) /, ""); split($0, f, " "); print int((f[12] + f[13]) * 1000 / t) }' \
    "/proc/$app_pid/stat")
rss_ready=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$app_pid/status")
started_line="$(sed -n 's/.*Started LimberApplication in \([0-9.]*\) seconds.*/\1/p' "$log" | head -n 1)"
sleep 10
rss_idle=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$app_pid/status")
{
    echo "start-up: ready (/actuator/health/readiness UP, demo data seeded) after $(awk -v m="$ready_ms" 'BEGIN {printf "%.1f", m / 1000}') s" \
        "and $(awk -v m="$cpu_ms" 'BEGIN {printf "%.1f", m / 1000}') s of CPU;" \
        "\"Started LimberApplication in ${started_line:-?} seconds\""
    echo "RSS: ${rss_ready} MB when ready, ${rss_idle} MB 10 s later (idle)"
} | tee -a "$results"

"$java_cmd" -jar bench/uidl/target/uidl-bench.jar \
    --base-url "$base/" --pid "$app_pid" --jcmd "$jcmd_cmd" \
    --jdbc-url "jdbc:postgresql://$pg_host:$pg_port/$db" --db-user "$pg_user" --db-password "$pg_password" \
    --pg-log "$pg_log" --runners "$runners" --duration "$duration" \
    --open-duration "$open_duration" --open-clients "$open_clients" --warmup-duration "$warmup_duration" "${extra[@]}" 2>&1 | tee -a "$results"
bench_rc=${PIPESTATUS[0]}
if [[ $bench_rc -ne 0 ]]; then
    echo "uidl: the load generator failed (exit $bench_rc); figures so far are in $results" >&2
    exit "$bench_rc"
fi
kill -0 "$app_pid" 2>/dev/null || { echo "uidl: the application died during the benchmark" >&2; exit 1; }
echo "uidl: figures written to $results"
