#!/usr/bin/env bash
# Mailbox access (IMAP logins, FETCH, SEARCH, POP3 RETR, idle IDLE connections), Jadepost against
# Dovecot on loopback. See bench/README.md.
#   bench/access.sh [--target jadepost|dovecot|both] [--workloads login,fetch,search,pop3,idle]
#                   [--connections 1,8,32] [--seconds 5] [--runs 3] [--warmup 10] [--size 10240]
#                   [--folder-messages 10000] [--inbox-messages 100] [--idle-connections 10000]
#                   [--idle-ramp 100] [--populate-connections 4] [--dovecot-imap-clients 1]
#                   [--root DIR] [--work DIR] [--keep] [--skip-build]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# The idle measurement holds 10,000 sockets in the client and as many in each server, and the
# servers inherit this limit from the client: raise the soft limit to the hard one.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
. "$ROOT/bench/lib.sh"
# Serial GC and a small heap, as for ingest.sh; the idle swarm's 10,000 channels need ~50 MB.
java -Xms64m -Xmx512m -XX:+UseSerialGC -Dbench.root="$ROOT" -cp "$BENCH_CP" \
  org.jadepost.bench.Access "$@"
