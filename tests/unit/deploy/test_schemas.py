"""The deployment files against the schemas of what reads them, offline: Kubernetes' own
(the kubernetes-validate wheel ships them), KEDA's ScaledObject CRD and the Compose
Specification (both vendored in deploy/schemas/, see its README). Each validator is also
shown a broken file, so a pass means something."""

from __future__ import annotations

import copy
import json
from typing import Any

import jsonschema
import kubernetes_validate
import pytest
import yaml

from tests.deploy_files import K8S, OVERLAYS, ROOT, compose, rendered, resource

SCHEMAS = ROOT / "deploy" / "schemas"
# The oldest Kubernetes newsflow's manifests are meant for, and the newest the wheel knows.
KUBERNETES_VERSIONS = ("1.30.0", kubernetes_validate.latest_version())
CUSTOM_KINDS = {("keda.sh/v1alpha1", "ScaledObject")}


def closed(schema: dict[str, Any]) -> dict[str, Any]:
    """The CRD's schema, refusing unknown fields. The API server would silently drop them
    (it prunes what a structural schema does not name), which hides a misspelt field."""
    schema = dict(schema)
    if "properties" in schema and not schema.get("x-kubernetes-preserve-unknown-fields"):
        schema.setdefault("additionalProperties", False)
        schema["properties"] = {name: closed(sub) for name, sub in schema["properties"].items()}
    if isinstance(schema.get("items"), dict):
        schema["items"] = closed(schema["items"])
    return schema


def scaled_object_schema() -> dict[str, Any]:
    crd = yaml.safe_load((SCHEMAS / "keda.sh_scaledobjects.yaml").read_text())
    [version] = [v for v in crd["spec"]["versions"] if v["name"] == "v1alpha1"]
    schema: dict[str, Any] = version["schema"]["openAPIV3Schema"]
    # apiVersion, kind and metadata are the API server's to check, as for every object.
    properties = {k: v for k, v in schema["properties"].items() if k not in ("metadata",)}
    return closed({**schema, "properties": {**properties, "metadata": {"type": "object"}}})


def validate_kubernetes(doc: dict[str, Any], version: str) -> None:
    if (doc["apiVersion"], doc["kind"]) in CUSTOM_KINDS:
        jsonschema.validate(doc, scaled_object_schema())
    else:
        kubernetes_validate.validate(doc, version, strict=True)


def compose_validator() -> jsonschema.Draft7Validator:
    schema = json.loads((SCHEMAS / "compose-spec.json").read_text())
    return jsonschema.Draft7Validator(schema)


@pytest.mark.parametrize("version", KUBERNETES_VERSIONS)
@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_rendered_resource_passes_its_schema(overlay: str, version: str) -> None:
    docs = rendered(overlay)
    assert {d["kind"] for d in docs} >= {"Deployment", "ScaledObject", "NetworkPolicy"}
    for doc in docs:
        validate_kubernetes(doc, version)


def test_the_secret_templates_pass_kubernetes_schema() -> None:
    path = K8S / "secrets" / "secrets.example.yaml"
    docs = [d for d in yaml.safe_load_all(path.read_text()) if d]
    assert {d["metadata"]["name"] for d in docs} == {
        "newsflow-ingest",
        "newsflow-db",
        "newsflow-api-db",
    }
    for doc in docs:
        kubernetes_validate.validate(doc, KUBERNETES_VERSIONS[-1], strict=True)


def test_a_misspelt_field_fails_kubernetes_validation() -> None:
    deployment = copy.deepcopy(resource(rendered("prod"), "Deployment", "newsflow-enrich"))
    deployment["spec"]["template"]["spec"]["containers"][0]["resource"] = {}
    with pytest.raises(kubernetes_validate.ValidationError):
        validate_kubernetes(deployment, KUBERNETES_VERSIONS[-1])


def test_a_misspelt_or_mistyped_field_fails_the_keda_schema() -> None:
    scaler = resource(rendered("prod"), "ScaledObject", "newsflow-enrich")
    misspelt = copy.deepcopy(scaler)
    misspelt["spec"]["maxReplicaCont"] = 3
    mistyped = copy.deepcopy(scaler)
    mistyped["spec"]["maxReplicaCount"] = "3"
    for broken in (misspelt, mistyped):
        with pytest.raises(jsonschema.ValidationError):
            validate_kubernetes(broken, KUBERNETES_VERSIONS[-1])


def test_the_compose_file_follows_the_compose_specification() -> None:
    errors = [error.message for error in compose_validator().iter_errors(compose())]
    assert errors == []


def test_a_misspelt_compose_key_fails_the_compose_specification() -> None:
    broken = compose()
    broken["services"]["ingest"]["healthchek"] = broken["services"]["ingest"].get("healthcheck")
    assert not compose_validator().is_valid(broken)
