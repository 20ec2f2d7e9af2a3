#!/usr/bin/env bash
# Posts article files to ingest's HTTP API with curl and a bearer token: no Python needed.
#
#   examples/post_with_curl.sh FILE...   (seed-format text, or .json: one article or a list)
#
# INGEST_URL (default http://127.0.0.1:9101) and INGEST_TOKEN come from the environment;
# for the local stack, `newsflow stack env` prints both:
#   eval "$(uv run newsflow stack env | sed 's/^/export /')"
# Prints each answer, {"article_ids": [...], "duplicates": [...]}; stops at the first refusal
# (401 without a token, 403 with a wrong one) with its reason and curl's exit code 22.
set -euo pipefail

[[ $# -gt 0 ]] || { echo "usage: $0 FILE..." >&2; exit 2; }
ingest=${INGEST_URL:-http://127.0.0.1:9101}
token=${INGEST_TOKEN:?set INGEST_TOKEN (newsflow stack env prints it)}

for file in "$@"; do
  case $file in
    *.json) type=application/json ;;
    *) type=text/plain ;;
  esac
  # The header is read from stdin, not given as an argument, where ps would show the token.
  curl --silent --show-error --fail-with-body \
    --header @- --header "Content-Type: $type" --data-binary "@$file" \
    "$ingest/articles" <<<"Authorization: Bearer $token"
  echo
done
