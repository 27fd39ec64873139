#!/usr/bin/env bash
# Install (if missing) and start a private Redis server for the tests, then
# print its REDIS_URL as the only line on stdout; progress goes to stderr.
# Idempotent: a second run finds the server answering and prints the same URL.
# Used by tests/deployment (a session fixture) and `make cluster`; installing
# needs root (or sudo) on Debian.
#
#   redis.sh          start (or find) the server, print its URL
#   redis.sh stop     stop the server this script started, by its pid file
#
# The server is private to this checkout's user: loopback only, its own
# folder, pid file and log, no snapshots (a cache holds nothing to keep).
# Overrides: REDIS_PORT (6390), REDIS_DIR (/tmp/hcv-redis-<port>).
set -euo pipefail

port="${REDIS_PORT:-6390}"
dir="${REDIS_DIR:-/tmp/hcv-redis-$port}"
pidfile="$dir/redis.pid"

log() { echo ">>> redis: $*" >&2; }

answers() { redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null | grep -q PONG; }

if [ "${1:-}" = "stop" ]; then
    if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
        pid="$(cat "$pidfile")"
        kill "$pid"
        for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        log "stopped the server on port $port (pid $pid)"
    else
        log "no server of ours on port $port"
    fi
    rm -f "$pidfile"
    exit 0
fi

if ! command -v redis-server >/dev/null 2>&1 || ! command -v redis-cli >/dev/null 2>&1; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || { log "error: needs root or sudo to install redis-server"; exit 1; }
        sudo="sudo"
    fi
    log "installing the redis-server package"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq >&2
    $sudo apt-get install -y -qq --no-install-recommends redis-server redis-tools >/dev/null
fi

if answers; then
    log "already answering on 127.0.0.1:$port"
else
    mkdir -p "$dir"
    chmod 700 "$dir"
    log "starting a server on 127.0.0.1:$port in $dir"
    # Configuration on the command line: nothing of the system's redis.conf applies.
    redis-server --port "$port" --bind 127.0.0.1 --protected-mode yes \
        --daemonize yes --pidfile "$pidfile" --dir "$dir" --logfile "$dir/redis.log" \
        --save "" --appendonly no \
        --maxmemory "${REDIS_MAXMEMORY:-256mb}" --maxmemory-policy allkeys-lru >&2
    for _ in $(seq 1 50); do
        answers && break
        sleep 0.1
    done
    answers || { log "error: the server did not answer on port $port (see $dir/redis.log)"; exit 1; }
fi
log "ready: 127.0.0.1:$port"
echo "redis://127.0.0.1:$port/0"
