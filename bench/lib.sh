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
