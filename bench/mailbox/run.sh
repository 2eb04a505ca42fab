#!/usr/bin/env bash
# Mailbox scale benchmark (issue 3). See bench/mailbox/README.md.
#   bench/mailbox/run.sh                       H2, 1,000 then 100,000 messages
#   bench/mailbox/run.sh --messages 20000      a quicker run
#   bench/mailbox/run.sh --db postgresql --jdbc-url jdbc:postgresql://127.0.0.1:5432/jadepost_bench \
#       --db-user jadepost --db-password jadepost
# Other options: --small 1000 --reps 200 --append-reps 100 --deep-page 1000 --seed-messages 5
#   --schema mailbox_bench (PostgreSQL; dropped and recreated) --keep-home 1
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/bench/mailbox"
source "$ROOT/bench/mailbox/jars.sh"

keep=0
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --keep-home) keep="$2"; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done

# Under the worktree, not /tmp: other people's clean-ups of /tmp must not remove a running home.
mkdir -p "$HERE/work"
HOME_DIR="$(mktemp -d "$HERE/work/run-XXXXXX")/home"
cleanup() {
  if [ "$keep" = 1 ]; then
    echo "Kept data directory $HOME_DIR (console log next to it)" >&2
  else
    rm -rf "$(dirname "$HOME_DIR")"
  fi
}
trap cleanup EXIT

java -Xmx512m -cp "$H2_JAR:$PG_JAR" "$HERE/MailboxBench.java" \
  --root "$ROOT" --home "$HOME_DIR" --results "$HERE/results" "${args[@]}"
