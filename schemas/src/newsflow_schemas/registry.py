"""Every versioned event model, and its JSON Schema as committed under schemas/json/."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from newsflow_schemas.dead_letter import DeadLetter
from newsflow_schemas.enriched_article import EnrichedArticle
from newsflow_schemas.raw_article import RawArticle

EVENT_MODELS: dict[str, type[BaseModel]] = {
    "raw_article": RawArticle,
    "enriched_article": EnrichedArticle,
    "dead_letter": DeadLetter,
}


def current_version(model: type[BaseModel]) -> int:
    default = model.model_fields["schema_version"].default
    assert isinstance(default, int)
    return default


def json_schema(model: type[BaseModel]) -> dict[str, Any]:
    return model.model_json_schema(mode="serialization")


def schema_path(root: Path, name: str, version: int) -> Path:
    return root / name / f"v{version}.json"


def write_schemas(root: Path) -> list[Path]:
    """Writes the current version of every event's schema; older versions stay as committed."""
    written = []
    for name, model in EVENT_MODELS.items():
        path = schema_path(root, name, current_version(model))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(json_schema(model), indent=2, sort_keys=True) + "\n")
        written.append(path)
    return written


if __name__ == "__main__":
    import sys

    for written_path in write_schemas(Path(sys.argv[1] if len(sys.argv) > 1 else "schemas/json")):
        print(written_path)
