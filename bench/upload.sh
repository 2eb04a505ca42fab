#!/usr/bin/env bash
# Large-upload benchmark (issue 6, D5): a 4 GB sparse file sent in chunks through the transfer
# station's API to a running Jadepost; reports MB/s, the server's peak heap (jstat samples) and
# checks the stored file's size and SHA-256 by downloading it again. See bench/README.md.
#   bench/upload.sh --url http://127.0.0.1:8080 --admin-password SECRET [--pid PID]
#                   [--size 4G] [--chunk-mb 16]
set -euo pipefail

URL="" ADMIN_PASSWORD="" PID="" SIZE="4G" CHUNK_MB=16
while [ $# -gt 0 ]; do
  case "$1" in
    --url) URL="$2"; shift 2 ;;
    --admin-password) ADMIN_PASSWORD="$2"; shift 2 ;;
    --pid) PID="$2"; shift 2 ;;
    --size) SIZE="$2"; shift 2 ;;
    --chunk-mb) CHUNK_MB="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$URL" ] && [ -n "$ADMIN_PASSWORD" ] || { echo "--url and --admin-password are required" >&2; exit 2; }
if [ -z "$PID" ]; then
  # The Java process listening on the HTTP port.
  PORT="${URL##*:}"; PORT="${PORT%%/*}"
  PID="$(ss -ltnpH "sport = :$PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)"
fi
[ -n "$PID" ] || { echo "cannot find the server's pid; pass --pid" >&2; exit 2; }

WORK="$(mktemp -d)"
SAMPLER=""
trap '[ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null; rm -rf "$WORK"' EXIT

# A user of a fresh domain.
DOMAIN="bench-upload-$RANDOM$RANDOM.test"
USER_PASSWORD="Bench-$RANDOM-Upload-$RANDOM"
curl -sf -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' \
  -d "{\"name\":\"$DOMAIN\"}" "$URL/api/v1/domains" >/dev/null
curl -sf -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' \
  -d "{\"localPart\":\"bench\",\"password\":\"$USER_PASSWORD\",\"displayName\":\"Bench\",\"role\":\"USER\"}" \
  "$URL/api/v1/domains/$DOMAIN/users" >/dev/null
AUTH="bench@$DOMAIN:$USER_PASSWORD"

FILE="$WORK/sparse.bin"
truncate -s "$SIZE" "$FILE"
BYTES="$(stat -c %s "$FILE")"
CHUNK=$((CHUNK_MB * 1024 * 1024))

# Heap used (S0U+S1U+EU+OU, KB) every 200 ms while the upload runs; the peak is reported.
jstat -gc "$PID" 200 > "$WORK/jstat.txt" 2>/dev/null &
SAMPLER=$!

ID="$(curl -sf -u "$AUTH" -H 'Content-Type: application/json' \
  -d "{\"name\":\"sparse.bin\",\"size\":$BYTES}" "$URL/api/v1/transfer/files" \
  | sed -E 's/.*"id":([0-9]+).*/\1/')"
START=$(date +%s.%N)
OFFSET=0
while [ "$OFFSET" -lt "$BYTES" ]; do
  LEN=$(( BYTES - OFFSET < CHUNK ? BYTES - OFFSET : CHUNK ))
  LAST=$(( OFFSET + LEN - 1 ))
  # dd reads exactly this chunk; curl holds that one chunk (--data-binary @-), never the file.
  dd if="$FILE" bs=1M iflag=skip_bytes,count_bytes skip="$OFFSET" count="$LEN" status=none \
    | curl -sf -u "$AUTH" -X PUT -H 'Content-Type: application/octet-stream' \
        -H "Content-Range: bytes $OFFSET-$LAST/$BYTES" --data-binary @- \
        "$URL/api/v1/transfer/files/$ID/content" > "$WORK/last.json"
  OFFSET=$(( LAST + 1 ))
done
END=$(date +%s.%N)
sleep 1
kill "$SAMPLER" 2>/dev/null || true
SAMPLER=""

grep -q '"complete":true' "$WORK/last.json" || { echo "upload not complete: $(cat "$WORK/last.json")" >&2; exit 1; }
SECONDS_TAKEN=$(echo "$END - $START" | bc -l)
MBPS=$(echo "$BYTES / 1048576 / $SECONDS_TAKEN" | bc -l)
PEAK_KB=$(awk 'NR>1 && $1 ~ /^[0-9.]+$/ { u=$3+$4+$6+$8; if (u>m) m=u } END { printf "%d", m }' "$WORK/jstat.txt")
MAX_HEAP=$(jcmd "$PID" GC.heap_info 2>/dev/null | grep -oE 'total [0-9]+K' | head -1 | grep -oE '[0-9]+' || echo "?")

# What the server stored: its size and SHA-256, downloaded again, against the local file's.
EXPECTED=$(sha256sum "$FILE" | cut -d' ' -f1)
DOWNLOAD_START=$(date +%s.%N)
ACTUAL=$(curl -sf -u "$AUTH" "$URL/api/v1/transfer/files/$ID/content" | tee >(wc -c > "$WORK/size") | sha256sum | cut -d' ' -f1)
DOWNLOAD_END=$(date +%s.%N)
sleep 0.5
STORED=$(cat "$WORK/size")
DOWN_MBPS=$(echo "$STORED / 1048576 / ($DOWNLOAD_END - $DOWNLOAD_START)" | bc -l)

printf 'file            %s bytes in %d chunks of %d MB\n' "$BYTES" $(( (BYTES + CHUNK - 1) / CHUNK )) "$CHUNK_MB"
printf 'upload          %.1f s, %.1f MB/s\n' "$SECONDS_TAKEN" "$MBPS"
printf 'download        %.1f MB/s\n' "$DOWN_MBPS"
printf 'server heap     peak used %.1f MB during the upload (heap committed %s KB)\n' "$(echo "$PEAK_KB / 1024" | bc -l)" "$MAX_HEAP"
printf 'stored size     %s (%s)\n' "$STORED" "$([ "$STORED" = "$BYTES" ] && echo ok || echo MISMATCH)"
printf 'sha-256         %s (%s)\n' "$ACTUAL" "$([ "$ACTUAL" = "$EXPECTED" ] && echo ok || echo MISMATCH)"
curl -sf -u "$AUTH" -X DELETE "$URL/api/v1/transfer/files/$ID" >/dev/null
[ "$STORED" = "$BYTES" ] && [ "$ACTUAL" = "$EXPECTED" ]
