#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL server for the tests (a CTest fixture).
#
#   testserver.sh start STATE_DIR   initdb a fresh cluster in a new temporary folder, start it on a
#                                   Unix socket in that folder and on a free port of 127.0.0.1,
#                                   create the role and database "casebench", and write
#                                   STATE_DIR/server.url (the base URL) and STATE_DIR/server.dir
#   testserver.sh stop STATE_DIR    stop that server and remove its folder
#
# As root (CI) the server runs as the "postgres" user through runuser; otherwise as the current
# user. Nothing is fixed: each build folder gets its own server, folder and port. Any failure is
# loud (exit status 1 and a sentence on stderr): the PostgreSQL tests then fail, never skip.
set -euo pipefail

die() { printf 'PostgreSQL test server: %s\n' "$*" >&2; exit 1; }

action="${1:-}"
state="${2:-}"
[[ -n "$action" && -n "$state" ]] || die "usage: testserver.sh start|stop STATE_DIR"

bindir=""
for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then bindir="$dir"; break; fi
done
if [[ -z "$bindir" ]] && command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
    bindir="$(dirname "$(command -v initdb)")"
fi

as_server_user() {
    if [[ "$(id -u)" -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_server() {
    local dir="$1"
    [[ -d "$dir" ]] || return 0
    if [[ -f "$dir/data/postmaster.pid" && -n "$bindir" ]]; then
        as_server_user "$bindir/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
    fi
    rm -rf -- "$dir"
}

case "$action" in
start)
    [[ -n "$bindir" ]] || die "PostgreSQL is not installed (no initdb/pg_ctl); install the Debian package postgresql."
    if [[ "$(id -u)" -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
        die "running as root but there is no postgres user to run the server as; install the Debian package postgresql."
    fi
    mkdir -p "$state"
    # A server left over from an interrupted run of this build folder.
    if [[ -f "$state/server.dir" ]]; then stop_server "$(cat "$state/server.dir")"; fi
    rm -f "$state/server.url" "$state/server.dir"

    # In memory when there is room (/dev/shm): every test makes a database, and on a busy disk
    # writing and removing them costs more than the tests themselves.
    base="${CASEBENCH_PG_TMPDIR:-}"
    if [[ -z "$base" ]]; then
        base="${TMPDIR:-/tmp}"
        if [[ -d /dev/shm && -w /dev/shm ]] \
            && [[ "$(df -Pk /dev/shm | awk 'NR==2 {print $4}')" -gt 1048576 ]]; then
            base=/dev/shm
        fi
    fi
    dir="$(mktemp -d "$base/casebench-pg.XXXXXXXX")"
    printf '%s\n' "$dir" > "$state/server.dir"
    chmod 700 "$dir"
    if [[ "$(id -u)" -eq 0 ]]; then chown postgres: "$dir"; fi
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')" \
        || die "no free local port could be found."

    as_server_user "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 \
        --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; die "initdb failed in $dir."; }
    # Members of the group casebench_password_users must give a password (scram-sha-256), on
    # the socket and over TCP: the tests of password handling make such roles. Every other role
    # is trusted, as before. The first matching line of pg_hba.conf wins, so these go first.
    hba="$dir/data/pg_hba.conf"
    { printf '%s\n' \
        'local all +casebench_password_users scram-sha-256' \
        'host all +casebench_password_users 127.0.0.1/32 scram-sha-256' \
        'host all +casebench_password_users ::1/128 scram-sha-256'
      cat "$hba"; } > "$dir/pg_hba.conf.new" \
        && cat "$dir/pg_hba.conf.new" > "$hba" && rm -f "$dir/pg_hba.conf.new" \
        || die "the password rules could not be added to $hba."
    as_server_user "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c fsync=off -c max_connections=200" \
        start >/dev/null \
        || { cat "$dir/server.log" >&2 || true; die "the server did not start (port $port, folder $dir)."; }
    psql="$bindir/psql"
    [[ -x "$psql" ]] || psql="$(command -v psql)"
    as_server_user "$psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d postgres \
        -c "CREATE ROLE casebench LOGIN CREATEDB CREATEROLE" \
        -c "CREATE DATABASE casebench OWNER casebench" \
        -c "CREATE ROLE casebench_password_users NOLOGIN" \
        || die "the role and database casebench could not be created."
    printf 'postgresql://casebench@127.0.0.1:%s/casebench\n' "$port" > "$state/server.url.tmp"
    mv "$state/server.url.tmp" "$state/server.url"
    echo "PostgreSQL test server on 127.0.0.1:$port (socket folder $dir)"
    ;;
stop)
    if [[ -f "$state/server.dir" ]]; then stop_server "$(cat "$state/server.dir")"; fi
    rm -f "$state/server.url" "$state/server.dir"
    ;;
*)
    die "unknown action $action (start or stop)"
    ;;
esac
