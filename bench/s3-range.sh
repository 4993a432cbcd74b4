#!/usr/bin/env bash
# 1 MiB ranged reads of a 64 MiB video kept in S3 (S3Mock as its own process): through the app's /media/videos/{id}
# against the object store directly, with CPU per request and the load average. Figures only; not part of verify.
# Needs the test database like the tests (LIMBER_TEST_DB_URL, default jdbc:postgresql://127.0.0.1:5432/test).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "before: $(uptime)"
./mvnw -q test -Pbenchmarks -Dtest=S3RangeBenchmark -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
    | grep -E '^(upload|through the app|store directly)|ERROR|FAIL' || true
echo "after: $(uptime)"
