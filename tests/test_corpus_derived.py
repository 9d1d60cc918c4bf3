"""frise.corpus.derived: the events' rows worked out on Arrow columns are those `writes._derived`
works out from the same statements, one event at a time; the events it cannot decide alone are
left out (for `writes._derived`, in frise.store.bulk).

The statements are made by hand to reach the rules' corners: clashing intervals, a certainty no
report states, the kind taken from another report than the title's, repeated passages and
places, an article with two statements of one event, actors only implied."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

pa = pytest.importorskip("pyarrow")

from frise.corpus.derived import derived_events  # noqa: E402
from frise.corpus.load import _STATEMENT_COLUMNS, _statement_columns  # noqa: E402
from frise.store import writes  # noqa: E402
from frise.store.bulk import _DERIVED_FIELDS  # noqa: E402


def statement(event: str, key: str, article: int, first: date | None, last: date | None, **fields: Any
              ) -> dict[str, Any]:
    row: dict[str, Any] = {
        "order": article, "content_hash": f"h{article}", "key": key, "start": 10, "end": 20, "text": "hier",
        "kind": "date", "value": None, "mod": None, "anchor": "published", "first": first, "last": last,
        "certainty": "exact", "precise": True, "assumed_year": None, "passage_start": 0, "passage_end": 5,
        "passage": f"passage {key}", "title": f"Titre {key}", "actors": [], "terms": "accord paix",
        "happening": None, "importance": "news", "places": [], "implied": [], "article": article, "event": event,
    }
    return row | fields


D1, D2, D3, D4 = date(2017, 5, 1), date(2017, 5, 3), date(2017, 5, 6), date(2017, 5, 31)
STATEMENTS = [
    # A statement alone: what it says, its own kind and places as they are, even a certainty nobody ranks.
    statement("a", "a", 0, D1, D1, happening="", places=["Paris", "Paris"], certainty="unheard-of",
              actors=["fr", "ru"]),
    # Undated, alone: unresolved.
    statement("u", "u", 0, None, None, certainty="approximate", implied=["tr"]),
    # Three reports that clash (the first report's interval wins), in two articles, one repeated
    # passage, places shared, nobody named but the parties implied; the title's report has no kind.
    statement("b", "b", 1, D1, D2, certainty="approximate", passage="même passage", places=["Astana"],
              implied=["ru", "tr"], happening="meeting", start=5),
    statement("b", "b2", 1, D3, D4, certainty="exact", passage="même passage", places=["Astana", "Genève"],
              precise=False, happening="agreement", start=1, end=4),
    statement("b", "b3", 2, D2, D3, certainty="assumed", happening="", implied=["tr"], importance="context"),
    # Reports that agree on no one's interval, all assumed: assumed; two of one article (its sources).
    statement("c", "c", 3, D1, D3, certainty="assumed", actors=["us"], importance="context"),
    statement("c", "c2", 3, D2, D4, certainty="assumed", actors=["fr", "us"], importance="context", start=30),
    statement("c", "c3", 3, D2, D3, certainty="assumed", precise=False, importance="context", start=2),
    # Its record lists a statement the load does not hold: left to writes._derived.
    statement("d", "d", 4, D1, D2),
    statement("d", "d2", 4, D1, D2, start=40),
    # A certainty the merge cannot rank among those stating the interval: left to writes._derived.
    statement("e", "e", 4, D1, D1, certainty="unheard-of", start=50),
    statement("e", "e2", 5, D1, D1, certainty="exact"),
    # No record of which statement titles it: left to writes._derived.
    statement("f", "f", 5, D1, D2, start=60),
    statement("f", "f2", 6, D1, D2),
    # One report names its actors, another's stand in for its article's opening: the named ones.
    statement("g", "g", 7, D1, D1, actors=["fr"]),
    statement("g", "g2", 8, D1, D1, actors=["ru", "tr"], implied=["ru", "tr"]),
    # No report names anyone: the opening's parties and the protagonist together.
    statement("h", "h", 7, D2, D2, actors=["ru"], implied=["ru"], start=70),
    statement("h", "h2", 8, D2, D2, implied=["tr"], start=70),
]
STATEMENTS.sort(key=lambda row: (row["article"], row["start"], row["end"], row["key"]))
RECORDS = {"a": (["a"], 0), "u": (["u"], 0), "b": (["b", "b2", "b3"], 2), "c": (["c", "c2", "c3"], 1),
           "d": (["d", "d2", "d3"], 0), "e": (["e", "e2"], 1),
           "g": (["g", "g2"], 0), "h": (["h", "h2"], 0)}


def tables() -> tuple[Any, Any]:
    types = {"first": pa.date32(), "last": pa.date32(), "value": pa.string(), "mod": pa.string(),
             "assumed_year": pa.int64(), "happening": pa.string(), "actors": pa.list_(pa.string()),
             "places": pa.list_(pa.string()), "implied": pa.list_(pa.string())}
    columns = [*_STATEMENT_COLUMNS, "article", "event"]
    statements = pa.table({name: pa.array([row[name] for row in STATEMENTS], types.get(name)) for name in columns})
    events = pa.table({"event_key": list(RECORDS), "statements": [keys for keys, _ in RECORDS.values()],
                       "title_of": pa.array([title for _, title in RECORDS.values()], pa.int32())})
    return statements, events


def reference(stored: dict[str, list[Any]], key: str) -> tuple[Any, ...]:
    """`writes._derived` on the event's statements as frise.store.bulk gives them (ids: places)."""
    rows = [(n, row["article"], *(stored[c][n] for c in _DERIVED_FIELDS))
            for n, row in enumerate(STATEMENTS) if row["event"] == key]
    keys, title = RECORDS.get(key, ([], 0))
    titling = next((r for r in rows if r[12] == keys[title]), None) if len(rows) > 1 else None
    return writes._derived(rows, titling)


def test_derived_events_are_what_writes_derives() -> None:
    statements, events = tables()
    stored = _statement_columns(statements)
    derived = derived_events(statements, stored, events)
    assert sorted(derived) == ["a", "b", "c", "g", "h", "u"]
    for key, (row, sources, actors) in derived.items():
        assert (row, sources, actors) == reference(stored, key), key
    assert derived["b"][0][:4] == ("2017-05-06", "2017-05-31", "Titre b3", "exact")  # the first report's (b2)
    assert derived["b"][0][6] in {"meeting", "agreement"}  # b3, its title, has no kind
    assert derived["b"][0][5] == "même passage\npassage b3"
    assert derived["c"][0][3] == "assumed"
    assert derived["c"][1] == [(3, 6, [7, 5])]  # one source: its most precise, narrowest statement first
    assert derived["g"][2] == ["fr"]
    assert derived["h"][2] == ["ru", "tr"]


def test_without_records_only_single_statements_are_derived() -> None:
    statements, events = tables()
    stored = _statement_columns(statements)
    derived = derived_events(statements, stored, events.drop_columns(["title_of"]))
    assert sorted(derived) == ["a", "u"]
    for key in derived:
        assert derived[key] == reference(stored, key)


def test_terms_are_stored_as_the_sorted_set_of_their_words() -> None:
    from frise.corpus.load import _sorted_terms

    terms = ["", None, "accord paix", "paix accord", "paix paix", "accord  paix", " paix", "paix ", "x\ty accord",
             "étape accord", "accord\u3000paix", "zeta alpha\xa0beta", "accord paix paix", "ab a"]
    assert _sorted_terms(pa.chunked_array([terms], pa.string())) == [
        " ".join(sorted(set(t.split()))) if t else "" for t in terms]


def test_a_statement_placed_twice_keeps_its_last_event() -> None:
    from frise.corpus.load import _last_placements

    placed = _last_placements(pa.table({"key": ["s1", "s2", "s1"], "event_key": ["e1", "e2", "e3"]}))
    assert placed.to_pylist() == [{"key": "s1", "event_key": "e3"}, {"key": "s2", "event_key": "e2"}]
    once = pa.table({"key": ["s1", "s2"], "event_key": ["e1", "e2"]})
    assert _last_placements(once) is once
