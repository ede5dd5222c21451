#!/usr/bin/env bash
# Stops what config/cluster/start.sh started: nginx, then the two instances (gracefully, killed after 60 s).
# PostgreSQL is left running: it is the host's database server, not part of this run.
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
KOTO_RUN_DIR="${KOTO_RUN_DIR:-$ROOT/data/cluster}"
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

if [ -f "$KOTO_RUN_DIR/nginx/nginx.pid" ] && kill -0 "$(cat "$KOTO_RUN_DIR/nginx/nginx.pid")" 2>/dev/null; then
    "$NGINX" -p "$KOTO_RUN_DIR/nginx" -c "$KOTO_RUN_DIR/nginx/nginx.conf" -e "$KOTO_RUN_DIR/nginx/error.log" -s quit
    echo "nginx stopped"
fi
for name in koto-2 koto-1; do
    pidfile="$KOTO_RUN_DIR/$name.pid"
    [ -f "$pidfile" ] || continue
    pid="$(cat "$pidfile")"
    if kill -0 "$pid" 2>/dev/null; then
        kill "$pid"
        for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
        echo "$name stopped"
    fi
    rm -f "$pidfile"
done
