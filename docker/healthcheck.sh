#!/bin/bash
# Container health check for Limber: asks the app's own health endpoint over a plain TCP socket.
# The Temurin JRE images no longer ship curl or wget, but they do ship bash, whose /dev/tcp is enough for one
# HTTP/1.0 request. Exit 0 only when the endpoint answers with status UP.
set -u
port="${PORT:-8080}"
exec 3<>"/dev/tcp/127.0.0.1/${port}" 2>/dev/null || exit 1
printf 'GET /actuator/health HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
timeout 5 grep -q '"status":"UP"' <&3
