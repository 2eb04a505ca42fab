# Sourced by the bench scripts: compiles bench/src into a temporary directory (removed on exit)
# and sets BENCH_CP to it. The benches are plain JDK 17 programs: no build tool, no dependencies.
command -v javac >/dev/null || { echo "bench: a JDK 17+ (javac, java) is required" >&2; exit 1; }
BENCH_CP="$(mktemp -d "${TMPDIR:-/tmp}/jadepost-bench-classes-XXXXXX")"
trap 'rm -rf "$BENCH_CP"' EXIT
javac -nowarn -encoding UTF-8 -d "$BENCH_CP" $(find "$ROOT/bench/src" -name '*.java') \
  || { echo "bench: compiling bench/src failed" >&2; exit 1; }
