#!/usr/bin/env bash
# Makes sure the search engine used by the search tests is present, and prints its home directory.
#
#   tools/search-node/fetch.sh          fetch (first time only) + assemble; prints the server home on stdout
#   tools/search-node/fetch.sh --java   prints the JDK (>= 21) that runs it (override: SEARCH_ENGINE_JAVA_HOME)
#   tools/search-node/fetch.sh --force  throws the unpacked server away and redoes everything
#
# What it does (see NOTES.md beside this file):
#   1. `mvn dependency:unpack` (pom.xml beside this file) unpacks Elastic's own Elasticsearch server, the
#      integ-test-zip that Elastic publishes on Maven Central, under build/search-engine/ (Maven keeps the
#      zip in ~/.m2, so a later unpack needs no network).
#   2. That zip lacks the analysis-common and rest-root modules, which Elastic publishes nowhere we can
#      reach. So this script compiles the small module in compat/src/main/java/ (Lucene's analysis classes,
#      already in the server's lib/, registered under analysis-common's names and settings) against the
#      server's own jars with javac, and drops it into modules/search-engine-compat/.
# Idempotent (re-assembles only when this file, the module's sources or the version change) and safe to run
# concurrently (flock). Everything except the final path goes to stderr.
set -euo pipefail

ES_VERSION=9.5.3   # keep in step with pom.xml (es.version) and tools/search-node/search_node.py (ES_VERSION)
MODULE=search-engine-compat

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SRC=$HERE/compat/src/main/java
ROOT=$(cd "$HERE/../.." && pwd)
OUT=${SEARCH_ENGINE_BUILD_DIR:-$ROOT/build/search-engine}
ES_HOME=$OUT/elasticsearch-$ES_VERSION
STAMP=$ES_HOME/.search-engine-ready

die() { echo "tools/search-node/fetch.sh: ERROR: $*" >&2; exit 1; }
log() { echo "tools/search-node/fetch.sh: $*" >&2; }

# A JDK >= 21 (Elasticsearch 9 needs Java 21+; javac builds the module). Prints its home.
find_java() {
  local c major
  local candidates=("${SEARCH_ENGINE_JAVA_HOME:-}" "${ES_JAVA_HOME:-}" "${JAVA_HOME:-}")
  while IFS= read -r c; do candidates+=("$c"); done < <(ls -d /usr/lib/jvm/*/ 2>/dev/null | sed 's#/$##')
  for c in "${candidates[@]}"; do
    [ -n "$c" ] && [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    major=$("$c/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p')
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then echo "$c"; return 0; fi
  done
  return 1
}

if ! JAVA=$(find_java); then
  die "no JDK >= 21 found (looked at SEARCH_ENGINE_JAVA_HOME, ES_JAVA_HOME, JAVA_HOME, /usr/lib/jvm/*)." \
    "Elasticsearch $ES_VERSION needs Java 21+. Debian 12 packages only Java 17; this project's machine image" \
    "has /usr/lib/jvm/temurin-25-jdk-amd64. Point SEARCH_ENGINE_JAVA_HOME at a JDK 21+."
fi

FORCE=0
case "${1:-}" in
  --java) echo "$JAVA"; exit 0 ;;
  --force) FORCE=1 ;;
  "") ;;
  *) die "unknown argument: $1 (use --java or --force)" ;;
esac

# Re-assemble when this script, the module's sources or the version change.
mapfile -t SOURCES < <(find "$SRC" -name '*.java' | LC_ALL=C sort)
[ "${#SOURCES[@]}" -gt 0 ] || die "no Java sources under $SRC"
SIGNATURE="$ES_VERSION $(cat "${BASH_SOURCE[0]}" "${SOURCES[@]}" | sha256sum | cut -d' ' -f1)"

ready() {
  [ "$FORCE" = 0 ] && [ -x "$ES_HOME/bin/elasticsearch" ] && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$SIGNATURE" ]
}
if ready; then echo "$ES_HOME"; exit 0; fi   # the usual case: nothing to do, no lock needed

mkdir -p "$OUT" || die "cannot create $OUT"
exec 9>>"$OUT/.lock" || die "cannot write $OUT/.lock (is build/ owned by another user?)"
flock -w 900 9 || die "timed out waiting for another fetch.sh that holds $OUT/.lock"
if ready; then echo "$ES_HOME"; exit 0; fi   # another run finished it while we waited

# 1. The server, from Maven Central (only when not unpacked yet).
if [ "$FORCE" = 1 ] || [ ! -x "$ES_HOME/bin/elasticsearch" ]; then
  command -v mvn >/dev/null || die "mvn (Maven) is not installed; it fetches Elasticsearch from Maven Central (apt-get install maven)"
  rm -rf "$ES_HOME" "$OUT/.maven-markers"
  log "fetching Elasticsearch $ES_VERSION (integ-test-zip) from Maven Central into $OUT ..."
  if ! mvn -q -B -Dstyle.color=never -f "$HERE/pom.xml" dependency:unpack \
      -Des.version="$ES_VERSION" -Dsearch.engine.dir="$OUT" 2>&1 | sed -u 's/\x1b\[[0-9;]*m//g' >&2; then
    die "Maven could not fetch/unpack org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip (Maven's output is above)"
  fi
  [ -x "$ES_HOME/bin/elasticsearch" ] || die "Maven finished but $ES_HOME/bin/elasticsearch is missing"
fi

# 2. The analysis module, compiled against this very server's jars.
log "assembling module $MODULE into $ES_HOME/modules (javac from $JAVA) ..."
WORK=$(mktemp -d "$OUT/.module-build.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/classes" "$WORK/$MODULE"
CLASSPATH_JARS=$(find "$ES_HOME/lib" -maxdepth 1 -name '*.jar' | sort | tr '\n' ':')
"$JAVA/bin/javac" --release 21 -Xlint:all -encoding UTF-8 -cp "$CLASSPATH_JARS" -d "$WORK/classes" \
  "${SOURCES[@]}" >&2 \
  || die "compiling the $MODULE module against Elasticsearch $ES_VERSION failed (did an upgrade change the plugin API?)"
"$JAVA/bin/jar" cf "$WORK/$MODULE/$MODULE.jar" -C "$WORK/classes" . || die "jar failed"
printf '%s\n' \
  "description=Test-only stand-in for the analysis-common and rest-root modules (tools/search-node/NOTES.md)" \
  "version=$ES_VERSION" \
  "name=$MODULE" \
  "classname=searchengine.compat.SearchEngineCompatPlugin" \
  "java.version=21" \
  "elasticsearch.version=$ES_VERSION" > "$WORK/$MODULE/plugin-descriptor.properties"
rm -rf "${ES_HOME:?}/modules/$MODULE"
mv "$WORK/$MODULE" "$ES_HOME/modules/$MODULE"
# The node may run as another user (Elasticsearch refuses to run as root): keep the tree world-readable.
chmod -R a+rX "$ES_HOME"
echo "$SIGNATURE" > "$STAMP"
log "ready: $ES_HOME"
echo "$ES_HOME"
