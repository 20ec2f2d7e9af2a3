# syntax=docker/dockerfile:1
# One image recipe for every newsflow process; SERVICE picks which. From the repository root:
#   docker build --build-arg SERVICE=ingest -t newsflow-ingest:0.1.0 .
# SERVICE is ingest, enrich, store or api (the read API, a second process of the store).
#
# The code and the virtualenv belong to root and are read-only to the service, which runs as
# uid 10001 and writes only under NEWSFLOW_HOME (/var/lib/newsflow, a volume): ingest's
# state (ingest/state.db) and Faust's data directory (enrich/). The working directory is
# NEWSFLOW_HOME too, so nothing relative lands in a read-only place.
# tests/integration/test_container_start.py runs each service as this file says, without an
# engine: keep the ENV, WORKDIR, USER and CMD lines of the service stages plain.

ARG SERVICE=ingest
# python:3.11.14-slim-bookworm, pinned by the digest of its multi-architecture index.
ARG PYTHON_IMAGE=python:3.11.14-slim-bookworm@sha256:65a93d69fa75478d554f4ad27c85c1e69fa184956261b4301ebaf6dbb0a3543d

FROM ${PYTHON_IMAGE} AS build
ARG SERVICE
ENV UV_PROJECT_ENVIRONMENT=/opt/venv UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy \
    UV_PYTHON_DOWNLOADS=never PIP_DISABLE_PIP_VERSION_CHECK=1
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN pip install --no-cache-dir uv==0.13.8
WORKDIR /src

# The read API is the store package's second process.
RUN case "${SERVICE}" in \
      ingest|enrich|store) echo "newsflow-${SERVICE}" ;; \
      api) echo newsflow-store ;; \
      *) echo "SERVICE must be ingest, enrich, store or api, not '${SERVICE}'" >&2; exit 1 ;; \
    esac > /src/package

# The lock and the manifests first, so a code change does not reinstall the dependencies.
COPY pyproject.toml uv.lock README.md ./
COPY schemas/pyproject.toml schemas/
COPY runtime/pyproject.toml runtime/
COPY services/ingest/pyproject.toml services/ingest/
COPY services/enrich/pyproject.toml services/enrich/
COPY services/store/pyproject.toml services/store/
# enrich's dependencies include the spaCy model (a locked wheel), so it is baked in here.
RUN uv sync --locked --no-dev --no-editable --no-install-workspace --package "$(cat package)"

COPY schemas schemas
COPY runtime runtime
COPY services services
# --no-editable: the packages are copied into the virtualenv, which is all the image keeps.
RUN uv sync --locked --no-dev --no-editable --package "$(cat package)"

FROM ${PYTHON_IMAGE} AS runtime
COPY --from=build /opt/venv /opt/venv
RUN useradd --system --user-group --uid 10001 --home-dir /var/lib/newsflow --no-create-home \
      --shell /usr/sbin/nologin newsflow \
    && install --directory --owner=newsflow --group=newsflow --mode=0750 /var/lib/newsflow
ENV PATH=/opt/venv/bin:/usr/local/bin:/usr/bin:/bin PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 \
    HOME=/var/lib/newsflow NEWSFLOW_HOME=/var/lib/newsflow NEWSFLOW_ENV=production
WORKDIR /var/lib/newsflow
VOLUME ["/var/lib/newsflow"]
USER 10001:10001

# POST /articles on 9101; /metrics, /healthz and /readyz on 9105.
FROM runtime AS ingest
ENV INGEST_HTTP_HOST=0.0.0.0 INGEST_METRICS_HOST=0.0.0.0
EXPOSE 9101 9105
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request as r; r.urlopen('http://127.0.0.1:%s/readyz' % os.environ.get('INGEST_METRICS_PORT', '9105'), timeout=4)"]
CMD ["python", "-m", "newsflow_ingest"]

# Loading spaCy takes a while: the start period covers it.
FROM runtime AS enrich
ENV ENRICH_METRICS_HOST=0.0.0.0
EXPOSE 9102
HEALTHCHECK --interval=10s --timeout=5s --start-period=180s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request as r; r.urlopen('http://127.0.0.1:%s/readyz' % os.environ.get('ENRICH_METRICS_PORT', '9102'), timeout=4)"]
CMD ["python", "-m", "newsflow_enrich"]

FROM runtime AS store
ENV STORE_METRICS_HOST=0.0.0.0
EXPOSE 9103
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request as r; r.urlopen('http://127.0.0.1:%s/readyz' % os.environ.get('STORE_METRICS_PORT', '9103'), timeout=4)"]
CMD ["python", "-m", "newsflow_store"]

FROM runtime AS api
ENV API_HOST=0.0.0.0
EXPOSE 9104
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request as r; r.urlopen('http://127.0.0.1:%s/readyz' % os.environ.get('API_PORT', '9104'), timeout=4)"]
CMD ["python", "-m", "newsflow_store.api"]

# The stage SERVICE names is the image.
# hadolint ignore=DL3006
FROM ${SERVICE}
