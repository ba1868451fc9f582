# Sourced by Scripts/test-receiver.sh: a throwaway PostgreSQL server on loopback,
# from the system's binaries (Debian's postgresql package: /usr/lib/postgresql/*/bin),
# in a temporary data directory, on a free port, with trust authentication.
# Run as the postgres user when we are root (initdb refuses root).
#
#   pg_setup         initdb; sets PG_BIN, PG_DIR, PG_PORT, DATABASE_URL
#   pg_start         starts (or restarts) it on PG_PORT and waits until it answers
#   pg_stop          stops it (fast shutdown); pg_kill stops it at once (immediate)
#   pg_cleanup       stops it if running and removes the data directory
#   psql_query SQL   runs SQL, unaligned, tuples only

PG_BIN=
PG_DIR=
PG_PORT=
PG_AS=()

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

pg_setup() {
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    [[ -n $PG_BIN && -x $PG_BIN/initdb ]] || { echo "no PostgreSQL server binaries under /usr/lib/postgresql" >&2; return 1; }
    PG_DIR=$(mktemp -d /tmp/ci-callback-pg.XXXXXX)
    if [[ $(id -u) -eq 0 ]]; then
        # initdb and postgres refuse to run as root: the postgres user (Debian's
        # package makes it; made here if it is missing) owns the data directory.
        id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
        chown postgres "$PG_DIR"
        PG_AS=(runuser -u postgres --)
    fi
    PG_PORT=$(free_port)
    (cd / && "${PG_AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --no-sync >"$PG_DIR/initdb.log" 2>&1) ||
        { cat "$PG_DIR/initdb.log" >&2; return 1; }
    cat >>"$PG_DIR/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_DIR'
max_connections = 100
CONF
    DATABASE_URL=postgres://postgres@127.0.0.1:$PG_PORT/postgres
}

pg_start() {
    (cd / && "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 30 start >/dev/null) ||
        { tail -20 "$PG_DIR/server.log" >&2; return 1; }
}

pg_stop() {
    (cd / && "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w -t 30 stop >/dev/null 2>&1) || true
}

pg_running() {
    [[ -n $PG_DIR && -f $PG_DIR/data/postmaster.pid ]]
}

pg_cleanup() {
    [[ -n $PG_DIR ]] || return 0
    if pg_running; then
        (cd / && "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w -t 30 stop >/dev/null 2>&1) || true
    fi
    rm -rf "$PG_DIR"
    PG_DIR=
}

psql_query() {
    "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -At -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "$1"
}
