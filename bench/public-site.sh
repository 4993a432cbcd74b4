#!/usr/bin/env bash
# Benchmark of the public site: anonymous GETs of article pages at 32 concurrent clients against the production jar
# on PostgreSQL with the demo content. Not a test: it prints figures (see bench/README.md and docs/performance.md).
#
# Usage: bench/public-site.sh [path/to/limber.jar]     (default: target/limber-*.jar, built if missing)
# Environment (all optional): BENCH_PORT (first port to try, 18120), BENCH_SECONDS (measured run, 30),
# BENCH_WARMUP_SECONDS (20), BENCH_CLIENTS (32), BENCH_THREADS (wrk threads, 2), BENCH_JAVA_OPTS (extra JVM options,
# for example -XX:StartFlightRecording=filename=/tmp/site.jfr), BENCH_PGHOST (127.0.0.1), BENCH_PGPORT (5432),
# BENCH_PGUSER (postgres), BENCH_PGPASSWORD (empty), BENCH_KEEP_DB=true (keep the database afterwards).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"
seconds="${BENCH_SECONDS:-30}"
warmup="${BENCH_WARMUP_SECONDS:-20}"
clients="${BENCH_CLIENTS:-32}"
threads="${BENCH_THREADS:-2}"

command -v wrk >/dev/null || { echo "bench: wrk not found (Debian/Ubuntu: apt-get install -y wrk)" >&2; exit 2; }
command -v psql >/dev/null || { echo "bench: psql not found" >&2; exit 2; }

jar="${1:-}"
if [[ -z "$jar" ]]; then
    for candidate in "$root"/target/limber-*.jar; do
        [[ -f "$candidate" ]] && jar="$candidate" && break
    done
fi
if [[ -z "$jar" ]]; then
    echo "bench: building the production jar (./mvnw -Pproduction package -DskipTests)"
    (cd "$root" && ./mvnw -q -B -Pproduction package -DskipTests)
    jar="$(ls "$root"/target/limber-*.jar | head -n 1)"
fi
[[ -f "$jar" ]] || { echo "bench: no jar at $jar" >&2; exit 2; }
jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")" # the app starts in its own work directory

work="$(mktemp -d "${TMPDIR:-/tmp}/limber-bench.XXXXXX")"
log="$work/app.log"
db="limber_bench_$(date +%s)_${RANDOM}"
db_created=false
app_pid=""

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
        kill -TERM "$app_pid" 2>/dev/null || true
        for _ in $(seq 1 40); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.5; done
        kill -KILL "$app_pid" 2>/dev/null || true
    fi
    if [[ "$db_created" == true && "${BENCH_KEEP_DB:-false}" != true ]]; then
        psql_admin "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null 2>&1 || true
    fi
    if [[ $rc -ne 0 && -f "$log" ]]; then
        echo "bench: FAILED (exit $rc); last 40 lines of the app log:" >&2
        tail -n 40 "$log" >&2
    fi
    rm -rf "$work"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port="${BENCH_PORT:-18120}"
for _ in $(seq 1 100); do port_in_use "$port" || break; port=$((port + 1)); done
base="http://127.0.0.1:$port"

psql_admin "CREATE DATABASE \"$db\""
db_created=true

echo "bench: jar $jar"
echo "bench: database $db on $pg_host:$pg_port, port $port, $(nproc) CPUs"
(
    cd "$work"
    export SPRING_DATASOURCE_URL="jdbc:postgresql://$pg_host:$pg_port/$db"
    export SPRING_DATASOURCE_USERNAME="$pg_user" SPRING_DATASOURCE_PASSWORD="$pg_password"
    export PORT="$port" LIMBER_DEMO=true LIMBER_STORAGE_DIRECTORY="$work/files"
    # the container's options (docker/Dockerfile), plus the caller's
    exec "$java_cmd" -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError ${BENCH_JAVA_OPTS:-} -jar "$jar"
) >"$log" 2>&1 </dev/null &
app_pid=$!

deadline=$(( $(date +%s) + ${BENCH_START_TIMEOUT:-900} ))
until curl -s --max-time 5 "$base/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    kill -0 "$app_pid" 2>/dev/null || { echo "bench: the jar exited during start-up" >&2; exit 1; }
    (( $(date +%s) < deadline )) || { echo "bench: not healthy in time" >&2; exit 1; }
    sleep 1
done

# Every live public article the demo content has, from the article list.
mapfile -t paths < <(curl -s "$base/articles" | grep -o 'href="/articles/[a-z0-9-]*"' | sed 's/href="//; s/"$//' \
    | sort -u)
(( ${#paths[@]} > 0 )) || { echo "bench: no public articles found" >&2; exit 1; }
echo "bench: ${#paths[@]} articles: ${paths[*]}"
for path in "${paths[@]}"; do
    code="$(curl -s -o /dev/null -w '%{http_code}' "$base$path")"
    [[ "$code" == 200 ]] || { echo "bench: $path answered $code" >&2; exit 1; }
done

cpu_ticks() { awk '{print $14 + $15}' "/proc/$app_pid/stat"; }
run_wrk() {
    wrk -t"$threads" -c"$clients" -d"${1}s" --timeout 10s --latency -s "$root/bench/public-site.lua" "$base" -- "${paths[@]}"
}

echo "bench: warming up for ${warmup} s"
run_wrk "$warmup" >/dev/null

ticks_per_second="$(getconf CLK_TCK)"
before="$(cpu_ticks)"
echo "bench: measuring for ${seconds} s with $clients clients"
result="$(run_wrk "$seconds" | grep '^RESULT')"
after="$(cpu_ticks)"
load="$(cut -d' ' -f1-3 /proc/loadavg)"
heap="$("$jcmd_cmd" "$app_pid" GC.heap_info 2>/dev/null | grep -Eo '(total|committed|used) [0-9]+K' | head -n 3 \
    | tr '\n' ' ' || true)"

value() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p" <<<" $result"; }
requests="$(value requests)"
duration="$(value seconds)"
awk -v r="$requests" -v d="$duration" -v p50="$(value p50_us)" -v p95="$(value p95_us)" -v p99="$(value p99_us)" \
    -v non200="$(value non200)" -v cookies="$(value set_cookie)" -v sockerr="$(value socket_errors)" \
    -v ticks="$((after - before))" -v hz="$ticks_per_second" -v heap="$heap" -v loadavg="$load" -v cpus="$(nproc)" \
    -v clients="$clients" 'BEGIN {
    cpu_ms = ticks * 1000 / hz
    printf "\n== Public site: anonymous article pages, %d clients, %d CPUs ==\n", clients, cpus
    printf "pages/s               %.0f  (%d pages in %.1f s; non-200: %d, socket errors: %d)\n", r / d, r, d, non200, sockerr
    printf "latency p50/p95/p99   %.2f / %.2f / %.2f ms\n", p50 / 1000, p95 / 1000, p99 / 1000
    printf "app CPU per page      %.3f ms  (%.0f ms CPU in total; 2 cores at 2,500 pages/s allow 0.8 ms)\n", cpu_ms / r, cpu_ms
    printf "pages/s the app CPU allows on 2 cores: %.0f\n", 2000 / (cpu_ms / r)
    printf "sessions created      %d  (Set-Cookie headers seen)\n", cookies
    printf "heap                  %s\n", heap
    printf "load average          %s  (1, 5, 15 min)\n", loadavg
    printf "before (issue 11): a Vaadin view open cost 11-15 ms of CPU per public page view and created a session\n"
}'
