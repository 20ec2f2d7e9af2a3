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
