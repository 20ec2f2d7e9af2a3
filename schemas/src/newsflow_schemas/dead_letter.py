"""DeadLetter: a message a stage could not process, with the reason, so nothing is lost silently."""

from __future__ import annotations

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field


class DeadLetter(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore", title="DeadLetter")

    schema_version: int = Field(default=2, ge=1, description="Additive revision on this topic.")
    stage: str = Field(description="The stage that gave up: ingest, enrich or store.")
    reason: str = Field(description="A short, stable code such as invalid_raw_article.")
    error: str = Field(description="The error, for a person to read.")
    source_topic: str | None = None
    source_partition: int | None = None
    source_offset: int | None = None
    key: str | None = None
    payload: str = Field(description="The original message value, decoded as UTF-8 with escapes.")
    failed_at: AwareDatetime
    # v2: enough to act on a dead letter, and a payload that always fits the topic.
    error_class: str | None = Field(default=None, description="The exception's class, if any.")
    payload_bytes: int | None = Field(
        default=None, ge=0, description="The original value's length in bytes."
    )
    payload_sha256: str | None = Field(
        default=None, description="Hex sha256 of the original value, whole even when truncated."
    )
    payload_truncated: bool = Field(
        default=False, description="payload holds only the start of the value: not replayable."
    )
    headers: tuple[tuple[str, str], ...] = Field(
        default=(), description="The original message's headers, for a replay to restore."
    )
