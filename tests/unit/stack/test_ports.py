"""Free ports are picked below the kernel's ephemeral range, where no client socket of
another process can take one between the pick and the server's bind."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from newsflow.stack import ports
from newsflow.stack.ports import LOOPBACK, free_ports


def test_free_ports_are_distinct_bindable_and_below_the_ephemeral_range() -> None:
    picked = free_ports(8)
    assert len(set(picked)) == 8
    assert all(ports.LOWEST_PICKED <= port < ports.ephemeral_start() for port in picked)
    for port in picked:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.bind((LOOPBACK, port))


def _bindable(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((LOOPBACK, port))
        except OSError:
            return False
        return True


def _free_with_a_free_neighbour_below() -> int:
    for _ in range(100):
        (port,) = free_ports(1)
        if _bindable(port - 1):
            return port
    raise AssertionError("no two free neighbouring ports")


def test_a_port_in_use_is_never_picked(monkeypatch: pytest.MonkeyPatch) -> None:
    busy = _free_with_a_free_neighbour_below()
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind((LOOPBACK, busy))
        taken.listen()
        # A range of two ports, one of them taken: every pick must be the other.
        monkeypatch.setattr(ports, "LOWEST_PICKED", busy - 1)
        monkeypatch.setattr(ports, "ephemeral_start", lambda: busy + 1)
        assert all(free_ports(1) == [busy - 1] for _ in range(20))


def test_the_range_is_read_from_the_kernel_or_defaults(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kernel = tmp_path / "ip_local_port_range"
    kernel.write_text("40000\t60999\n")
    monkeypatch.setattr(ports, "EPHEMERAL_RANGE", kernel)
    assert ports.ephemeral_start() == 40000
    monkeypatch.setattr(ports, "EPHEMERAL_RANGE", tmp_path / "absent")
    assert ports.ephemeral_start() == ports.DEFAULT_EPHEMERAL_START
