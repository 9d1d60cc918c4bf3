"""Turning what a person typed into an FTS5 query that cannot fail.

FTS5 has its own syntax (quotes, AND/OR/NOT/NEAR, parentheses, column filters, `*`), so raw
input such as `l'accord "Astana` or `(Poutine` is a syntax error, and `NOT` alone is an operator.
Input is cut into words, each word is quoted (so operators lose their meaning), and the last one
is matched as a prefix because the person may still be typing it. All words must match.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+", re.UNICODE)


def match_expression(typed: str | None) -> str | None:
    """The FTS5 MATCH expression for `typed`, or None when it holds no word at all."""
    words = _WORD.findall(typed or "")
    if not words:
        return None
    quoted = [f'"{word}"' for word in words]
    quoted[-1] += "*"
    return " ".join(quoted)
