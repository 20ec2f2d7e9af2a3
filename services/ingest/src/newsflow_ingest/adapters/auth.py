"""Bearer tokens for POST /articles, checked before the request's body is read.

No `Authorization: Bearer <token>` header, or one that is not a bearer token, is a 401
that says how to authenticate; a token that is not configured is a 403. The token sent is
compared with every configured one in constant time (several are configured while one
replaces another), and it is never logged or echoed back.

A named token (`name:token`) fixes the source its requests post as: the check leaves that
name in `request.state.bound_source` (None for an unnamed token), for the route to use."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from newsflow_ingest.domain import SOURCE_NAME_RULE, is_source_name
from newsflow_ingest.settings import IngestToken

BEARER = HTTPBearer(
    auto_error=False, description="One of the tokens in the service's INGEST_TOKENS."
)


class BearerTokens:
    """A FastAPI dependency that answers with the name of the token a request carries."""

    def __init__(self, tokens: Sequence[IngestToken]) -> None:
        if not tokens:
            raise ValueError("no tokens to accept")
        for token in tokens:
            if token.named and not is_source_name(token.name):
                raise ValueError(
                    f"the token name {token.name!r} is no source name: {SOURCE_NAME_RULE}"
                )
        self._tokens = [(t.name, _digest(t.secret.get_secret_value())) for t in tokens]
        self._bound = {t.name for t in tokens if t.named}

    async def __call__(
        self,
        request: Request,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(BEARER)],
    ) -> str:
        if credentials is None:
            raise HTTPException(
                401,
                detail="send the header Authorization: Bearer <token>",
                headers={"WWW-Authenticate": "Bearer"},
            )
        name = self.name_of(credentials.credentials)
        if name is None:
            raise HTTPException(403, detail="this token is not accepted here")
        request.state.bound_source = name if name in self._bound else None
        return name

    def name_of(self, presented: str) -> str | None:
        """The name of the configured token equal to `presented`, or None. Every configured
        token is compared, whichever matches, in constant time, and as digests of one
        length, so the time taken tells nothing of which matched or how long they are."""
        given = _digest(presented)
        matches = [name for name, token in self._tokens if hmac.compare_digest(given, token)]
        return matches[0] if matches else None


def _digest(token: str) -> bytes:
    return hashlib.sha256(token.encode()).digest()
