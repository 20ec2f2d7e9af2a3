"""A downstream app reading newsflow's enriched topic with plain aiokafka.

    uv run python examples/consume_enriched.py                  # until Ctrl-C
    EXAMPLE_LIMIT=3 uv run python examples/consume_enriched.py  # stop after 3 articles

Run it with `uv run` from the repository (or in any environment with aiokafka installed):
plain `python` outside the project's environment fails with No module named 'aiokafka'.
KAFKA_BOOTSTRAP_SERVERS (default 127.0.0.1:19092), ENRICHED_TOPIC, EXAMPLE_GROUP and
EXAMPLE_LIMIT come from the environment.

It needs nothing of newsflow: events are JSON (schemas/json/enriched_article/), keyed by
article_id, with CloudEvents headers. Unknown fields are ignored, so later additive
versions of the event keep working here. A cluster with TLS or a login takes the same
KAFKA_SECURITY_PROTOCOL, KAFKA_SASL_* and KAFKA_SSL_* variables as newsflow."""

import asyncio
import json
import os

from aiokafka import AIOKafkaConsumer
from aiokafka.helpers import create_ssl_context

TOPIC = os.environ.get("ENRICHED_TOPIC", "newsflow.articles.enriched.v1")
GROUP = os.environ.get("EXAMPLE_GROUP", "example-downstream-app")
LIMIT = int(os.environ.get("EXAMPLE_LIMIT", "0"))  # stop after this many; 0 runs forever


def login() -> dict[str, object]:
    """TLS and SASL options for aiokafka, from the KAFKA_* variables (docs/kafka-security.md)."""
    env = os.environ.get
    protocol = (env("KAFKA_SECURITY_PROTOCOL") or "PLAINTEXT").upper()
    options: dict[str, object] = {"security_protocol": protocol}
    if protocol in ("SSL", "SASL_SSL"):
        files = {
            name: env(f"KAFKA_SSL_{name.upper()}") or None
            for name in ("cafile", "certfile", "keyfile")
        }
        context = create_ssl_context(**files)
        context.check_hostname = env("KAFKA_SSL_CHECK_HOSTNAME", "true").lower() != "false"
        options["ssl_context"] = context
    if protocol.startswith("SASL_"):
        options["sasl_mechanism"] = (env("KAFKA_SASL_MECHANISM") or "PLAIN").upper()
        options["sasl_plain_username"] = env("KAFKA_SASL_USERNAME")
        options["sasl_plain_password"] = env("KAFKA_SASL_PASSWORD")
    return options


async def main() -> None:
    consumer = AIOKafkaConsumer(
        TOPIC,
        bootstrap_servers=os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092"),
        group_id=GROUP,
        auto_offset_reset="earliest",
        **login(),
    )
    await consumer.start()
    seen = 0
    try:
        async for message in consumer:
            headers = {key: value.decode() for key, value in message.headers}
            event = json.loads(message.value)
            people = sorted(
                {e["name"] for e in event.get("canonical_entities", []) if e["type"] == "PERSON"}
            )
            print(
                f"{headers.get('ce_type')} v{event['schema_version']} {event['article']['title']!r}"
                f" sentiment={event['sentiment']['label']} people={people}",
                flush=True,
            )
            seen += 1
            if seen == LIMIT:
                break
    finally:
        await consumer.stop()


if __name__ == "__main__":
    asyncio.run(main())
