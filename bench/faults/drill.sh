#!/usr/bin/env bash
# The fault drill of docs/operations.md#fault-drill, on the production jar with its embedded MariaDB:
#   1. kill -9 of the JVM under load, then a plain restart;
#   2. kill -9 of mariadbd under load (the portal restarts it);
#   3. mariadbd stalled (SIGSTOP) for 20 s under load;
#   4. the SMTP server down while leads arrive;
# then counts leads and mails: every submission stored once, every lead's two mails delivered once.
# Usage: bash bench/faults/drill.sh [path/to/production.jar]   (build it: ./mvnw -Pproduction -DskipTests package)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
JAR="$(realpath "${1:-$HERE/../../target/lupus-cart-portal-0.1.0-SNAPSHOT.jar}")"
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
WORK="$(mktemp -d /tmp/portal-drill.XXXXXX)"
PORT="${DRILL_PORT:-18080}"
SMTP_PORT="${DRILL_SMTP_PORT:-12525}"
BASE="http://127.0.0.1:$PORT"
DATA="$WORK/data"
MAILS="$WORK/mails.jsonl"
RESULTS="$WORK/results.md"
PORTAL_PID=""
SINK_PID=""
OFFSET=0

log() { printf '%s %s\n' "$(date +%T)" "$*" | tee -a "$WORK/drill.log"; }
cleanup() {
  [[ -n "$PORTAL_PID" ]] && kill "$PORTAL_PID" 2>/dev/null && wait "$PORTAL_PID" 2>/dev/null || true
  [[ -n "$SINK_PID" ]] && kill "$SINK_PID" 2>/dev/null || true
}
trap cleanup EXIT

start_sink() { python3 "$HERE/smtp_sink.py" "$SMTP_PORT" "$MAILS" & SINK_PID=$!; sleep 0.5; }
stop_sink() { kill "$SINK_PID"; wait "$SINK_PID" 2>/dev/null || true; SINK_PID=""; }

start_portal() {
  SERVER_PORT="$PORT" PORTAL_DATA_DIR="$DATA" PORTAL_ADMIN_PASSWORD="drill-admin-password-1" \
  PORTAL_SITE_CONTACT_EMAIL="site@example.invalid" PORTAL_RATE_LIMIT_PER_HOUR=1000000 \
  SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT="$SMTP_PORT" \
  PORTAL_NOTIFY_DISPATCH_INTERVAL=PT1S PORTAL_NOTIFY_FIRST_RETRY=PT2S PORTAL_NOTIFY_MAX_RETRY=PT5S \
  PORTAL_NOTIFY_MAX_ATTEMPTS=100 \
    "$JAVA" -jar "$JAR" >> "$WORK/portal.log" 2>&1 &
  PORTAL_PID=$!
}

# seconds until readiness answers 200 (fails after $1 seconds)
wait_ready() {
  local limit=$1 start=$SECONDS
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness")" == 200 ]]; do
    (( SECONDS - start < limit )) || { log "not ready after $limit s"; exit 1; }
    sleep 0.5
  done
  echo $(( SECONDS - start ))
}

server_pid() { cat "$DATA/mariadb/mariadbd.pid"; }
sql() {
  LD_LIBRARY_PATH="$DATA/mariadb-server/libs" "$DATA/mariadb-server/bin/mariadb" --no-defaults --skip-ssl \
    --socket="$DATA/mariadb/mariadb.sock" --user="$(id -un)" -N -B -e "$1" portal
}

# load N CONCURRENCY NAME: submits N leads in the background, results in $WORK/NAME.jsonl
load() {
  python3 "$HERE/load.py" "$BASE" "$1" "$2" "$WORK/$3.jsonl" "$OFFSET" "$WORK/answers.json" & LOAD_PID=$!
  OFFSET=$(( OFFSET + $1 ))
}

# probe NAME: one more lead, sent now (in the background); first NAME: its first answer after it is stored
# (status, seconds, Content-Type, Retry-After)
probe() {
  python3 "$HERE/load.py" "$BASE" 1 1 "$WORK/$1.jsonl" "$OFFSET" "$WORK/answers.json" & PROBE_PID=$!
  OFFSET=$(( OFFSET + 1 ))
}
first() {
  wait "$PROBE_PID"
  python3 -c 'import json,sys; print(*json.load(open(sys.argv[1]))["first"])' "$WORK/$1.jsonl"
}

# a likely eligible person (the answers of docs/questionnaire.md)
cp "$HERE/answers.json" "$WORK/answers.json"

log "drill in $WORK, jar $JAR"
start_sink
start_portal
log "first start ready after $(wait_ready 300) s"

log "1. kill -9 of the JVM under load (30 leads, 5 at a time)"
load 30 5 jvm-kill
sleep 4
old_server=$(server_pid)
kill -9 "$PORTAL_PID"; wait "$PORTAL_PID" 2>/dev/null || true
t0=$SECONDS
while kill -0 "$old_server" 2>/dev/null; do sleep 0.2; done
server_gone=$(( SECONDS - t0 ))
start_portal
restart_ready=$(wait_ready 300)
wait "$LOAD_PID"
log "   mariadbd gone ${server_gone} s after the JVM; next start ready after ${restart_ready} s"

log "2. kill -9 of mariadbd under load (20 leads, 5 at a time)"
load 20 5 db-kill
sleep 2
kill -9 "$(server_pid)"
probe db-kill-probe
healthy_after=$(wait_ready 120)
wait "$LOAD_PID"
read -r db_kill_status db_kill_time db_kill_type db_kill_retry < <(first db-kill-probe)
log "   first answer $db_kill_status ($db_kill_type, Retry-After $db_kill_retry) after ${db_kill_time} s; ready again after ${healthy_after} s"

log "3. mariadbd stalled (SIGSTOP) for 20 s under load (10 leads, 5 at a time)"
load 10 5 db-stall
sleep 1
stalled=$(server_pid)
kill -STOP "$stalled"
probe db-stall-probe
sleep 20
kill -CONT "$stalled"
wait "$LOAD_PID"
read -r stall_status stall_time _ < <(first db-stall-probe)
log "   during the stall: first answer $stall_status after ${stall_time} s"

log "4. SMTP server down while 10 leads arrive"
stop_sink
load 10 5 smtp-down
wait "$LOAD_PID"
sleep 10
start_sink

log "waiting for the outbox to send what is due (a row left SENDING waits for its lease: docs/notify.md)"
for _ in $(seq 1 120); do
  [[ "$(sql "SELECT COUNT(*) FROM mail_message WHERE status = 'PENDING'")" == 0 ]] && break
  sleep 1
done
sleep 5

sql 'SELECT reference FROM leads' > "$WORK/leads.txt"
sql "SELECT status, COUNT(*) FROM mail_message GROUP BY status" > "$WORK/outbox.txt"
cat > "$WORK/timings.txt" <<TIMES
kill -9 of the JVM: mariadbd gone after ${server_gone} s; the next start ready after ${restart_ready} s
kill -9 of mariadbd: a lead submission answered $db_kill_status ($db_kill_type, Retry-After: $db_kill_retry) after ${db_kill_time} s; readiness UP again after ${healthy_after} s
mariadbd stalled: a lead submission answered $stall_status after ${stall_time} s
TIMES
python3 "$HERE/summary.py" "$WORK" > "$RESULTS"
cat "$RESULTS"
log "results in $RESULTS, logs in $WORK"
