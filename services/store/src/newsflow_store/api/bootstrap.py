"""Wires the read API: a read-only connection pool, the routes, and uvicorn."""

from __future__ import annotations

import logging

import uvicorn
from fastapi import FastAPI
from prometheus_client import CollectorRegistry

from newsflow_store.api.app import create_app
from newsflow_store.api.queries import ReadQueries
from newsflow_store.settings import ApiSettings


def build_api(settings: ApiSettings) -> FastAPI:
    database_url = settings.api_database_url or settings.database_url
    queries = ReadQueries.connect(database_url.get_secret_value())
    return create_app(queries, CollectorRegistry())


def run_api(settings: ApiSettings) -> None:
    logging.basicConfig(level=settings.log_level)
    uvicorn.run(
        build_api(settings),
        host=settings.api_host,
        port=settings.api_port,
        log_level=settings.log_level.lower(),
    )
