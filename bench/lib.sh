# Shared by the benchmark scripts (sourced, not run): the JDK, the PostgreSQL connection and the image's JVM options.
# Expects $root (the repository root). Environment: JAVA_HOME (default: Temurin 25 where installed), BENCH_PGHOST
# (127.0.0.1), BENCH_PGPORT (5432), BENCH_PGUSER (postgres), BENCH_PGPASSWORD (empty).

if [[ -z "${JAVA_HOME:-}" && -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jcmd_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}jcmd"

pg_host="${BENCH_PGHOST:-127.0.0.1}"
pg_port="${BENCH_PGPORT:-5432}"
pg_user="${BENCH_PGUSER:-postgres}"
pg_password="${BENCH_PGPASSWORD:-}"

# One SQL command as the PostgreSQL admin role, against the postgres database; prints bare values.
psql_admin() {
    PGPASSWORD="$pg_password" psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -v ON_ERROR_STOP=1 -qAtX \
        -c "$1"
}

# The JVM options of the container image (ENV JAVA_TOOL_OPTIONS in docker/Dockerfile), so that a benchmark starts
# the jar the way the image does.
image_java_options() {
    local options
    options="$(sed -n 's/^ENV JAVA_TOOL_OPTIONS="\([^"]*\)".*/\1/p' "$root/docker/Dockerfile" | head -n 1)"
    [[ -n "$options" ]] || { echo "bench: no JAVA_TOOL_OPTIONS found in docker/Dockerfile" >&2; return 2; }
    printf '%s\n' "$options"
}

# wait_until_ready <port> <pid> [timeout seconds]: returns 0 once /actuator/health/readiness on 127.0.0.1:<port>
# answers 200 (UP), 1 as soon as <pid> has exited, 2 when the timeout (if given) has passed. It polls every 20 ms
# without starting a process per poll (bash's /dev/tcp and a read with a timeout instead of curl and sleep): on a
# 2-core machine a curl-and-sleep loop every 50 ms took about a third of a core from the start-up it was timing
# (docs/performance.md#start-up).
wait_until_ready() {
    local port="$1" pid="$2" deadline=$(( SECONDS + ${3:-0} )) nap conn status result
    exec {nap}<> <(:)
    while true; do
        if { exec {conn}<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null; then
            printf 'GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\n\r\n' >&"$conn"
            status=""
            IFS= read -r -t 5 status <&"$conn" || true
            exec {conn}<&-
            if [[ "$status" == "HTTP/1."?" 200"* ]]; then
                result=0
                break
            fi
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            result=1
            break
        fi
        if [[ -n "${3:-}" ]] && (( SECONDS >= deadline )); then
            result=2
            break
        fi
        read -r -t 0.02 -u "$nap" _ || true
    done
    exec {nap}<&-
    return "$result"
}
