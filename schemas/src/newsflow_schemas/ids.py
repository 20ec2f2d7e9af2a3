"""Deterministic article ids, so that ingesting the same article twice yields the same key."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|ocid)$", re.IGNORECASE)
_WHITESPACE = re.compile(r"\s+")


def canonical_url(url: str) -> str:
    """Drops what varies between links to the same page: case of host, fragment, tracking."""
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query) if not _TRACKING_PARAMS.match(k)]
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(
        (parts.scheme.lower(), parts.netloc.lower(), path, urlencode(sorted(query)), "")
    )


def normalise_for_id(text: str) -> str:
    """Folds the differences that do not make a different article: Unicode form, case, spacing."""
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def article_id(*, url: str | None, title: str, body: str) -> str:
    """A hash of the canonical URL when there is one, otherwise of the normalised title and body."""
    if url:
        key = "url\x00" + canonical_url(url)
    else:
        key = "text\x00" + normalise_for_id(title) + "\x00" + normalise_for_id(body)
    return hashlib.sha256(key.encode()).hexdigest()[:32]
