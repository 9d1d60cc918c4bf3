"""The database schema, as an ordered list of migrations.

`PRAGMA user_version` holds how many migrations a file has received. Opening a file applies the
missing ones, each in its own transaction, so a crash leaves the file at the previous version.
A file with a higher version was written by a newer Frise and is refused, never downgraded.

Tables are plain and named for what they hold, so that the file reads in the sqlite-utils CLI
and in Datasette without Frise: `articles`, `date_expressions` (the dated statements),
`events`, `event_sources`, `actors`, `event_actors`, `event_conflicts` and `user_changes`.
Dates are ISO strings; intervals are inclusive `first`/`last` days. `date_expressions.breadth`
sorts statements into one day (0), up to a month (1) and longer (2), so that finding the
statements near a date scans a short index range for the many single days and a longer one only
for the few wide ones. Statement ids are never reused (AUTOINCREMENT), so a statement read once
can be remembered by its id.

`user_changes` belongs to the user: extraction never writes to it. Its rows name events by
`event_key`, which stays the same across re-extraction (it is the key of the statement that
founded the event: article content hash, start and end of the date expression).
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

FTS_TOKENIZER = "unicode61 remove_diacritics 2"


_V1_TABLES = """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    path TEXT,
    title TEXT NOT NULL,
    outlet TEXT,
    published TEXT,
    precision TEXT NOT NULL,
    date_source TEXT NOT NULL DEFAULT 'file',
    format TEXT,
    url TEXT,
    text TEXT NOT NULL,
    needs_year INTEGER NOT NULL DEFAULT 0,
    assumed_year INTEGER,
    imported_at TEXT NOT NULL
);
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    first TEXT,
    last TEXT,
    title TEXT NOT NULL,
    certainty TEXT NOT NULL,
    conflicting INTEGER NOT NULL DEFAULT 0,
    source_count INTEGER NOT NULL DEFAULT 0,
    passages TEXT NOT NULL DEFAULT '',
    updated_at TEXT
);
CREATE INDEX idx_events_first_last ON events (first, last);
CREATE INDEX idx_events_last ON events (last);
CREATE TABLE date_expressions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    key TEXT NOT NULL UNIQUE,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    value TEXT,
    mod TEXT,
    anchor TEXT NOT NULL,
    first TEXT,
    last TEXT,
    certainty TEXT NOT NULL,
    precise INTEGER NOT NULL DEFAULT 0,
    breadth INTEGER NOT NULL DEFAULT 0,
    assumed_year INTEGER,
    passage_start INTEGER NOT NULL,
    passage_end INTEGER NOT NULL,
    passage TEXT NOT NULL,
    title TEXT NOT NULL,
    actors TEXT NOT NULL DEFAULT '[]',
    terms TEXT NOT NULL DEFAULT '',
    event_id INTEGER REFERENCES events (id) ON DELETE SET NULL
);
CREATE INDEX idx_date_expressions_article ON date_expressions (article_id);
CREATE INDEX idx_date_expressions_event ON date_expressions (event_id);
CREATE INDEX idx_date_expressions_merge ON date_expressions (breadth, first, last);
CREATE TABLE event_sources (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    expression_id INTEGER NOT NULL REFERENCES date_expressions (id) ON DELETE CASCADE,
    other_expressions TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (event_id, article_id)
);
CREATE INDEX idx_event_sources_article ON event_sources (article_id);
CREATE INDEX idx_event_sources_expression ON event_sources (expression_id);
CREATE TABLE actors (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT,
    country TEXT
);
CREATE TABLE event_actors (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, actor_id)
);
CREATE INDEX idx_event_actors_actor ON event_actors (actor_id, event_id);
CREATE TABLE event_conflicts (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    other_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, other_id)
);
CREATE INDEX idx_event_conflicts_other ON event_conflicts (other_id);
CREATE TABLE user_changes (
    id INTEGER PRIMARY KEY,
    event_key TEXT NOT NULL,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL
);
CREATE INDEX idx_user_changes_event_key ON user_changes (event_key);
"""


def _v1(db: sqlite_utils.Database) -> None:
    for statement in _V1_TABLES.split(";"):
        if statement.strip():
            db.execute(statement)
    db.table("articles").enable_fts(["title", "text"], tokenize=FTS_TOKENIZER, create_triggers=True)
    db.table("events").enable_fts(["title", "passages"], tokenize=FTS_TOKENIZER, create_triggers=True)
    # Re-index an event only when its text changes, not when a flag or a date does.
    db.execute("DROP TRIGGER events_au")
    db.execute(
        "CREATE TRIGGER events_au AFTER UPDATE OF title, passages ON events BEGIN "
        "INSERT INTO events_fts (events_fts, rowid, title, passages) "
        "VALUES ('delete', old.rowid, old.title, old.passages); "
        "INSERT INTO events_fts (rowid, title, passages) VALUES (new.rowid, new.title, new.passages); "
        "END"
    )


def _v2(db: sqlite_utils.Database) -> None:
    """The analyst's corrections, materialised on the events they apply to (see
    `store/corrections.py`): hidden events drop out of every query by a plain column test, and
    the reviewed flag is read with the row. `user_changes` stays the truth; these are derived."""
    db.execute("ALTER TABLE events ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE events ADD COLUMN reviewed INTEGER NOT NULL DEFAULT 0")


def _v3(db: sqlite_utils.Database) -> None:
    """Events as a chronology lists them: the kind of happening (agreement, meeting…), whether it
    is the article's news or its background, and the places named apart from the actors. Each
    statement carries its own; an event takes its kind from its representative statement, is
    news when any report of it is, and gathers every report's places. Older files get them from
    the next re-extraction (Fichier > Relire tous les articles); until then every event is news
    with no kind."""
    for table in ("date_expressions", "events"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN happening TEXT")
        db.execute(f"ALTER TABLE {table} ADD COLUMN importance TEXT NOT NULL DEFAULT 'news'")
        db.execute(f"ALTER TABLE {table} ADD COLUMN places TEXT NOT NULL DEFAULT '[]'")
    db.execute("CREATE INDEX idx_events_happening ON events (happening)")


def _v4(db: sqlite_utils.Database) -> None:
    """The party a statement that names nobody is about (`Mention.implied`: the article's
    protagonist), which its event takes as participant when none of its reports names one. Older
    files get it from the next re-extraction; until then such events have no actor, as before."""
    db.execute("ALTER TABLE date_expressions ADD COLUMN implied TEXT NOT NULL DEFAULT '[]'")


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_v1, _v2, _v3, _v4]
SCHEMA_VERSION = len(MIGRATIONS)
