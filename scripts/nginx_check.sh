#!/usr/bin/env bash
# Test the production front of docs/deploy.md: fill scripts/nginx/hverdagsmaal.conf.template
# in a temporary folder, start nginx (as the current user, every path in that folder, ports on
# 127.0.0.1) in front of `assistant serve --trusted-proxies 1` on loopback, check HTTPS, HSTS,
# the client address the app records, nginx's 413 for an oversized body, then stop both.
# Exit 0 when every check holds, 1 when one fails, 2 when nginx, openssl or curl is missing.
# Environment: PYTHON (default .venv/bin/python), KEEP_NGINX_CHECK_DIR=1 keeps the folder.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PY=${PYTHON:-$ROOT/.venv/bin/python}
[ -x "$PY" ] || PY=$(command -v python3)
CLIENT_ADDR=127.0.0.2 # the client connects from another loopback address than nginx's

die_missing() {
  echo "nginx_check: FAILED: $1 is not installed; install the Debian package $2" \
    "(bash scripts/setup.sh installs it)" >&2
  exit 2
}
NGINX=$(command -v nginx || { [ -x /usr/sbin/nginx ] && echo /usr/sbin/nginx; } || true)
[ -n "$NGINX" ] || die_missing nginx nginx
command -v openssl >/dev/null || die_missing openssl openssl
command -v curl >/dev/null || die_missing curl curl

TMP=$(mktemp -d "${TMPDIR:-/tmp}/hm-nginx.XXXXXX")
APP_PID=""
failures=0
passed=0

stop_all() {
  if [ -f "$TMP/nginx.pid" ]; then
    "$NGINX" -p "$TMP/" -c "$TMP/nginx.conf" -e "$TMP/error.log" -s quit 2>/dev/null
    for _ in $(seq 50); do [ -f "$TMP/nginx.pid" ] || break; sleep 0.1; done
  fi
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID" 2>/dev/null
    # The watchdog holds none of our output (a caller reading it to the end would wait for
    # its sleep) and takes its sleep along when it is stopped.
    (trap 'kill "$nap" 2>/dev/null; exit 0' TERM
      sleep 20 & nap=$!; wait "$nap"; kill -KILL -- "-$APP_PID" 2>/dev/null) >/dev/null 2>&1 &
    local watchdog=$!
    wait "$APP_PID" 2>/dev/null
    for _ in $(seq 50); do pgrep -g "$APP_PID" >/dev/null || break; sleep 0.1; done
    kill "$watchdog" 2>/dev/null
    wait "$watchdog" 2>/dev/null
  fi
}
cleanup() {
  stop_all
  if [ "${KEEP_NGINX_CHECK_DIR:-0}" = 1 ]; then echo "nginx_check: kept $TMP"; else rm -rf "$TMP"; fi
}
trap cleanup EXIT

ok() { passed=$((passed + 1)); echo "ok: $1"; }
fail() { failures=$((failures + 1)); echo "FAILED: $1" >&2; }
check() { # check DESCRIPTION COMMAND...
  local what=$1; shift
  if "$@"; then ok "$what"; else fail "$what"; fi
}
show_logs() {
  echo "--- app log" >&2; tail -n 30 "$TMP/app.log" >&2
  echo "--- nginx error log" >&2; tail -n 30 "$TMP/error.log" >&2 2>/dev/null
}

read -r HTTP_PORT HTTPS_PORT APP_PORT < <("$PY" - <<'EOF'
import socket
socks = [socket.socket() for _ in range(3)]
for s in socks:
    s.bind(("127.0.0.1", 0))
print(*(s.getsockname()[1] for s in socks))
EOF
)

# A self-signed certificate for 127.0.0.1 (production: the municipality's certificate).
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=127.0.0.1" \
  -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
  -keyout "$TMP/key.pem" -out "$TMP/cert.pem" >/dev/null 2>&1 \
  || { echo "nginx_check: FAILED: openssl could not make a certificate" >&2; exit 1; }

sed -e "s|@SERVER_NAME@|127.0.0.1 localhost|" \
    -e "s|@HTTP_LISTEN@|127.0.0.1:$HTTP_PORT|" \
    -e "s|@HTTPS_LISTEN@|127.0.0.1:$HTTPS_PORT|" \
    -e "s|@UPSTREAM@|127.0.0.1:$APP_PORT|" \
    -e "s|@CERT@|$TMP/cert.pem|" -e "s|@KEY@|$TMP/key.pem|" \
    "$ROOT/scripts/nginx/hverdagsmaal.conf.template" >"$TMP/hverdagsmaal.conf"
USER_LINE=""
[ "$(id -u)" -eq 0 ] && USER_LINE="user $(id -un) $(id -gn);" # else workers would be nobody
cat >"$TMP/nginx.conf" <<EOF
$USER_LINE
worker_processes 1;
pid $TMP/nginx.pid;
error_log $TMP/error.log warn;
events { worker_connections 256; }
http {
    access_log $TMP/access.log;
    client_body_temp_path $TMP/body;
    proxy_temp_path $TMP/proxy;
    fastcgi_temp_path $TMP/fastcgi;
    uwsgi_temp_path $TMP/uwsgi;
    scgi_temp_path $TMP/scgi;
    include $TMP/hverdagsmaal.conf;
}
EOF

# The app on loopback, told that one proxy stands in front (its own process group).
mkdir -p "$TMP/instance"
(cd "$ROOT" && HVERDAGSMAAL_INSTANCE="$TMP/instance" HVERDAGSMAAL_ARGON2_PROFILE=test \
  PYTHONDONTWRITEBYTECODE=1 exec setsid "$PY" -m assistant serve --host 127.0.0.1 \
  --port "$APP_PORT" --db "$TMP/hm.db" --threads 2 --trusted-proxies 1) >"$TMP/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 600); do
  curl -s -o /dev/null "http://127.0.0.1:$APP_PORT/om" && break
  kill -0 "$APP_PID" 2>/dev/null || break
  sleep 0.1
done
if ! curl -s -o /dev/null "http://127.0.0.1:$APP_PORT/om"; then
  echo "nginx_check: FAILED: assistant serve did not start" >&2; show_logs; exit 1
fi

if ! "$NGINX" -t -q -p "$TMP/" -c "$TMP/nginx.conf" -e "$TMP/error.log"; then
  echo "nginx_check: FAILED: nginx refused the configuration" >&2; show_logs; exit 1
fi
"$NGINX" -p "$TMP/" -c "$TMP/nginx.conf" -e "$TMP/error.log" \
  || { echo "nginx_check: FAILED: nginx did not start" >&2; show_logs; exit 1; }
for _ in $(seq 50); do [ -s "$TMP/nginx.pid" ] && break; sleep 0.1; done
NGINX_PID=$(cat "$TMP/nginx.pid" 2>/dev/null)
echo "nginx_check: nginx $NGINX_PID on https://127.0.0.1:$HTTPS_PORT/ in front of app $APP_PID" \
  "on 127.0.0.1:$APP_PORT ($TMP)"

BASE="https://127.0.0.1:$HTTPS_PORT"
CURL=(curl -sS --max-time 30 --cacert "$TMP/cert.pem" --interface "$CLIENT_ADDR")

# 1. A page over HTTPS (the certificate verified), with HSTS and the app's own headers.
code=$("${CURL[@]}" -D "$TMP/h1" -o "$TMP/b1" -w '%{http_code}' "$BASE/")
check "the start page answers 200 over HTTPS" [ "$code" = 200 ]
check "the page is the app's Danish page" grep -q '<html lang="da">' "$TMP/b1"
check "HSTS: Strict-Transport-Security max-age=31536000" \
  grep -qi '^strict-transport-security: max-age=31536000' "$TMP/h1"
check "the app's CSP passes through" grep -qi '^content-security-policy:' "$TMP/h1"
check "a personal page is not compressed" \
  bash -c "! $(printf '%q ' "${CURL[@]}") -s -D - -o /dev/null -H 'Accept-Encoding: gzip' \
  '$BASE/' | grep -qi '^content-encoding: gzip'"

code=$("${CURL[@]}" -o /dev/null -w '%{http_code}' -H 'Host: elsewhere.example' "$BASE/")
check "a request for another host name is not passed on (421, got $code)" [ "$code" = 421 ]

# 2. Plain HTTP only redirects to HTTPS.
location=$(curl -sS --max-time 10 -o /dev/null -w '%{http_code} %{redirect_url}' \
  "http://127.0.0.1:$HTTP_PORT/om")
check "plain HTTP answers 301 to https:// ($location)" [ "${location%%//*}" = "301 https:" ]

# 3. The client address the app sees: a failed staff sign-in from 127.0.0.2 with a forged
#    X-Forwarded-For; the audit row and the sign-in attempt must hold 127.0.0.2. Like a
#    browser under the app's Referrer-Policy (same-origin), it sends its Referer: over HTTPS
#    the CSRF check refuses a POST without one.
"${CURL[@]}" -c "$TMP/jar" -o "$TMP/login.html" "$BASE/staff/login"
token=$(sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' "$TMP/login.html" | head -n1)
code=$("${CURL[@]}" -b "$TMP/jar" -c "$TMP/jar" -o "$TMP/b3" -w '%{http_code}' \
  -H 'X-Forwarded-For: 203.0.113.9' -e "$BASE/staff/login" \
  --data-urlencode "csrf_token=$token" --data-urlencode "username=nginx-check" \
  --data-urlencode "password=not-the-password" "$BASE/staff/login")
check "a wrong sign-in over HTTPS is refused by the app (401, got $code)" [ "$code" = 401 ]
addresses=$("$PY" - "$TMP/hm.db" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
audit = [r[0] for r in db.execute("SELECT address FROM audit_log WHERE action = 'login_failed'")]
tries = [r[0] for r in db.execute("SELECT address FROM login_attempts")]
print(",".join(audit) + "|" + ",".join(tries))
EOF
)
check "the audit row and sign-in attempt hold the client's address ($addresses)" \
  [ "$addresses" = "$CLIENT_ADDR|$CLIENT_ADDR" ]

# 4. An oversized body is refused by nginx with 413 before the app reads it.
head -c 300000 /dev/zero | tr '\0' 'a' >"$TMP/big"
code=$("${CURL[@]}" -o "$TMP/b4" -w '%{http_code}' -X POST \
  -H 'Content-Type: application/x-www-form-urlencoded' --data-binary "@$TMP/big" "$BASE/start")
check "a 300 kB form to /start is refused with 413" [ "$code" = 413 ]
check "... by nginx, before the app (nginx's own page)" grep -q '<center>nginx</center>' "$TMP/b4"
head -c 2000000 /dev/zero >"$TMP/audio"
code=$("${CURL[@]}" -o "$TMP/b5" -w '%{http_code}' -X POST \
  -H 'Content-Type: audio/webm' --data-binary "@$TMP/audio" "$BASE/tale")
check "a 2 MB recording passes nginx to the app (the app answers $code)" \
  bash -c "[ '$code' != 413 ] && ! grep -q '<center>nginx</center>' '$TMP/b5'"

# 5. Both stop.
stop_all
gone=1
kill -0 "$NGINX_PID" 2>/dev/null && gone=0
kill -0 "$APP_PID" 2>/dev/null && gone=0
pgrep -g "$APP_PID" >/dev/null && gone=0 # the speech worker too
check "nginx and the app (with its speech worker) have stopped" [ "$gone" = 1 ]
check "the ports are closed again" \
  bash -c "! curl -s -o /dev/null --max-time 2 http://127.0.0.1:$APP_PORT/om \
  && ! curl -s -o /dev/null --max-time 2 -k https://127.0.0.1:$HTTPS_PORT/"

[ "$failures" -gt 0 ] && show_logs
echo "nginx_check: $passed checks held, $failures failed"
[ "$failures" -eq 0 ]
