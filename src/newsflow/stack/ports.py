"""TCP port helpers for the local servers (loopback only)."""

from __future__ import annotations

import random
import socket
import time
from contextlib import ExitStack
from pathlib import Path

LOOPBACK = "127.0.0.1"
# Ports are picked below the kernel's ephemeral range. A port the kernel hands out for a
# bind to port 0 comes from that range, and so does the local port of every outgoing
# connection: between picking a port and its server binding it, a client socket (a Kafka
# or PostgreSQL client of another service) could take it, and the server then failed with
# "Address already in use" (an enrich worker's metrics port, once, in CI).
EPHEMERAL_RANGE = Path("/proc/sys/net/ipv4/ip_local_port_range")
DEFAULT_EPHEMERAL_START = 32768  # Linux's default, where the range cannot be read
LOWEST_PICKED = 10000  # above the ports well-known servers use
_TRIES_PER_PORT = 50
_picker = random.Random()  # its own generator: tests that seed `random` do not steer it


def free_port(host: str = LOOPBACK) -> int:
    """Return a port that nothing listens on right now."""
    return free_ports(1, host)[0]


def free_ports(count: int, host: str = LOOPBACK) -> list[int]:
    """Return `count` distinct free ports, below the ephemeral range.

    All sockets stay bound until every port is picked, so the same port is never
    picked twice (which separate free_port() calls allow).
    """
    highest = ephemeral_start() - 1
    with ExitStack() as stack:
        ports: list[int] = []
        for _ in range(count * _TRIES_PER_PORT):
            if len(ports) == count:
                break
            port = _picker.randint(LOWEST_PICKED, highest) if highest > LOWEST_PICKED else 0
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            try:
                sock.bind((host, port))
            except OSError:
                sock.close()  # in use: try another
                continue
            stack.enter_context(sock)  # held until every port is picked
            ports.append(sock.getsockname()[1])
        if len(ports) < count:
            raise OSError(f"no {count} free ports below {highest + 1} on {host}")
        return ports


def ephemeral_start() -> int:
    """The first port of the kernel's ephemeral range (Linux; the default elsewhere)."""
    try:
        return int(EPHEMERAL_RANGE.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return DEFAULT_EPHEMERAL_START


def port_accepts(host: str, port: int, timeout: float = 0.5) -> bool:
    """True if something accepts TCP connections on host:port."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def wait_for_port(host: str, port: int, deadline: float) -> bool:
    """Poll until host:port accepts connections or time.monotonic() passes deadline."""
    while time.monotonic() < deadline:
        if port_accepts(host, port):
            return True
        time.sleep(0.2)
    return False
