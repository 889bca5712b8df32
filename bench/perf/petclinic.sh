# Spring PetClinic for P5, built from a git snapshot into target/bench/petclinic (never committed). Sourced.
# PETCLINIC_GIT: a git directory of github.com/spring-projects/spring-petclinic (a clone or a mirror).
PETCLINIC_GIT="${PETCLINIC_GIT:-/work/.mirror/spring-projects+spring-petclinic/repo}"
PETCLINIC_DIR="$ROOT/target/bench/petclinic"
petclinic_jar() { ls "$PETCLINIC_DIR"/target/spring-petclinic-*.jar 2>/dev/null | grep -v plain | head -1; }
need_petclinic() {
  [[ -n "$(petclinic_jar)" ]] && return 0
  [[ -d "$PETCLINIC_GIT" ]] || { log "no PetClinic source: set PETCLINIC_GIT to a git directory of spring-petclinic"; return 1; }
  log "building Spring PetClinic $(git --git-dir="$PETCLINIC_GIT" rev-parse --short HEAD) into $PETCLINIC_DIR"
  rm -rf "$PETCLINIC_DIR" && mkdir -p "$PETCLINIC_DIR"
  git --git-dir="$PETCLINIC_GIT" archive HEAD | tar -x -C "$PETCLINIC_DIR"
  (cd "$PETCLINIC_DIR" && JAVA_HOME="$JAVA_HOME" ./mvnw -B -q -DskipTests -Dcheckstyle.skip=true \
    -Dspring-javaformat.skip=true -Djacoco.skip=true -Dcyclonedx.skip=true package) > "$PETCLINIC_DIR-build.log" 2>&1 \
    || { log "PetClinic build failed: $PETCLINIC_DIR-build.log"; return 1; }
}
