#!/usr/bin/env bash
# Webmail list benchmark (issue 5): p50/p95 of the mail screen's first page, a deep page and a
# folder switch for a user with 100,000 messages in his Inbox. See bench/README.md.
#   bench/webmail.sh                               H2, 100,000 messages, 200 reps, deep page 1000
#   bench/webmail.sh --messages 20000 --reps 50 --deep-page 200
#   bench/webmail.sh --db postgresql --jdbc-url jdbc:postgresql://127.0.0.1:5432/jadepost_bench \
#       --db-user jadepost --db-password jadepost
# The server, the provisioning and the JDBC fill are the mailbox bench's (bench/mailbox).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/bench/mailbox/jars.sh"

mkdir -p "$ROOT/bench/webmail/work"
WORK="$(mktemp -d "$ROOT/bench/webmail/work/run-XXXXXX")"
# On failure the server log is kept next to the results, for the post-mortem.
trap 'status=$?; if [ $status -ne 0 ] && [ -f "$WORK/home/logs/server.log" ]; then
  mkdir -p "$ROOT/bench/webmail/results"; cp "$WORK/home/logs/server.log" "$ROOT/bench/webmail/results/failed-server.log"; fi
  rm -rf "$WORK"' EXIT
javac -nowarn -encoding UTF-8 -cp "$H2_JAR:$PG_JAR" -d "$WORK/classes" \
  "$ROOT/bench/mailbox/MailboxBench.java" "$ROOT/bench/webmail/WebmailBench.java"
java -Xmx512m -cp "$WORK/classes:$H2_JAR:$PG_JAR" WebmailBench \
  --root "$ROOT" --home "$WORK/home" --results "$ROOT/bench/webmail/results" "$@"
