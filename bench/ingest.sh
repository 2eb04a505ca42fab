#!/usr/bin/env bash
# Durable SMTP ingest, Jadepost against Postfix on loopback. See bench/README.md.
#   bench/ingest.sh [--target jadepost|postfix|both|sink] [--connections 1,8,32] [--seconds 5]
#                   [--size 10240] [--runs 3] [--warmup 30] [--postfix-after hold|discard] [--jfr FILE]
#                   [--work DIR] [--keep] [--skip-build]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/bench/lib.sh"
# Small heap and serial GC: the client shares two cores with the servers, so it keeps its own
# threads few (one per connection) and its GC quiet.
java -Xms64m -Xmx256m -XX:+UseSerialGC -Dbench.root="$ROOT" -cp "$BENCH_CP" \
  org.jadepost.bench.Ingest "$@"
