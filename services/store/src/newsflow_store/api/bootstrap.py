"""Wires the read API: its own read-only login, a connection pool, the routes, and uvicorn."""

from __future__ import annotations

import logging

import uvicorn
from fastapi import FastAPI
from prometheus_client import CollectorRegistry

from newsflow_runtime.production import UnsafeSecretError, require_safe_url_passwords
from newsflow_store.api.app import create_app
from newsflow_store.api.login import UnsafeLogin, choose_login
from newsflow_store.api.queries import ReadQueries
from newsflow_store.api.stream_route import StreamOptions
from newsflow_store.settings import ApiSettings

log = logging.getLogger(__name__)


def build_api(settings: ApiSettings) -> FastAPI:
    """Raises UnsafeLogin when the database login may not serve reads (see api/login.py)."""
    login = choose_login(settings)
    queries = ReadQueries.connect(login.url, set_role=login.set_role)
    stream = StreamOptions(
        settings.api_stream_buffer,
        settings.api_stream_keepalive_seconds,
        settings.api_stream_poll_seconds,
    )
    return create_app(queries, CollectorRegistry(), stream)


def run_api(settings: ApiSettings) -> None:
    logging.basicConfig(level=settings.log_level)
    try:
        urls = {"API_DATABASE_URL": settings.api_database_url}
        for problem in require_safe_url_passwords(urls, settings.newsflow_env):
            log.warning("fine for dev, refused in production: %s", problem)
        app = build_api(settings)
    except (UnsafeLogin, UnsafeSecretError) as error:
        log.critical("the read API refuses to start: %s", error)
        raise SystemExit(1) from None
    uvicorn.run(
        app,
        host=settings.api_host,
        port=settings.api_port,
        log_level=settings.log_level.lower(),
    )
