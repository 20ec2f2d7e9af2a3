"""The shell command blocks of README.md and docs/*.md, as tests/e2e/test_doc_commands.py
runs them: a fence whose info string starts with sh, bash or console. A block is left
unrun only when the markdown says so and why: `no-test` in its info string, or an HTML
comment `<!-- not run: why -->` on the line before it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

SHELL = {"sh", "bash", "console"}
FENCE = re.compile(r"^(?P<indent>\s*)```(?P<info>.*)$")
NOT_RUN = re.compile(r"^\s*<!--\s*not run:\s*(?P<why>.+?)\s*-->\s*$")


@dataclass(frozen=True)
class Block:
    path: Path
    line: int  # of the opening fence, 1-based
    info: str
    text: str
    not_run: str | None  # why, when the markdown marks it

    @property
    def language(self) -> str:
        return self.info.split()[0] if self.info.split() else ""

    @property
    def is_shell(self) -> bool:
        return self.language in SHELL

    @property
    def script(self) -> str:
        """What bash runs: a console block's `$ ` lines, any other block as it is."""
        if self.language != "console":
            return self.text
        return "\n".join(line[2:] for line in self.text.splitlines() if line.startswith("$ "))

    def where(self, root: Path) -> str:
        return f"{self.path.relative_to(root)}:{self.line}"


def blocks(path: Path) -> list[Block]:
    """Every fenced block in one markdown file, in order."""
    found: list[Block] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    opened: tuple[int, str, str] | None = None  # line index, indent, info
    body: list[str] = []
    for index, line in enumerate(lines):
        fence = FENCE.match(line)
        if opened is None and fence:
            opened, body = (index, fence["indent"], fence["info"].strip()), []
        elif opened is not None and fence and not fence["info"].strip():
            start, indent, info = opened
            text = "\n".join(each.removeprefix(indent) for each in body) + "\n"
            found.append(Block(path, start + 1, info, text, _not_run(lines, start, info)))
            opened = None
        elif opened is not None:
            body.append(line)
    return found


def _not_run(lines: list[str], fence_index: int, info: str) -> str | None:
    if "no-test" in info.split():
        return info.split("no-test", 1)[1].strip() or "no-test"
    previous = next((ln for ln in reversed(lines[:fence_index]) if ln.strip()), "")
    marked = NOT_RUN.match(previous)
    return marked["why"] if marked else None


def documents(root: Path) -> list[Path]:
    return [root / "README.md", *sorted((root / "docs").glob("*.md"))]


def shell_blocks(root: Path) -> list[Block]:
    return [each for path in documents(root) for each in blocks(path) if each.is_shell]
