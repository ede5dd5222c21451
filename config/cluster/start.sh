#!/usr/bin/env bash
# The production run on one host: PostgreSQL, two clustered Payara Micro instances of target/koto.jar on loopback,
# and nginx in front of them. Stop it all with config/cluster/stop.sh. Settings (environment, defaults below) are
# listed in docs/operations.md, "Production run". Secrets (KOTO_DB_PASSWORD, KOTO_ADMIN_PASSWORD) come from the
# environment only.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"

KOTO_JAR="${KOTO_JAR:-$ROOT/target/koto.jar}"
KOTO_RUN_DIR="${KOTO_RUN_DIR:-$ROOT/data/cluster}"
KOTO_CLUSTER_NAME="${KOTO_CLUSTER_NAME:-koto}"
KOTO_LB_LISTEN="${KOTO_LB_LISTEN:-127.0.0.1:8080}"
read -r -a HTTP_PORTS <<< "${KOTO_INSTANCE_PORTS:-8081 8082}"
read -r -a GRID_PORTS <<< "${KOTO_DATAGRID_PORTS:-6901 6902}"
KOTO_JAVA_OPTS="${KOTO_JAVA_OPTS:--Xmx512m}"
export KOTO_DB_URL="${KOTO_DB_URL:-jdbc:postgresql://127.0.0.1:5432/koto}"
export KOTO_DB_USER="${KOTO_DB_USER:-postgres}"

fail() { echo "start.sh: $*" >&2; exit 1; }
[ -f "$KOTO_JAR" ] || fail "$KOTO_JAR is missing: build it with 'mvn package' first"
[ "${#HTTP_PORTS[@]}" -eq 2 ] && [ "${#GRID_PORTS[@]}" -eq 2 ] \
    || fail "KOTO_INSTANCE_PORTS and KOTO_DATAGRID_PORTS each name two ports"
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
[ -x "$NGINX" ] || fail "nginx is missing: apt-get install -y nginx-light"
mkdir -p "$KOTO_RUN_DIR/nginx"

# PostgreSQL: the local server is started when it is down, and the database created when it is missing.
if [[ "$KOTO_DB_URL" =~ ^jdbc:postgresql://([^:/]+)(:([0-9]+))?/([A-Za-z0-9_]+) ]]; then
    DB_HOST="${BASH_REMATCH[1]}"; DB_PORT="${BASH_REMATCH[3]:-5432}"; DB_NAME="${BASH_REMATCH[4]}"
else
    fail "KOTO_DB_URL must be jdbc:postgresql://host[:port]/database, not $KOTO_DB_URL"
fi
if ! pg_isready -q -h "$DB_HOST" -p "$DB_PORT"; then
    if [[ "$DB_HOST" =~ ^(127\.0\.0\.1|localhost)$ ]] && command -v pg_ctlcluster >/dev/null; then
        pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
        for _ in $(seq 1 30); do pg_isready -q -h "$DB_HOST" -p "$DB_PORT" && break; sleep 1; done
    fi
    pg_isready -q -h "$DB_HOST" -p "$DB_PORT" || fail "PostgreSQL does not answer at $DB_HOST:$DB_PORT"
fi
export PGPASSWORD="${KOTO_DB_PASSWORD:-}"
if [ "$(psql -h "$DB_HOST" -p "$DB_PORT" -U "$KOTO_DB_USER" -d postgres -tAc \
        "select 1 from pg_database where datname = '$DB_NAME'")" != "1" ]; then
    createdb -h "$DB_HOST" -p "$DB_PORT" -U "$KOTO_DB_USER" "$DB_NAME"
    echo "Created database $DB_NAME; the instances create its schema."
fi
unset PGPASSWORD

# The instances, one after the other: the first one migrates the schema (and creates the first administrator)
# alone, and each one's start-up time is its own.
MEMBERS="127.0.0.1:${GRID_PORTS[0]},127.0.0.1:${GRID_PORTS[1]}"
for i in 1 2; do
    name="koto-$i"; port="${HTTP_PORTS[$((i - 1))]}"; grid="${GRID_PORTS[$((i - 1))]}"
    if [ -f "$KOTO_RUN_DIR/$name.pid" ] && kill -0 "$(cat "$KOTO_RUN_DIR/$name.pid")" 2>/dev/null; then
        echo "$name is already running (pid $(cat "$KOTO_RUN_DIR/$name.pid"))"; continue
    fi
    started=$(date +%s%N)
    # shellcheck disable=SC2086 # KOTO_JAVA_OPTS holds several options
    KOTO_INSTANCE_NAME="$name" nohup java $KOTO_JAVA_OPTS -jar "$KOTO_JAR" \
        --systemproperties "$ROOT/config/cluster/cluster.properties" \
        --prebootcommandfile "$ROOT/config/cluster/pre-boot-commands.asadmin" \
        --name "$name" --port "$port" \
        --clustername "$KOTO_CLUSTER_NAME" --clustermode "tcpip:$MEMBERS" --interfaces 127.0.0.1 \
        --startport "$grid" --nohostaware --disablephonehome \
        > "$KOTO_RUN_DIR/$name.log" 2>&1 < /dev/null &
    echo $! > "$KOTO_RUN_DIR/$name.pid"
    for _ in $(seq 1 1200); do
        curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready" && break
        kill -0 "$(cat "$KOTO_RUN_DIR/$name.pid")" 2>/dev/null || fail "$name exited, see $KOTO_RUN_DIR/$name.log"
        sleep 0.25
    done
    curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready" || fail "$name is not ready, see $KOTO_RUN_DIR/$name.log"
    echo "$name ready on 127.0.0.1:$port in $(( ($(date +%s%N) - started) / 1000000 )) ms (log $KOTO_RUN_DIR/$name.log)"
done

# nginx, from the template in config/nginx, as this user with its own prefix (never the system's nginx service).
sed -e "s|@LISTEN@|$KOTO_LB_LISTEN|g" -e "s|@INSTANCE_1@|127.0.0.1:${HTTP_PORTS[0]}|g" \
    -e "s|@INSTANCE_2@|127.0.0.1:${HTTP_PORTS[1]}|g" -e "s|@RUN_DIR@|$KOTO_RUN_DIR/nginx|g" \
    "$ROOT/config/nginx/koto.conf.template" > "$KOTO_RUN_DIR/nginx/nginx.conf"
if [ -f "$KOTO_RUN_DIR/nginx/nginx.pid" ] && kill -0 "$(cat "$KOTO_RUN_DIR/nginx/nginx.pid")" 2>/dev/null; then
    "$NGINX" -p "$KOTO_RUN_DIR/nginx" -c "$KOTO_RUN_DIR/nginx/nginx.conf" -e "$KOTO_RUN_DIR/nginx/error.log" -s reload
else
    "$NGINX" -p "$KOTO_RUN_DIR/nginx" -c "$KOTO_RUN_DIR/nginx/nginx.conf" -e "$KOTO_RUN_DIR/nginx/error.log"
fi
echo "Koto is at http://$KOTO_LB_LISTEN/ (nginx, access log $KOTO_RUN_DIR/nginx/access.log)"
