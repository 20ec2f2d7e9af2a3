"""The deployment files agree with the code and with each other: every setting a service
reads (its pydantic-settings class, introspected) is set by compose and by Kubernetes, or
left to a default that docs/deploy.md calls fine; ports and metrics paths match the
services' defaults and both Prometheus configurations; the dashboard's datasource is the
provisioned one."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
import yaml
from pydantic_settings import BaseSettings

from newsflow_enrich.settings import EnrichSettings
from newsflow_ingest.settings import IngestSettings
from newsflow_store.settings import ApiSettings, StoreSettings
from tests.deploy_files import (
    K8S,
    OVERLAYS,
    ROOT,
    SERVICES,
    compose,
    container,
    dashboard,
    image,
    rendered,
    resource,
)

SETTINGS: dict[str, type[BaseSettings]] = {
    "ingest": IngestSettings,
    "enrich": EnrichSettings,
    "store": StoreSettings,
    "api": ApiSettings,
}
# Each service's metrics (and probe) port, as its settings name it.
METRICS_PORTS = {
    "ingest": ("ingest_metrics_port", 9105),
    "enrich": ("enrich_metrics_port", 9102),
    "store": ("store_metrics_port", 9103),
    "api": ("api_port", 9104),
}
PROMETHEUS = ROOT / "deploy" / "prometheus"
DEFAULTS_SECTION = "## Settings left to their defaults"


def env_names(settings: type[BaseSettings], prefix: str = "") -> Iterator[str]:
    """The environment variables a settings class reads, nested settings included."""
    prefix = prefix or str(settings.model_config.get("env_prefix", ""))
    for name, field in settings.model_fields.items():
        nested = field.annotation
        if isinstance(nested, type) and issubclass(nested, BaseSettings):
            yield from env_names(nested)
        else:
            yield f"{prefix}{name}".upper()


def documented_defaults() -> set[str]:
    """The settings docs/deploy.md's table says are fine at their defaults."""
    doc = (ROOT / "docs" / "deploy.md").read_text()
    assert DEFAULTS_SECTION in doc
    section = doc.split(DEFAULTS_SECTION, 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    return {name for row in rows for name in re.findall(r"`([A-Z][A-Z0-9_]+)`", row.split("|")[1])}


def compose_env(service: str) -> set[str]:
    return set(compose()["services"][service].get("environment", {}))


def secret_keys() -> dict[str, set[str]]:
    path = K8S / "secrets" / "secrets.example.yaml"
    docs = [d for d in yaml.safe_load_all(path.read_text()) if d]
    return {d["metadata"]["name"]: set(d["stringData"]) for d in docs}


def k8s_env(overlay: str, service: str) -> set[str]:
    docs = rendered(overlay)
    spec = container(docs, f"newsflow-{service}")
    names = {each["name"] for each in spec.get("env", [])}
    for source in spec.get("envFrom", []):
        if "configMapRef" in source:
            names |= set(resource(docs, "ConfigMap", source["configMapRef"]["name"])["data"])
        if "secretRef" in source:
            names |= secret_keys()[source["secretRef"]["name"]]
    return names


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_every_setting_a_service_reads_is_set_or_documented_as_fine(service: str) -> None:
    read = set(env_names(SETTINGS[service]))
    in_image = set(image(service).env)
    fine = documented_defaults()
    places = {"compose": compose_env(service) | in_image}
    places |= {f"k8s {o}": k8s_env(o, service) | in_image for o in OVERLAYS}
    for place, names in places.items():
        assert read - names - fine == set(), f"{service}, {place}: neither set nor documented"


def test_the_documented_defaults_are_settings_a_service_reads() -> None:
    """A stale row (a setting renamed or gone) fails here rather than hiding a new one."""
    read = {name for settings in SETTINGS.values() for name in env_names(settings)}
    assert documented_defaults() - read == set()


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_the_image_compose_and_kubernetes_use_the_services_ports(service: str) -> None:
    field, port = METRICS_PORTS[service]
    assert SETTINGS[service].model_fields[field].default == port
    built = image(service)
    assert port in built.expose
    assert f"'{field.upper()}', '{port}'" in " ".join(built.healthcheck)
    assert "/readyz" in " ".join(built.healthcheck)
    for overlay in OVERLAYS:
        pod = resource(rendered(overlay), "Deployment", f"newsflow-{service}")["spec"]["template"]
        annotations = pod["metadata"]["annotations"]
        assert annotations["prometheus.io/port"] == str(port)
        assert annotations["prometheus.io/path"] == "/metrics"
        ports = {p["name"]: p["containerPort"] for p in pod["spec"]["containers"][0]["ports"]}
        probes = pod["spec"]["containers"][0]
        probe_port = ports[probes["readinessProbe"]["httpGet"]["port"]]
        assert probe_port == port
        assert probes["readinessProbe"]["httpGet"]["path"] == "/readyz"
        assert probes["livenessProbe"]["httpGet"]["path"] == "/healthz"


def scrape_jobs(path: str) -> dict[str, dict[str, Any]]:
    config = yaml.safe_load((PROMETHEUS / path).read_text())
    return {job["job_name"]: job for job in config["scrape_configs"]}


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_both_prometheus_configs_scrape_each_service_where_it_serves_metrics(service: str) -> None:
    _, port = METRICS_PORTS[service]
    local = scrape_jobs("prometheus.yml")[f"newsflow-{service}"]
    assert local.get("metrics_path", "/metrics") == "/metrics"
    assert local["static_configs"][0]["targets"] == [f"127.0.0.1:{port}"]
    in_compose = scrape_jobs("prometheus.compose.yml")[f"newsflow-{service}"]
    assert in_compose.get("metrics_path", "/metrics") == "/metrics"
    assert in_compose["dns_sd_configs"][0] == {**in_compose["dns_sd_configs"][0], "port": port}
    assert in_compose["dns_sd_configs"][0]["names"] == [service]
    assert service in compose()["services"]


def test_prometheus_in_compose_scrapes_the_exporters_on_their_ports() -> None:
    jobs = scrape_jobs("prometheus.compose.yml")
    services = compose()["services"]
    for job, port in (("postgres-exporter", 9187), ("kafka-exporter", 9308)):
        assert jobs[job]["static_configs"][0]["targets"] == [f"{job}:{port}"]
        assert f":{port}/" in " ".join(services[job]["healthcheck"]["test"])


def test_the_dashboard_reads_the_provisioned_datasource() -> None:
    provisioning = ROOT / "deploy" / "grafana" / "provisioning" / "datasources" / "newsflow.yml"
    [datasource] = yaml.safe_load(provisioning.read_text())["datasources"]
    used = list(datasources(dashboard()))
    assert used
    for each in used:
        assert each in (
            {"type": "grafana", "uid": "-- Grafana --"},
            {
                "type": datasource["type"],
                "uid": datasource["uid"],
            },
        )
    assert datasource["url"] == "http://prometheus:9090"
    assert "prometheus" in compose()["services"]


def datasources(node: Any) -> Iterator[Any]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "datasource":
                yield value
            else:
                yield from datasources(value)
    elif isinstance(node, list):
        for item in node:
            yield from datasources(item)
