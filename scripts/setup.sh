#!/usr/bin/env bash
# Installs what newsflow needs on a fresh machine: uv, the locked Python environment,
# and (on first use, by the stack itself) Kafka's jars. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

UV_VERSION="0.13.8"
if ! command -v uv >/dev/null 2>&1; then
  echo "installing uv ${UV_VERSION}"
  python3 -m pip install --quiet "uv==${UV_VERSION}"
fi
uv sync --locked --quiet

# kcat: the non-Python producer in examples/ and in the raw-topic contract test.
if ! command -v kcat >/dev/null 2>&1; then
  echo "installing kcat"
  apt-get update -qq && apt-get install -y -qq kcat >/dev/null
fi

# Prometheus and promtool: the alert-rule tests and the dashboard's panel-query test.
# Tests start their own Prometheus on free ports; the package's service is not used.
if ! command -v promtool >/dev/null 2>&1 || ! command -v prometheus >/dev/null 2>&1; then
  echo "installing prometheus"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >/dev/null
fi
