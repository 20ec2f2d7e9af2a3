# newsflow: `make run` to see it work, `make test` to prove it does.
UV_RUN := uv run --locked --quiet

.DEFAULT_GOAL := help
.PHONY: help setup setup-test run stop test test-unit chaos lint format schemas eval deploy-check bench ner-model

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-12s %s\n", $$1, $$2}'

setup: ## Install uv and the locked environment
	@scripts/setup.sh

setup-test: ## Also install the tools only tests use (Debian's kcat and prometheus)
	@scripts/setup.sh test

run: setup ## Start the stack, run the pipeline on seeds/, print what was stored
	$(UV_RUN) newsflow stack up
	$(UV_RUN) newsflow ingest seeds/
	$(UV_RUN) newsflow results seeds/
	@echo "Endpoints (the stack keeps running; 'make stop' stops it):"
	@$(UV_RUN) newsflow stack env

stop: setup ## Stop the services and the local servers
	$(UV_RUN) newsflow stack down

test: setup-test lint ## Lint, then every test tier with its own Kafka and PostgreSQL
	$(UV_RUN) pytest tests --ignore=tests/chaos --durations=15

chaos: setup-test ## Kill, stop and restart everything while 2,000 articles flow (~5 min)
	$(UV_RUN) pytest tests/chaos -s

test-unit: setup ## Only the unit tier: no network, seconds
	$(UV_RUN) pytest tests/unit

lint: setup ## ruff and mypy
	$(UV_RUN) ruff check .
	$(UV_RUN) ruff format --check .
	$(UV_RUN) mypy schemas/src runtime/src services/ingest/src services/enrich/src services/store/src src

format: setup ## Apply ruff's fixes and formatting
	$(UV_RUN) ruff check --fix .
	$(UV_RUN) ruff format .

eval: setup ## Score entity linking on eval/entities (dev and held-out test): raw spaCy beside newsflow
	$(UV_RUN) newsflow eval

bench: setup ## Measure throughput, latency, memory and size against issue 13's targets (~10 min)
	$(UV_RUN) newsflow bench

ner-model: setup ## Retrain the adapted NER on eval/entities/dev (about 20 min here; after any change to dev)
	$(UV_RUN) python -m newsflow_enrich.adaptation --out services/enrich/src/newsflow_enrich/models/ner_adapted

schemas: setup ## Regenerate the committed JSON Schemas from the event models
	$(UV_RUN) python -m newsflow_schemas.registry schemas/json

.PHONY: kafka-lock
kafka-lock: setup ## Regenerate Kafka's jar lock (coordinates, sha256) with Maven
	$(UV_RUN) python -m newsflow.stack.lock_kafka_jars

deploy-check: setup ## Lint the Dockerfile; validate compose and the Kubernetes overlays; check they agree with the code
	$(UV_RUN) hadolint Dockerfile
	$(UV_RUN) pytest tests/unit/deploy -q
