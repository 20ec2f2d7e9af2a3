"""How strongly two entities go together: Dunning's log-likelihood ratio (G²) on the 2×2
table of articles with and without each. Unlike raw counts it discounts an entity that is
everywhere, and unlike PMI it does not reward a pair seen once. Pure arithmetic."""

from __future__ import annotations

import math


def log_likelihood_ratio(together: int, with_x: int, with_y: int, total: int) -> float:
    """G² for "articles mentioning x" against "articles mentioning y", signed: negative when
    the two appear together less often than chance would have them."""
    k11, k12, k21 = together, with_x - together, with_y - together
    k22 = total - with_x - with_y + together
    if min(k11, k12, k21, k22) < 0 or total <= 0:
        raise ValueError("inconsistent counts")
    g2 = 2.0 * (
        _term(k11, with_x, with_y, total)
        + _term(k12, with_x, total - with_y, total)
        + _term(k21, total - with_x, with_y, total)
        + _term(k22, total - with_x, total - with_y, total)
    )
    expected = with_x * with_y / total
    return g2 if together >= expected else -g2


def _term(observed: int, row: int, column: int, total: int) -> float:
    if observed == 0:
        return 0.0
    return observed * math.log(observed * total / (row * column))
