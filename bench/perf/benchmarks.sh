# The benchmarks P1..P6 of bench/run (docs/performance.md). Sourced after lib.sh and petclinic.sh.
REPORT="$BENCH/perf/report.py"
CURRENT_DATA=""
report() { python3 "$REPORT" "$@" | tee -a "$OUT/results.txt"; }

# with_portal DATA_DIR [ENV=VALUE ...]: the production jar running on that data directory
with_portal() {
  local data=$1; shift
  [[ "$CURRENT_DATA" == "$data" && -n "$PORTAL_PID" ]] && return 0
  stop_portal
  log "starting the portal on $data $*"
  start_portal "$data" "$@"
  CURRENT_DATA="$data"
  wait_up "$BASE/actuator/health/readiness" 900 > /dev/null
}

# P1: first contentful paint and h1 visible of / and /prescreen against static copies of what they render
bench_P1() {
  local static="http://127.0.0.1:$((PORT + 1))" rounds_slow="${BENCH_N_SLOW:-$(( (N + 1) / 2 ))}"
  mkdir -p "$OUT/static"
  browser snapshot "$BASE/" "$OUT/static/study.html" > /dev/null
  browser snapshot "$BASE/prescreen" "$OUT/static/prescreen.html" > /dev/null
  python3 "$BENCH/perf/static_server.py" "$((PORT + 1))" "$OUT/static" > "$OUT/static.log" 2>&1 &
  STATIC_PID=$!
  sleep 1
  local pages=("study=$BASE/" "static-study=$static/study.html" "prescreen=$BASE/prescreen"
    "static-prescreen=$static/prescreen.html")
  log "P1: warm-up, then $N loads of each page interleaved (and $rounds_slow on slow 4G)"
  browser paint 1 fast "${pages[@]}" > /dev/null
  browser paint "$N" fast "${pages[@]}" > "$OUT/p1.jsonl"
  browser paint "$rounds_slow" slow4g "${pages[@]}" >> "$OUT/p1.jsonl"
  kill "$STATIC_PID"; STATIC_PID=""
  report paint "$OUT/p1.jsonl"
}

# live_heap NAME: live heap in bytes after a full GC (a class histogram collects first; kept in $OUT/p2-NAME.hist).
# A GC and the finalizers run first: what finalizers hold (closed zip file systems of Vaadin's static file server,
# 120 KB each) is garbage, but one full GC keeps it until they have run.
live_heap() {
  jcmd "$PORTAL_PID" GC.run > /dev/null
  jcmd "$PORTAL_PID" GC.run_finalization > /dev/null
  jcmd "$PORTAL_PID" GC.class_histogram > "$OUT/p2-$1.hist"
  awk '/^Total/ {print $3}' "$OUT/p2-$1.hist"
}

# hold_sessions URL N MODE: N browser contexts kept open (release_sessions closes them); waits until they are there
hold_sessions() {
  rm -f "$OUT/p2.fifo" "$OUT/p2-held.json" && mkfifo "$OUT/p2.fifo"
  browser sessions "$1" "$2" "$3" < "$OUT/p2.fifo" > "$OUT/p2-held.json" &
  local pid=$! fd
  exec {fd}> "$OUT/p2.fifo"
  HELD_FDS+=("$fd"); HELD_PIDS+=("$pid")
  until [[ -s "$OUT/p2-held.json" ]]; do kill -0 "$pid" || return 1; sleep 1; done
}
HELD_FDS=(); HELD_PIDS=()
release_sessions() {
  local fd
  for fd in "${HELD_FDS[@]}"; do exec {fd}>&-; done
  wait "${HELD_PIDS[@]}" || true
  HELD_FDS=(); HELD_PIDS=()
}

# P2: heap per open questionnaire session at step 2, against a session that opened the study page only. Tomcat's
# buffers of 400 connections exist before the baseline (it keeps and reuses them), and each histogram waits until
# the browsers' idle connections have timed out (60 s), so the figures count what sessions hold.
bench_P2() {
  local n="${BENCH_SESSIONS:-30}" base study prescreen idle="${BENCH_P2_IDLE:-65}"
  log "P2: $n sessions on the study page, then $n at the questionnaire's step 2, live heap after full GC"
  browser roundtrip "$BASE/prescreen" 2 > /dev/null
  python3 "$BENCH/perf/connections.py" "$BASE/actuator/health" 400
  sleep 2
  base=$(live_heap base)
  hold_sessions "$BASE/" "$n" page
  sleep "$idle"
  study=$(live_heap study)
  hold_sessions "$BASE/prescreen" "$n" step2
  sleep "$idle"
  prescreen=$(live_heap prescreen)
  release_sessions
  python3 - "$n" "$base" "$study" "$prescreen" <<'EOF' | tee -a "$OUT/results.txt"
import sys
n, base, study, prescreen = (int(v) for v in sys.argv[1:])
s, q = (study - base) / n / 1024, (prescreen - study) / n / 1024
print(f"{'P2 heap per questionnaire session at step 2':<58} {q:.0f} KiB; study-page session {s:.0f} KiB; "
      f"ratio {q / s:.2f}x; goal 100 KiB: {q / 100:.2f}x (n={n}, live heap {prescreen / 2**20:.0f} MiB)")
EOF
  python3 "$BENCH/perf/heap_split.py" "$OUT" "$n" | tee -a "$OUT/results.txt"
}

# P3: the triage queue at 100 000 demo leads, against the same SQL (captured from the general log) run directly
bench_P3() {
  local data="$OUT/data-100k" phone name="${BENCH_P3_NAME:-王芳}"
  with_portal "$data" PORTAL_DEMO_LEADS=100000
  until [[ "$(sql "$data" "SELECT COUNT(*) FROM leads WHERE reference LIKE 'DM-%'")" -ge 100000 ]]; do sleep 5; done
  phone=$(sql "$data" "SELECT phone FROM leads WHERE reference LIKE 'DM-%' ORDER BY id LIMIT 1 OFFSET 4321")
  phone=${phone#+86}
  log "P3: capturing the queue's SQL (name $name, a phone number), then $N rounds portal / SQL"
  sql "$data" "SET GLOBAL log_output='TABLE'; TRUNCATE mysql.general_log; SET GLOBAL general_log=1"
  browser queue "$BASE" 1 admin "$ADMIN_PASSWORD" "$name" "$phone" > "$OUT/p3-capture.json"
  sql "$data" "SET GLOBAL general_log=0"
  sql "$data" "SELECT ROUND(UNIX_TIMESTAMP(event_time) * 1000), argument FROM mysql.general_log
    WHERE command_type = 'Query' ORDER BY event_time" > "$OUT/p3-general.tsv"
  python3 "$BENCH/perf/queue_sql.py" split "$OUT/p3-capture.json" "$OUT/p3-general.tsv" "$OUT/p3"
  : > "$OUT/p3.jsonl"
  for _ in $(seq "$N"); do
    browser queue "$BASE" 1 admin "$ADMIN_PASSWORD" "$name" "$phone" > "$OUT/p3-round.json"
    for phase in open name phone; do
      sql "$data" "SET profiling_history_size = 100; SET profiling = 1; $(cat "$OUT/p3-$phase.sql")
        SELECT 'PROFILES'; SHOW PROFILES" > "$OUT/p3-$phase.profile"
    done
    python3 "$BENCH/perf/queue_sql.py" merge "$OUT/p3-round.json" "$OUT/p3" >> "$OUT/p3.jsonl"
  done
  report ratios "$OUT/p3.jsonl" "P3 queue" open open_sql
  report ratios "$OUT/p3.jsonl" "P3 queue" name name_sql
  report ratios "$OUT/p3.jsonl" "P3 queue" phone phone_sql
}

# wrk_run NAME SECONDS PATH [ENV=VALUE ...]: 50 connections on 2 threads; one JSON line to $OUT/p4.jsonl
wrk_run() {
  local name=$1 seconds=$2 path=$3; shift 3
  env BENCH_ANSWERS="$OUT/answers.json" "$@" wrk -t2 -c50 -d"${seconds}s" --timeout 30s \
    -s "$BENCH/perf/submit.lua" "$BASE$path" | grep '^{' | sed "s/^{/{\"endpoint\":\"$name\",/" >> "$OUT/p4.jsonl"
}

# P4: 2 000 lead submissions by 50 clients, against evaluate and /actuator/health; every 201 stored once
bench_P4() {
  local rounds="${BENCH_P4_ROUNDS:-3}" data="$CURRENT_DATA" before first_id start seconds wrk_pid
  local leads="/api/studies/NCT06106906/leads" evaluate="/api/studies/NCT06106906/prescreen/evaluate"
  python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1]))))' "$BENCH/faults/answers.json" \
    > "$OUT/answers.json"
  # a warm-up, not counted: without it the first round measures the JIT compiling the submission's path
  log "P4 warm-up: 20 s of submissions, 10 s each of evaluate and health"
  wrk_run submit 20 "$leads" BENCH_ROUND=0
  wrk_run evaluate 10 "$evaluate" BENCH_FIXED_BODY="{\"answers\":$(cat "$OUT/answers.json")}"
  wrk_run health 10 /actuator/health BENCH_GET=1
  : > "$OUT/p4.jsonl"; rm -f "$OUT"/p4-refs-*.txt
  before=$(sql "$data" "SELECT COUNT(*) FROM leads"); first_id=$(sql "$data" "SELECT COALESCE(MAX(id), 0) + 1 FROM leads")
  for r in $(seq "$rounds"); do
    log "P4 round $r: 2000 submissions, then evaluate and health for as long"
    start=$(sql "$data" "SELECT COUNT(*) FROM leads"); seconds=$SECONDS
    wrk_run submit 600 "$leads" BENCH_ROUND="$r" BENCH_REFS="$OUT/p4-refs-$r.txt" &
    wrk_pid=$!
    sleep 1
    until (( $(sql "$data" "SELECT COUNT(*) FROM leads") - start >= 2000 )); do sleep 0.2; done
    pkill -INT -P "$wrk_pid" -x wrk || true
    wait "$wrk_pid" || true
    seconds=$(( SECONDS - seconds )); (( seconds < 5 )) && seconds=5; (( seconds > 30 )) && seconds=30
    wrk_run evaluate "$seconds" "$evaluate" BENCH_FIXED_BODY="{\"answers\":$(cat "$OUT/answers.json")}"
    wrk_run health "$seconds" /actuator/health BENCH_GET=1
  done
  sleep 2
  report wrk "$OUT/p4.jsonl"
  python3 "$BENCH/perf/queue_sql.py" stored "$OUT" "$before" "$(sql "$data" "SELECT COUNT(*) FROM leads")" \
    <(sql "$data" "SELECT reference, phone FROM leads WHERE full_name = 'Bench Patient' AND id >= $first_id") \
    | tee -a "$OUT/results.txt"
}

# P5: start to ready of the production jar, first start (new data directory), warm, and warm extracted with the
# JVM's AOT cache (docs/operations.md), against Spring PetClinic
bench_P5() {
  local rounds="${BENCH_P5_ROUNDS:-3}" pc_port=$((PORT + 2)) first warm aot pc pc_pid data
  stop_portal; CURRENT_DATA=""
  need_petclinic
  need_aot_cache "$OUT/p5-extracted"
  : > "$OUT/p5.jsonl"
  for r in $(seq "$rounds"); do
    data="$OUT/data-p5"; rm -rf "$data" "$data.log"
    start_portal "$data"; first=$(wait_up "$BASE/actuator/health" 900); stop_portal
    start_portal "$data"; warm=$(wait_up "$BASE/actuator/health" 900); stop_portal
    RUN_JVM_OPTIONS="-XX:AOTCache=$AOT_CACHE -Xlog:aot*=error" start_portal "$data"
    aot=$(wait_up "$BASE/actuator/health" 900); stop_portal
    "$JAVA" -jar "$(petclinic_jar)" --server.port="$pc_port" > "$OUT/petclinic.log" 2>&1 &
    pc_pid=$!
    pc=$(wait_up "http://127.0.0.1:$pc_port/actuator/health" 300)
    kill "$pc_pid"; wait "$pc_pid" 2>/dev/null || true
    log "P5 round $r: first $first ms, warm $warm ms, warm with the AOT cache $aot ms, PetClinic $pc ms"
    echo "{\"first\": $first, \"warm\": $warm, \"aot\": $aot, \"petclinic\": $pc}" >> "$OUT/p5.jsonl"
  done
  report ratios "$OUT/p5.jsonl" "P5 start to ready" warm petclinic first aot
}

# P6: a questionnaire step's round trip (click Next on step 1 until step 2 shows), against a fetch() from the page
bench_P6() {
  log "P6: $N round trips"
  browser roundtrip "$BASE/prescreen" 1 > /dev/null
  browser roundtrip "$BASE/prescreen" "$N" > "$OUT/p6.jsonl"
  report ratios "$OUT/p6.jsonl" "P6 step round trip" next fetch
}
