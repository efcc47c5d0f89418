#!/usr/bin/env bash
# Runs every HeelBot test on a fresh Debian machine with the .NET 10 SDK.
# It installs what the tests need first, then builds once and runs each test project.
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET 10 SDK is required (dotnet was not found on PATH)." >&2
  exit 1
fi

# Debian packages the tests need, installed when missing; the package lists are fetched at most once.
apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then
    apt-get update -qq
    apt_updated=1
  fi
  apt-get install -y -qq "$@"
}

# Node.js and npm: the build fetches the Web Chat bundle from npm, and the Direct Line tests run the real
# botframework-directlinejs client in Node.
if ! command -v npm >/dev/null 2>&1; then
  echo "== install Node.js and npm (Debian packages)"
  apt_install nodejs npm
fi

# Chromium: the browser tests (tests/Browser.Tests) drive Debian's chromium headless with playwright-core, which
# never downloads a browser of its own. The tests install their npm packages themselves (npm ci in their node/).
if [ ! -x /usr/bin/chromium ]; then
  echo "== install Chromium (Debian package)"
  apt_install chromium
fi

echo "== restore and build (warnings are errors)"
dotnet build HeelBot.sln -c Release -nologo -v quiet

log=$(mktemp)
pg_port=""
cleanup() {
  rm -f "$log"
  if [ -n "$pg_port" ]; then
    scripts/postgres-test-server.sh stop "$pg_port" || true
  fi
}
trap cleanup EXIT

# One throwaway PostgreSQL (Debian's package, installed when missing, on 127.0.0.1) for every test project.
# A server already named in HEELBOT_TEST_POSTGRES is used as it is. If this fails, the PostgreSQL tests try
# the script themselves and fail with the reason: they never skip. --watch-pid stops the server even if this
# script is killed before its trap runs.
if [ -z "${HEELBOT_TEST_POSTGRES:-}" ]; then
  echo "== start PostgreSQL for the tests"
  pg_start=$SECONDS
  if HEELBOT_TEST_POSTGRES=$(scripts/postgres-test-server.sh start --watch-pid $$); then
    export HEELBOT_TEST_POSTGRES
    pg_port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$HEELBOT_TEST_POSTGRES")
    echo "PostgreSQL ready on port $pg_port after $((SECONDS - pg_start)) s"
  else
    unset HEELBOT_TEST_POSTGRES
    echo "test.sh: PostgreSQL could not be started (see above); the PostgreSQL tests will report why." >&2
  fi
fi

status=0
for project in tests/*/*.Tests.csproj; do
  echo "== test $project"
  if ! dotnet test "$project" -c Release --no-build -nologo 2>&1 | tee -a "$log"; then
    status=1
  fi
done

passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  status=1
fi
exit $status
