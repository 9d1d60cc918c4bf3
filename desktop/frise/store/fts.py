"""Turning what a person typed into an FTS5 query that cannot fail.

FTS5 has its own syntax (quotes, AND/OR/NOT/NEAR, parentheses, column filters, `*`), so raw
input such as `l'accord "Astana` or `(Poutine` is a syntax error, and `NOT` alone is an operator.
The search box understands a small, forgiving language instead, the one search engines taught
everybody:

- words: all must match, in any order (`accord Astana`); the last one is matched as a prefix,
  because the person may still be typing it;
- a phrase between quotes, straight or French (`"zones de désescalade"`, `« zones de
  désescalade »`): those words, in that order; an unclosed quote is a phrase still being typed;
- `OU` or `OR` between two terms: either (`Hambourg OU Astana`); people type "ou" in lower case
  too, and a search for the word "ou" itself finds nearly everything, so it is read the same way
  (inside a phrase it is a word like any other);
- `-mot`: without that word (`Poutine -Trump`); on its own (`-Trump`), everything without it.

Every word that reaches FTS5 is inside double quotes with nothing but word characters, so no
input can make a syntax error; what is not understood is searched as words.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+", re.UNICODE)
_TOKEN = re.compile(r'-?"[^"]*"?|-?«[^»]*»?|\S+')  # a phrase may be excluded too: -"deux mots"
_OR = {"OR", "OU", "ou", "Ou"}


def match_expression(typed: str | None) -> str | None:
    """The FTS5 MATCH expression for `typed`, or None when it holds no word at all."""
    text = typed or ""
    groups: list[list[str]] = []  # AND of ORs
    excluded: list[str] = []
    join_next = False
    last_open: tuple[int, int] | None = None  # (group, term) of a trailing term still being typed
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token in _OR:
            join_next = bool(groups)
            continue
        negated = token.startswith("-") and len(token) > 1
        phrase = token[negated] in '"«'
        words = _WORD.findall(token)
        if not words:
            continue
        term = '"' + " ".join(words) + '"'
        if negated:
            excluded.append(term)
            join_next = False
            continue
        if join_next:
            groups[-1].append(term)
        else:
            groups.append([term])
        join_next = False
        closed = phrase and len(token) > 1 and token[-1] in '"»'
        at_end = match.end() == len(text)
        last_open = (len(groups) - 1, len(groups[-1]) - 1) if at_end and not closed else None
    if not groups:
        if not excluded:
            return None
        groups, excluded = [excluded], []  # "-Trump -Poutine" alone: either, to leave out (`search_condition`)
        last_open = None
    if last_open is not None:
        group, index = last_open
        groups[group][index] += "*"
    expression = " AND ".join(group[0] if len(group) == 1 else "(" + " OR ".join(group) + ")" for group in groups)
    for term in excluded:
        expression = f"({expression}) NOT {term}"
    return expression


def only_excludes(typed: str | None) -> bool:
    """Whether `typed` asks only to leave words out (`-Trump`): what matches is then what to drop."""
    tokens = [m.group() for m in _TOKEN.finditer(typed or "") if m.group() not in _OR and _WORD.search(m.group())]
    return bool(tokens) and all(t.startswith("-") and len(t) > 1 for t in tokens)


def search_condition(typed: str | None, column: str, fts_table: str) -> tuple[str, list[str]] | None:
    """The SQL condition keeping the rows of `column` (ids of the table `fts_table` indexes) that
    `typed` asks for, with its parameters; None when it holds no word. `-Trump` alone keeps the
    rows *without* Trump: FTS5 cannot say "not" on its own, so it is asked for Trump and those are
    left out."""
    expression = match_expression(typed)
    if expression is None:
        return None
    negation = "NOT " if only_excludes(typed) else ""
    return f"{column} {negation}IN (SELECT rowid FROM {fts_table} WHERE {fts_table} MATCH ?)", [expression]
