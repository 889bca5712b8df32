# Shared by the benchmarks of bench/run: the production jar on a data directory of its own, its embedded
# MariaDB's client, medians and ratios. Sourced, not run.
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
JAR="${BENCH_JAR:-$ROOT/target/lupus-cart-portal-0.1.0-SNAPSHOT.jar}"
PORT="${BENCH_PORT:-18180}"
BASE="http://127.0.0.1:$PORT"
OUT="${BENCH_OUT:-$ROOT/target/bench}"
N="${BENCH_N:-10}"
CHROMIUM="${CHROME_BIN:-/usr/bin/chromium}"
ADMIN_PASSWORD="bench-admin-password-1"
NODE_DIR="$ROOT/target/bench/node"
mkdir -p "$OUT"

log() { printf '%s %s\n' "$(date +%T)" "$*" >&2; }
# result NAME FIGURE: one line of the run's results (also appended to $OUT/results.txt)
result() { printf '%-58s %s\n' "$1" "$2" | tee -a "$OUT/results.txt"; }

# the production jar, built once if missing (./mvnw -B -q -Pproduction -DskipTests package)
need_jar() {
  if [[ ! -f "$JAR" ]]; then
    log "building the production jar (./mvnw -B -q -Pproduction -DskipTests package)"
    (cd "$ROOT" && JAVA_HOME="$JAVA_HOME" ./mvnw -B -q -Pproduction -DskipTests package) >&2
  fi
}

# need_aot_cache DIR: the production jar extracted into DIR and the JVM's AOT cache made by a training run, as
# docs/operations.md#a-faster-start says (sets RUN_JAR and AOT_CACHE)
need_aot_cache() {
  local dir=$1
  RUN_JAR="$dir/$(basename "$JAR")"; AOT_CACHE="$dir/portal.aot"
  if [[ ! -f "$AOT_CACHE" || "$JAR" -nt "$AOT_CACHE" ]]; then
    log "extracting the jar into $dir and making the AOT cache (a training run)"
    rm -rf "$dir" "$dir-training"
    "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$dir" >&2
    PORTAL_DATA_DIR="$dir-training" SERVER_PORT="$PORT" "$JAVA" -XX:AOTCacheOutput="$AOT_CACHE" \
      -Dspring.context.exit=onRefresh -jar "$RUN_JAR" > "$dir-training.log" 2>&1
    rm -rf "$dir-training"
  fi
}

# playwright-core from the npm registry into target/bench/node (driving Debian's chromium; no browser download)
need_browser_driver() {
  if [[ ! -d "$NODE_DIR/node_modules/playwright-core" ]]; then
    mkdir -p "$NODE_DIR"
    (cd "$NODE_DIR" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-save --no-audit --no-fund --silent \
      playwright-core@1.65.1) >&2
  fi
}
browser() { BENCH_NODE_DIR="$NODE_DIR" CHROMIUM="$CHROMIUM" node "$BENCH/perf/browser.mjs" "$@"; }

PORTAL_PID=""
# start_portal DATA_DIR [ENV=VALUE ...]: the production jar in the background, its log in DATA_DIR.log; the lead
# limit raised, and the load tool on loopback trusted as a proxy, so that P4 can give each evaluation its own client
start_portal() {
  local data=$1; shift
  env SERVER_PORT="$PORT" PORTAL_DATA_DIR="$data" PORTAL_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    PORTAL_RATE_LIMIT_PER_HOUR=100000000 PORTAL_TRUSTED_PROXIES=127.0.0.1 "$@" \
    "$JAVA" ${RUN_JVM_OPTIONS:-} -jar "${RUN_JAR:-$JAR}" >> "$data.log" 2>&1 &
  PORTAL_PID=$!
}
stop_portal() {
  [[ -n "$PORTAL_PID" ]] || return 0
  kill "$PORTAL_PID" 2>/dev/null || true
  wait "$PORTAL_PID" 2>/dev/null || true
  PORTAL_PID=""
}
# wait_up URL LIMIT_SECONDS: milliseconds until URL answers 200 with status UP
wait_up() {
  local url=$1 limit=$2 start
  start=$(date +%s%N)
  until curl -s --max-time 2 "$url" 2>/dev/null | grep -q '"status":"UP"'; do
    (( ($(date +%s%N) - start) / 1000000000 < limit )) || { log "$url not UP after $limit s"; return 1; }
    sleep 0.1
  done
  echo $(( ($(date +%s%N) - start) / 1000000 ))
}
# sql DATA_DIR STATEMENTS: through the embedded MariaDB's own client and socket
sql() {
  LD_LIBRARY_PATH="$1/mariadb-server/libs" "$1/mariadb-server/bin/mariadb" --no-defaults --skip-ssl \
    --socket="$1/mariadb/mariadb.sock" --user="$(id -un)" -N -B -e "$2" portal
}

# stats: reads numbers, one a line; prints "median p95 min max count"
stats() { python3 "$BENCH/perf/stats.py"; }
