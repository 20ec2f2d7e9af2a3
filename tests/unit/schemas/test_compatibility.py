"""The committed JSON Schemas are the public contract of every topic.

A change to an event model must (1) be committed as its JSON Schema, and (2) stay readable
by consumers of every earlier version: events written now must validate against the
schemas those consumers were built on."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from pydantic import BaseModel

from newsflow_schemas.registry import EVENT_MODELS, current_version, json_schema, schema_path
from tests import factories

SCHEMAS = Path(__file__).parents[3] / "schemas" / "json"
SAMPLES: dict[str, BaseModel] = {
    "raw_article": factories.raw_article(),
    "enriched_article": factories.enriched_article(),
    "dead_letter": factories.dead_letter(),
}


def committed(name: str, version: int) -> dict[str, object]:
    return json.loads(schema_path(SCHEMAS, name, version).read_text())  # type: ignore[no-any-return]


@pytest.mark.parametrize("name", sorted(EVENT_MODELS))
def test_current_schema_is_committed(name: str) -> None:
    model = EVENT_MODELS[name]
    assert committed(name, current_version(model)) == json_schema(model), (
        "the model changed: run `make schemas` and commit the new schema (bump the version "
        "when a change is not backward compatible)"
    )


@pytest.mark.parametrize("name", sorted(EVENT_MODELS))
def test_every_earlier_version_is_kept(name: str) -> None:
    for version in range(1, current_version(EVENT_MODELS[name]) + 1):
        assert schema_path(SCHEMAS, name, version).exists(), f"{name} v{version} was deleted"


@pytest.mark.parametrize("name", sorted(EVENT_MODELS))
def test_new_events_are_readable_by_consumers_of_every_version(name: str) -> None:
    event = json.loads(SAMPLES[name].model_dump_json())
    assert event["schema_version"] == current_version(EVENT_MODELS[name])
    for version in range(1, current_version(EVENT_MODELS[name]) + 1):
        jsonschema.validate(event, committed(name, version))


@pytest.mark.parametrize("name", sorted(EVENT_MODELS))
def test_schemas_leave_room_for_additive_changes(name: str) -> None:
    """additionalProperties: false would make every new field break old consumers."""
    text = json.dumps(json_schema(EVENT_MODELS[name]))
    assert '"additionalProperties": false' not in text


@pytest.mark.parametrize("name", sorted(EVENT_MODELS))
def test_events_of_every_earlier_version_are_still_read(name: str) -> None:
    """Replaying a topic from the start hands today's code yesterday's events."""
    model = EVENT_MODELS[name]
    for version in range(1, current_version(model) + 1):
        schema = committed(name, version)
        old_event = {
            k: v
            for k, v in json.loads(SAMPLES[name].model_dump_json()).items()
            if k in schema["properties"]
        }  # type: ignore[operator]
        old_event["schema_version"] = version
        assert model.model_validate(old_event).schema_version == version  # type: ignore[attr-defined]


def test_an_event_round_trips_through_json_unchanged() -> None:
    event = factories.enriched_article()
    assert type(event).model_validate_json(event.model_dump_json()) == event
