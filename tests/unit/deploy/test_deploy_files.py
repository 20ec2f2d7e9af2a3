"""The deployment files agree with the code and with how newsflow scales."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy.engine import make_url

from newsflow_enrich.settings import EnrichSettings
from newsflow_ingest.settings import IngestSettings
from newsflow_runtime.kafka import MAX_MESSAGE_BYTES
from newsflow_schemas import DEAD_LETTER_TOPIC, ENRICHED_TOPIC, RAW_TOPIC
from newsflow_store.settings import ApiSettings, StoreSettings

ROOT = Path(__file__).parents[3]
K8S = ROOT / "deploy" / "k8s"


def documents(path: Path) -> list[dict[str, Any]]:
    return [doc for doc in yaml.safe_load_all(path.read_text()) if doc]


def kind(name: str, kind_: str) -> dict[str, Any]:
    found = [d for f in K8S.glob("*.yaml") for d in documents(f)
             if d["kind"] == kind_ and d["metadata"]["name"] == name]  # fmt: skip
    assert len(found) == 1, f"{kind_}/{name}"
    return found[0]


def raw_topic_partitions() -> int:
    script = kind("newsflow-topics", "Job")["spec"]["template"]["spec"]["containers"][0]["args"][0]
    return int(re.search(r"--partitions (\d+)", script)[1])  # type: ignore[index]


def test_enrich_never_scales_past_the_raw_topic_partitions() -> None:
    """A consumer beyond the partition count gets no partition and sits idle."""
    scaler = kind("newsflow-enrich", "ScaledObject")["spec"]
    assert 1 < scaler["maxReplicaCount"] <= raw_topic_partitions()
    assert kind("newsflow-enrich", "Deployment")["spec"]["replicas"] > 1
    trigger = scaler["triggers"][0]["metadata"]
    assert trigger["topic"] == RAW_TOPIC
    assert trigger["consumerGroup"] == EnrichSettings().enrich_consumer_group


def test_store_scales_on_the_lag_of_its_own_group() -> None:
    trigger = kind("newsflow-store", "ScaledObject")["spec"]["triggers"][0]["metadata"]
    assert (trigger["topic"], trigger["consumerGroup"]) == (
        ENRICHED_TOPIC,
        StoreSettings().store_consumer_group,
    )


def test_config_names_the_topics_the_code_uses() -> None:
    data = kind("newsflow", "ConfigMap")["data"]
    assert (data["RAW_TOPIC"], data["ENRICHED_TOPIC"], data["DEAD_LETTER_TOPIC"]) == (
        RAW_TOPIC,
        ENRICHED_TOPIC,
        DEAD_LETTER_TOPIC,
    )


def test_container_ports_match_the_services_defaults() -> None:
    ports = {
        "newsflow-ingest": IngestSettings().ingest_http_port,
        "newsflow-enrich": EnrichSettings().enrich_metrics_port,
        "newsflow-store": StoreSettings().store_metrics_port,
        "newsflow-api": ApiSettings().api_port,
    }
    for name, port in ports.items():
        container = kind(name, "Deployment")["spec"]["template"]["spec"]["containers"][0]
        assert container["ports"][0]["containerPort"] == port, name


def test_compose_runs_every_service_from_its_dockerfile() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]
    for name in ("ingest", "enrich", "store"):
        dockerfile = compose[name]["build"]["dockerfile"]
        assert (ROOT / dockerfile).exists()
        assert f"newsflow_{name}" in (ROOT / dockerfile).read_text()
    assert compose["enrich"]["deploy"]["replicas"] > 1
    assert compose["kafka"]["environment"]["KAFKA_AUTO_CREATE_TOPICS_ENABLE"] == "false"


def test_every_topic_created_by_a_deployment_takes_the_producers_message_size() -> None:
    """A topic smaller than max_request_size would refuse what a producer sends."""
    scripts = {
        "compose": yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]["topics"][
            "command"
        ][0],
        "k8s": kind("newsflow-topics", "Job")["spec"]["template"]["spec"]["containers"][0]["args"][
            0
        ],
    }
    for name, script in scripts.items():
        creates = script.count("--create")
        sized = re.findall(r"--config max\.message\.bytes=(\d+)", script)
        assert len(sized) == creates, f"{name}: a topic is created without max.message.bytes"
        assert {int(size) for size in sized} == {MAX_MESSAGE_BYTES}, name


def test_compose_gives_each_service_a_login_of_its_own() -> None:
    """The logins postgres-roles creates, with the passwords the services log in with."""
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]
    store, api = compose["store"]["environment"], compose["api"]["environment"]
    logins = {
        "store": make_url(store["DATABASE_URL"]),
        "owner": make_url(store["STORE_MIGRATION_DATABASE_URL"]),
        "api": make_url(api["API_DATABASE_URL"]),
    }
    assert "DATABASE_URL" not in api  # the read API never holds the store's credentials
    roles = compose["postgres-roles"]
    assert (ROOT / roles["volumes"][0].split(":")[0]).is_file()
    for job, url in logins.items():
        assert url.username == f"newsflow_{job}"
        assert f"--set={job}_password={url.password}" in roles["command"]


def test_k8s_gives_the_read_api_only_its_own_secret_and_production_mode() -> None:
    def secrets(name: str) -> set[str]:
        container = kind(name, "Deployment")["spec"]["template"]["spec"]["containers"][0]
        return {ref["secretRef"]["name"] for ref in container["envFrom"] if "secretRef" in ref}

    assert secrets("newsflow-api") and secrets("newsflow-api").isdisjoint(secrets("newsflow-store"))
    api = kind("newsflow-api", "Deployment")["spec"]["template"]["spec"]["containers"][0]
    assert {"name": "NEWSFLOW_ENV", "value": "production"} in api["env"]
    assert ApiSettings(newsflow_env="production").newsflow_env == "production"


def test_the_dbas_doc_shows_the_sql_that_compose_runs() -> None:
    sql = (ROOT / "deploy" / "postgres" / "roles.sql").read_text()
    doc = (ROOT / "docs" / "database-roles.md").read_text()
    assert f"```sql\n{sql}```" in doc


def test_ingest_takes_articles_on_one_port_and_answers_probes_and_scrapes_on_another() -> None:
    """Clients reach the articles port only; Prometheus and the kubelet the metrics port."""
    settings = IngestSettings()
    http, metrics = settings.ingest_http_port, settings.ingest_metrics_port
    pod = kind("newsflow-ingest", "Deployment")["spec"]["template"]
    container = pod["spec"]["containers"][0]
    assert {p["name"]: p["containerPort"] for p in container["ports"]} == {
        "http": http,
        "metrics": metrics,
    }
    assert pod["metadata"]["annotations"]["prometheus.io/port"] == str(metrics)
    probes = [container[probe]["httpGet"]["port"] for probe in ("livenessProbe", "readinessProbe")]
    assert probes == ["metrics", "metrics"]
    service = kind("newsflow-ingest", "Service")["spec"]["ports"]
    assert [port["targetPort"] for port in service] == ["http"]
    assert {"secretRef": {"name": "newsflow-ingest"}} in container["envFrom"]
    assert kind("newsflow", "ConfigMap")["data"]["NEWSFLOW_ENV"] == "production"

    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]["ingest"]
    assert compose["ports"] == [f"{http}:{http}"]
    assert compose["environment"]["NEWSFLOW_ENV"] == "production"
    assert compose["environment"]["INGEST_TOKENS"].startswith("${INGEST_TOKENS:?")

    prometheus = ROOT / "deploy" / "prometheus"
    local = yaml.safe_load((prometheus / "prometheus.yml").read_text())["scrape_configs"]
    [target] = next(j for j in local if j["job_name"] == "newsflow-ingest")["static_configs"]
    assert target["targets"] == [f"127.0.0.1:{metrics}"]
    in_compose = yaml.safe_load((prometheus / "prometheus.compose.yml").read_text())
    job = next(j for j in in_compose["scrape_configs"] if j["job_name"] == "newsflow-ingest")
    assert job["dns_sd_configs"][0]["port"] == metrics
