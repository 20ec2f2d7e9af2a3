#!/usr/bin/env bash
# Publishes one article to newsflow's raw topic with kcat: no Python, no newsflow code.
# It follows the raw topic's contract (README, "Producing to the raw topic directly"):
#   value   a RawArticle as one line of JSON (schemas/json/raw_article/v1.json)
#   key     its article_id: the first 32 hex digits of sha256("url" NUL canonical URL)
#   headers CloudEvents binary mode (ce_*) and content-type: application/json
#
#   examples/produce_with_kcat.sh URL TITLE BODY
#   KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:19092 RAW_TOPIC=newsflow.articles.raw.v1 (the defaults)
#   and, for a cluster with TLS or a login, the same KAFKA_SECURITY_PROTOCOL, KAFKA_SASL_*
#   and KAFKA_SSL_* variables as newsflow (docs/kafka-security.md)
#
# URL must already be canonical (lower-case scheme and host, no fragment, no tracking
# parameters, no trailing slash), or the key will not match the id newsflow derives.
set -euo pipefail

url=${1:?usage: $0 URL TITLE BODY}
title=${2:?usage: $0 URL TITLE BODY}
body=${3:?usage: $0 URL TITLE BODY}
bootstrap=${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:19092}
topic=${RAW_TOPIC:-newsflow.articles.raw.v1}

# The login goes to kcat in a file only we can read, never on its command line.
config=$(mktemp)
trap 'rm -f "$config"' EXIT
{
  echo "security.protocol=${KAFKA_SECURITY_PROTOCOL:-PLAINTEXT}"
  [[ -n ${KAFKA_SASL_MECHANISM:-} ]] && echo "sasl.mechanisms=$KAFKA_SASL_MECHANISM"
  [[ -n ${KAFKA_SASL_USERNAME:-} ]] && echo "sasl.username=$KAFKA_SASL_USERNAME"
  [[ -n ${KAFKA_SASL_PASSWORD:-} ]] && echo "sasl.password=$KAFKA_SASL_PASSWORD"
  [[ -n ${KAFKA_SSL_CAFILE:-} ]] && echo "ssl.ca.location=$KAFKA_SSL_CAFILE"
  [[ -n ${KAFKA_SSL_CERTFILE:-} ]] && echo "ssl.certificate.location=$KAFKA_SSL_CERTFILE"
  [[ -n ${KAFKA_SSL_KEYFILE:-} ]] && echo "ssl.key.location=$KAFKA_SSL_KEYFILE"
  [[ ${KAFKA_SSL_CHECK_HOSTNAME:-true} == false ]] && echo "ssl.endpoint.identification.algorithm=none"
  true
} >"$config"

json_string() {  # a JSON string literal: escapes backslashes, quotes, tabs and newlines
  local s=${1//\\/\\\\}
  s=${s//\"/\\\"}
  s=${s//$'\t'/\\t}
  s=${s//$'\r'/}
  s=${s//$'\n'/\\n}
  printf '"%s"' "$s"
}

article_id=$(printf 'url\0%s' "$url" | sha256sum | cut -c1-32)
now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
event_id=$(cat /proc/sys/kernel/random/uuid)
value=$(printf '{"schema_version":1,"article_id":"%s","title":%s,"body":%s,"url":%s,"source":"kcat","language":"en","ingested_at":"%s"}' \
  "$article_id" "$(json_string "$title")" "$(json_string "$body")" "$(json_string "$url")" "$now")

printf '%s\n' "$value" | kcat -F "$config" -P -b "$bootstrap" -t "$topic" -k "$article_id" \
  -X acks=all -X enable.idempotence=true \
  -H ce_specversion=1.0 -H "ce_id=$event_id" -H ce_source=examples/kcat \
  -H ce_type=dev.newsflow.article.ingested.v1 -H "ce_time=$now" \
  -H content-type=application/json
echo "$article_id"
