"""The deployment files agree with the code and with how newsflow scales, and keep the
promises of docs/deploy.md: pinned images, no secret in a file, healthchecks everywhere,
nothing published but ingest's article port and Grafana, and no writable code."""

from __future__ import annotations

import re
from typing import Any

import pytest
from sqlalchemy.engine import make_url

from newsflow_enrich.settings import EnrichSettings
from newsflow_ingest.settings import IngestSettings
from newsflow_runtime.kafka import MAX_MESSAGE_BYTES
from newsflow_schemas import DEAD_LETTER_TOPIC, ENRICHED_TOPIC, RAW_TOPIC
from newsflow_store.settings import StoreSettings
from tests.deploy_files import (
    OVERLAYS,
    ROOT,
    SERVICES,
    base_image,
    compose,
    container,
    image,
    rendered,
    resource,
    stages,
)

ONE_SHOT = {"topics", "postgres-roles", "migrate", "seed"}
PUBLISHED = {"ingest": "9101", "grafana": "3000"}
INTERPOLATION = re.compile(r"\$\{([A-Z0-9_]+)(:\?|:-)?([^}]*)\}")


def config(overlay: str) -> dict[str, str]:
    data: dict[str, str] = resource(rendered(overlay), "ConfigMap", "newsflow")["data"]
    return data


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_autoscaling_never_passes_the_partition_count(overlay: str) -> None:
    """A consumer beyond the partition count gets no partition and sits idle."""
    docs, data = rendered(overlay), config(overlay)
    groups = {
        "newsflow-enrich": (RAW_TOPIC, EnrichSettings().enrich_consumer_group),
        "newsflow-store": (ENRICHED_TOPIC, StoreSettings().store_consumer_group),
    }
    for name, (topic, group) in groups.items():
        spec = resource(docs, "ScaledObject", name)["spec"]
        assert 1 <= spec["minReplicaCount"] < spec["maxReplicaCount"]
        assert spec["maxReplicaCount"] <= int(data["TOPIC_PARTITIONS"]), name
        [trigger] = spec["triggers"]
        assert trigger["type"] == "kafka"
        meta = trigger["metadata"]
        assert (meta["topic"], meta["consumerGroup"]) == (topic, group)
        assert meta["bootstrapServers"] == data["KAFKA_BOOTSTRAP_SERVERS"]
        env = {e["name"]: e["value"] for e in container(docs, name).get("env", [])}
        assert env.get(f"{name.split('-')[1].upper()}_CONSUMER_GROUP", group) == group


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_config_names_the_topics_the_code_uses(overlay: str) -> None:
    data = config(overlay)
    assert (data["RAW_TOPIC"], data["ENRICHED_TOPIC"], data["DEAD_LETTER_TOPIC"]) == (
        RAW_TOPIC,
        ENRICHED_TOPIC,
        DEAD_LETTER_TOPIC,
    )
    assert data["NEWSFLOW_HOME"] == image("ingest").env["NEWSFLOW_HOME"]
    assert data["NEWSFLOW_ENV"] == "production"


def topic_scripts() -> dict[str, str]:
    job = resource(rendered("prod"), "Job", "newsflow-topics")
    return {
        "compose": compose()["services"]["topics"]["command"][0],
        "k8s": job["spec"]["template"]["spec"]["containers"][0]["args"][0],
    }


def test_every_topic_created_by_a_deployment_takes_the_producers_message_size() -> None:
    """A topic smaller than max_request_size would refuse what a producer sends."""
    for name, script in topic_scripts().items():
        creates = script.count("kafka-topics.sh")
        sized = re.findall(r"--config max\.message\.bytes=(\d+)", script)
        assert len(sized) == creates, f"{name}: a topic is created without max.message.bytes"
        assert {int(size) for size in sized} == {MAX_MESSAGE_BYTES}, name
    assert all(topic in topic_scripts()["compose"] for topic in (RAW_TOPIC, ENRICHED_TOPIC))


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_each_image_runs_its_module_as_a_user_with_a_writable_home_only(service: str) -> None:
    built = image(service)
    assert built.cmd == ("python", "-m", SERVICES[service])
    assert built.user == "10001:10001"
    assert [built.env["NEWSFLOW_HOME"]] == list(built.volumes) == [built.workdir]
    assert built.env["HOME"] == built.env["NEWSFLOW_HOME"]
    assert built.env["PATH"].startswith("/opt/venv/bin:")
    assert built.healthcheck and built.healthcheck[0] == "CMD"


def test_the_image_is_built_from_a_base_pinned_by_digest() -> None:
    assert re.fullmatch(r"python:3\.11\.\d+-slim-\w+@sha256:[0-9a-f]{64}", base_image())
    assert {s.base for s in stages().values()} <= {base_image(), "runtime"} | set(SERVICES)


def test_compose_builds_every_newsflow_service_from_the_one_dockerfile() -> None:
    services = compose()["services"]
    for name in SERVICES:
        build = services[name]["build"]
        assert build == {"context": ".", "args": {"SERVICE": name}}
        assert services[name]["image"] == f"newsflow-{name}:0.1.0"
    assert services["migrate"]["build"]["args"]["SERVICE"] == "store"
    assert services["enrich"]["deploy"]["replicas"] > 1
    assert services["kafka"]["environment"]["KAFKA_AUTO_CREATE_TOPICS_ENABLE"] == "false"
    assert not (ROOT / "services" / "ingest" / "Dockerfile").exists()


def test_every_image_in_compose_is_pinned() -> None:
    for name, service in compose()["services"].items():
        reference = service["image"]
        repository, _, tag = reference.rpartition(":")
        assert repository and re.search(r"\d+\.\d+", tag), f"{name}: {reference}"
        assert tag != "latest"


def test_every_long_running_service_has_a_healthcheck() -> None:
    for name, service in compose()["services"].items():
        if name in ONE_SHOT:
            assert service["restart"] == "no", name
            continue
        own = service.get("healthcheck") or (name in SERVICES and image(name).healthcheck)
        assert own, f"{name} has no healthcheck"


def test_every_dependency_waits_for_health_or_for_a_job_to_succeed() -> None:
    services = compose()["services"]
    for name, service in services.items():
        depends = service.get("depends_on", {})
        assert isinstance(depends, dict), f"{name}: depends_on without conditions"
        for target, condition in depends.items():
            wanted = "service_completed_successfully" if target in ONE_SHOT else "service_healthy"
            assert condition == {"condition": wanted}, f"{name} -> {target}"


def test_only_ingests_articles_port_and_grafana_are_published_on_loopback_by_default() -> None:
    services = compose()["services"]
    published = {name: s["ports"] for name, s in services.items() if "ports" in s}
    assert set(published) == set(PUBLISHED)
    for name, [mapping] in published.items():
        match = re.fullmatch(r"\$\{(\w+):-127\.0\.0\.1\}:(\d+):(\d+)", mapping)
        assert match and match[2] == match[3] == PUBLISHED[name], mapping
    assert str(IngestSettings().ingest_http_port) == PUBLISHED["ingest"]


def interpolated(node: Any) -> list[tuple[str, str, str]]:
    if isinstance(node, dict):
        return [found for value in node.values() for found in interpolated(value)]
    if isinstance(node, list):
        return [found for value in node for found in interpolated(value)]
    return INTERPOLATION.findall(node) if isinstance(node, str) else []


def test_no_secret_is_written_in_the_compose_file() -> None:
    """Secrets come from .env through ${VAR:?}; .env.example names each, empty."""
    text = (ROOT / "docker-compose.yml").read_text()
    example = dict(
        line.split("=", 1)
        for line in (ROOT / ".env.example").read_text().splitlines()
        if line and not line.startswith("#")
    )
    required = {name for name, op, _ in interpolated(compose()) if op == ":?"}
    assert required, "no ${VAR:?} in docker-compose.yml"
    for name in required:
        assert example.get(name) == "", f"{name}: not in .env.example, or not empty there"
    for name, _, _ in interpolated(compose()):
        assert name in example, f"{name} is read from .env but .env.example does not name it"
    for user, password in re.findall(r"postgresql://(\w+):([^@\s]+)@", text):
        assert INTERPOLATION.fullmatch(password), f"{user}'s password is in the file"
    for name, service in compose()["services"].items():
        for key, value in service.get("environment", {}).items():
            if re.search(r"PASSWORD|TOKEN|SECRET|_PASS$", key):
                assert INTERPOLATION.fullmatch(str(value)), f"{name}: {key} is in the file"


def login(url: str) -> str | None:
    return make_url(INTERPOLATION.sub("secret", url)).username


def test_the_api_logs_in_as_a_reader_and_the_store_as_a_writer() -> None:
    services = compose()["services"]
    store, api = services["store"]["environment"], services["api"]["environment"]
    assert login(store["DATABASE_URL"]) == "newsflow_store"
    assert login(store["STORE_MIGRATION_DATABASE_URL"]) == "newsflow_owner"
    assert login(api["API_DATABASE_URL"]) == "newsflow_api"
    assert "DATABASE_URL" not in api  # the read API never holds the store's credentials
    roles = services["postgres-roles"]
    assert (ROOT / roles["volumes"][0].split(":")[0]).is_file()
    for job in ("owner", "store", "api"):
        assert f'--set={job}_password="$${job.upper()}_PASSWORD"' in roles["command"][0]


def test_the_dbas_doc_shows_the_sql_that_compose_runs() -> None:
    sql = (ROOT / "deploy" / "postgres" / "roles.sql").read_text()
    doc = (ROOT / "docs" / "database-roles.md").read_text()
    assert f"```sql\n{sql}```" in doc


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_pods_run_unprivileged_on_a_read_only_root_with_budgets(overlay: str) -> None:
    docs = rendered(overlay)
    for name in SERVICES:
        pod = resource(docs, "Deployment", f"newsflow-{name}")["spec"]["template"]["spec"]
        assert pod["securityContext"]["runAsNonRoot"] is True
        assert pod["securityContext"]["runAsUser"] == 10001
        [spec] = pod["containers"]
        assert spec["securityContext"]["readOnlyRootFilesystem"] is True
        assert spec["securityContext"]["allowPrivilegeEscalation"] is False
        mounts = {m["mountPath"] for m in spec["volumeMounts"]}
        assert image(name).env["NEWSFLOW_HOME"] in mounts
        assert (
            resource(docs, "PodDisruptionBudget", f"newsflow-{name}")["spec"]["selector"]
            == (resource(docs, "Deployment", f"newsflow-{name}")["spec"]["selector"])
        )


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_only_ingests_article_port_is_open_to_anyone(overlay: str) -> None:
    docs = rendered(overlay)
    policies = [d for d in docs if d["kind"] == "NetworkPolicy"]
    [deny] = [p for p in policies if "ingress" not in p["spec"]]
    assert deny["spec"]["podSelector"] == {"matchLabels": {"app": "newsflow"}}
    open_to_all = [
        (p["spec"]["podSelector"]["matchLabels"], rule["ports"])
        for p in policies
        for rule in p["spec"].get("ingress", [])
        if "from" not in rule
    ]
    assert open_to_all == [
        ({"app": "newsflow", "stage": "ingest"}, [{"port": "http", "protocol": "TCP"}])
    ]
    ingest = container(docs, "newsflow-ingest")
    assert {p["name"]: p["containerPort"] for p in ingest["ports"]}["http"] == (
        IngestSettings().ingest_http_port
    )
    service = resource(docs, "Service", "newsflow-ingest")["spec"]["ports"]
    assert [port["targetPort"] for port in service] == ["http"]
