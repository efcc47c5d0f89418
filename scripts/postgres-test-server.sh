#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests: Debian's `postgresql` package (installed when missing), a fresh
# cluster in a temp folder, listening on 127.0.0.1 only, on a free port, with fsync off (nothing in it is kept).
#
#   scripts/postgres-test-server.sh start [--watch-pid PID]
#       Prints the Npgsql connection string (superuser `heelbot`, database `postgres`) on stdout, nothing else;
#       progress goes to stderr. With --watch-pid the server is stopped and removed as soon as PID exits, so a
#       killed test run leaves no postgres behind.
#   scripts/postgres-test-server.sh stop PORT
#       Stops the server started on PORT and removes its folder. Safe to repeat.
set -euo pipefail

# $TMPDIR when the server's account can reach it (root's private one it cannot), else /tmp.
state_root="${TMPDIR:-/tmp}"
if [ "$(id -u)" -eq 0 ] && id postgres >/dev/null 2>&1 && ! runuser -u postgres -- test -w "$state_root" -a -x "$state_root"; then
  state_root=/tmp
fi
readonly state_root
readonly user_name=heelbot

say() { echo "postgres-test-server: $*" >&2; }
fail() { say "$*"; exit 1; }

server_dir() { echo "$state_root/heelbot-postgres.$1"; }

# Root may not run postgres; the package's `postgres` account does. Anyone else runs it as themselves.
as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

find_bin_dir() {
  local initdb
  initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$initdb" ] && dirname "$initdb"
}

install_postgres() {
  if find_bin_dir >/dev/null; then
    return
  fi
  [ "$(id -u)" -eq 0 ] || fail "PostgreSQL is not installed and only root can install it: apt-get install -y postgresql"
  say "installing Debian's postgresql package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 || fail "apt-get update failed"
  apt-get install -y -qq postgresql >&2 || fail "apt-get install postgresql failed"
  find_bin_dir >/dev/null || fail "postgresql was installed but no /usr/lib/postgresql/*/bin/initdb was found"

  # Where services may start, the package also creates and starts a system cluster on port 5432. The tests do
  # not use it, and nothing may be left running after them: stop it.
  if command -v pg_lsclusters >/dev/null; then
    pg_lsclusters --no-header 2>/dev/null | awk '$4 == "online" { print $1, $2 }' | while read -r version cluster; do
      pg_ctlcluster "$version" "$cluster" stop >&2 || true
    done
  fi
}

stop_server() {
  local port=$1 dir bin
  dir=$(server_dir "$port")
  [ -d "$dir" ] || return 0
  bin=$(find_bin_dir || true)
  if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
    as_server_user "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 \
      || as_server_user "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

random_port() { echo $((20000 + (RANDOM * 32768 + RANDOM) % 40000)); }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_server() {
  local watch_pid=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --watch-pid) watch_pid=${2:?--watch-pid needs a process id}; shift 2 ;;
      *) fail "unknown option '$1'" ;;
    esac
  done

  install_postgres
  local bin
  bin=$(find_bin_dir)
  id postgres >/dev/null 2>&1 || [ "$(id -u)" -ne 0 ] || fail "the postgres account is missing (it comes with the postgresql package)"

  local password
  password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')

  # A port can be taken between the check and the bind: try another one a few times.
  local attempt port dir
  for attempt in 1 2 3 4 5 6 7 8; do
    port=$(random_port)
    port_in_use "$port" && continue
    dir=$(server_dir "$port")
    mkdir "$dir" 2>/dev/null || continue
    chmod 700 "$dir"
    printf '%s\n' "$password" >"$dir/password"
    [ "$(id -u)" -ne 0 ] || chown -R postgres: "$dir"

    if ! as_server_user "$bin/initdb" -D "$dir/data" -U "$user_name" --pwfile="$dir/password" -E UTF8 --no-locale \
      --auth-local=trust --auth-host=scram-sha-256 --no-sync >"$dir/initdb.log" 2>&1; then
      cat "$dir/initdb.log" >&2
      rm -rf "$dir"
      fail "initdb failed"
    fi
    rm -f "$dir/password"

    # Durability settings are off: the cluster is deleted afterwards anyway, and tests run faster.
    if as_server_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o "\
-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir \
-c fsync=off -c synchronous_commit=off -c full_page_writes=off \
-c max_connections=300 -c shared_buffers=64MB" >/dev/null 2>&1; then
      break
    fi
    if grep -q "could not bind\|Address already in use" "$dir/server.log" 2>/dev/null; then
      rm -rf "$dir"
      dir=""
      continue
    fi
    cat "$dir/server.log" >&2 2>/dev/null || true
    rm -rf "$dir"
    fail "pg_ctl start failed"
  done
  [ -n "${dir:-}" ] && [ -f "$dir/data/postmaster.pid" ] || fail "no free port found"

  if [ -n "$watch_pid" ]; then
    # In its own session and with no inherited output, so it outlives the caller (that is its job) and a
    # caller reading our stdout to the end is not kept waiting for it.
    setsid bash -c '
      while [ -d "$1" ] && kill -0 "$2" 2>/dev/null; do sleep 1; done
      exec "$3" stop "$4"' watchdog "$dir" "$watch_pid" "$(readlink -f "$0")" "$port" </dev/null >/dev/null 2>&1 &
  fi

  say "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $dir)"
  echo "Host=127.0.0.1;Port=$port;Username=$user_name;Password=$password;Database=postgres"
}

case "${1:-}" in
  start) shift; start_server "$@" ;;
  stop) stop_server "${2:?stop needs the port}" ;;
  *) fail "usage: $0 start [--watch-pid PID] | stop PORT" ;;
esac
