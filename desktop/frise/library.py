"""The use cases: files -> articles -> dated statements -> events, and re-dating an article.

This is where the layers meet (ingest -> temporal -> events -> store); the command line and the
window call these and nothing below them. Each article lands in one transaction: a crash or a
kill leaves the database holding exactly the articles that were committed, each one whole.

Undated articles. An article with no publication date and no year in its text ("le 4 mai")
takes a year from the collection (see frise.events.years), marked assumed. That year is
recomputed at the end of every import batch, because the articles that point to it may arrive
after the undated one, and whenever the user dates an article by hand.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Literal

from frise.events.actors import Gazetteer
from frise.events.mentions import ActorSpan, build_mentions, needs_year
from frise.events.merge import Plan, Pool, Report, merge_rank, plan, undated_groups
from frise.events.model import Event, Mention
from frise.events.years import candidate_years, choose_year, days_in_year
from frise.ingest import Article, IngestError, discover, load_file
from frise.store import ActorInfo, ArticleRow, EventQuery, Store, StoreError
from frise.store.corrections import reapply_corrections
from frise.store.writes import statement_row
from frise.temporal import Reference, Timex, extract

Status = Literal["imported", "duplicate", "failed"]
Progress = Callable[[int, int, str], None]
"""progress(done, total, path): called after each file, whatever became of it."""


@dataclass(frozen=True, slots=True)
class FileOutcome:
    """What became of one file: imported, skipped as a duplicate, or failed (with its reason)."""

    path: str
    status: Status
    reason: str | None = None
    code: str | None = None
    article_id: int | None = None
    duplicate_of: int | None = None
    statements: int = 0


@dataclass(frozen=True, slots=True)
class ImportSummary:
    outcomes: tuple[FileOutcome, ...]
    redated: tuple[int, ...] = field(default=())

    def with_status(self, status: Status) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == status]

    @property
    def imported(self) -> list[FileOutcome]:
        return self.with_status("imported")

    @property
    def duplicates(self) -> list[FileOutcome]:
        return self.with_status("duplicate")

    @property
    def failed(self) -> list[FileOutcome]:
        return self.with_status("failed")


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return Gazetteer.load()


class Library:
    """The collection in one database, with the tools to read articles into it."""

    def __init__(self, store: Store, gazetteer: Gazetteer | None = None) -> None:
        self.store = store
        self.gazetteer = gazetteer if gazetteer is not None else default_gazetteer()
        self._ranks: dict[int, tuple[object, ...]] = {}  # merge rank by statement id (ids are never reused)

    # --- importing

    def import_paths(self, paths: Iterable[str | Path], progress: Progress | None = None) -> ImportSummary:
        found = list(discover(paths))
        outcomes = []
        for done, (path, problem) in enumerate(found, start=1):
            if _identity(path) in self._own_files():  # read again: a -wal appears with the first write
                # Never opened: on POSIX, closing any handle on the database file drops every
                # SQLite lock this process holds on it (fcntl locks belong to the process).
                outcomes.append(FileOutcome(str(path), "failed", OWN_TIMELINE, "own_timeline"))
            elif problem is not None:
                outcomes.append(FileOutcome(str(path), "failed", problem.reason, problem.code))
            else:
                outcomes.append(self._import_file(path))
            if progress is not None:
                progress(done, len(found), str(path))
        redated = self.reassume_years() if any(o.status == "imported" for o in outcomes) else []
        return ImportSummary(tuple(outcomes), tuple(redated))

    def _own_files(self) -> set[tuple[int, int]]:
        """The timeline's file and its sidecars, as (device, inode): stat() opens nothing."""
        return {identity for suffix in ("", "-wal", "-shm", "-journal")
                if (identity := _identity(Path(f"{self.store.path}{suffix}"))) is not None}

    def _import_file(self, path: Path) -> FileOutcome:
        try:
            article = load_file(path)
        except IngestError as error:
            return FileOutcome(str(path), "failed", error.reason, error.code)
        try:
            return self.import_article(article, defer_year=True)
        except (StoreError, sqlite3.Error):
            raise  # the database itself is in trouble: stop, do not go on file after file
        except Exception as error:
            # Its transaction was rolled back; the summary names the file and what went wrong.
            return FileOutcome(str(path), "failed", f"erreur interne : {type(error).__name__}: {error}", "internal")

    def import_article(self, article: Article, *, defer_year: bool = False) -> FileOutcome:
        """Store one article and its events in one transaction (or report it as a duplicate).

        `defer_year` leaves the year of an undated article to the next `reassume_years()` (its
        yearless dates stay unresolved until then): a batch import assumes it once, at the end,
        from the whole batch, instead of once per article and again at the end.

        Everything but the writing happens before the transaction: reading the article, its
        statements and where merging puts them (from a read of the events near its dates).
        The write lock is held only to write, and to decide again if another connection
        committed in between. The duplicate check is made again inside it: two imports of the
        same file at once store it once, and the second reports it as a duplicate.
        """
        label = article.path or article.title
        existing = self.store.article_by_hash(article.content_hash)
        if existing is not None:
            return _duplicate(label, existing)
        reference = Reference.parse(article.published) if article.published else Reference.unknown()
        mentions, spans, year, undated = self._statements(
            article.text, article.content_hash, reference, article_id=None, assume=not defer_year)
        merge = self._plan(None, mentions)
        try:
            with self.store.transaction():
                existing = self.store.article_by_hash(article.content_hash)
                if existing is not None:
                    return _duplicate(label, existing)
                merge = self._current(merge, None, mentions)
                article_id = self.store.insert_article({
                    "content_hash": article.content_hash, "path": article.path, "title": article.title,
                    "outlet": article.outlet, "published": article.published,
                    "precision": article.precision, "format": article.format, "url": article.url,
                    "text": article.text, "needs_year": undated, "assumed_year": year,
                })
                self._write_statements(article_id, mentions, merge, replacing=False)
                reapply_corrections(self.store)
        except sqlite3.IntegrityError as error:
            # Another connection stored the same text between the check and the insert (only
            # possible if the transaction did not take the write lock at once).
            existing = self.store.article_by_hash(article.content_hash)
            if existing is None or "content_hash" not in str(error):
                raise
            return _duplicate(label, existing)
        return FileOutcome(label, "imported", article_id=article_id, statements=len(mentions))

    # --- dating

    def set_article_date(self, article_id: int, value: str) -> None:
        """Date an article by hand ("2017-05-04", "2017-05", "2017"): everything in it is resolved
        again against that date, in one transaction; then undated articles are reconsidered."""
        reference = Reference.parse(value)
        row = self._article_or_raise(article_id)
        text = self.store.article_text(article_id) or ""
        mentions, _, _, _ = self._statements(text, row.content_hash, reference, article_id)
        merge = self._plan(article_id, mentions)
        with self.store.transaction():
            merge = self._current(merge, article_id, mentions)
            self.store.update_article_dating(
                article_id, published=reference.iso(), precision=reference.precision,
                date_source="user", needs_year=False, assumed_year=None)
            self._write_statements(article_id, mentions, merge, replacing=True)
            reapply_corrections(self.store)
        self.reassume_years()

    def reextract(self, article_ids: Iterable[int] | None = None, progress: Progress | None = None) -> list[int]:
        """Read stored articles again (all, or those named) with the current engine and actor
        list: after an upgrade, or after the user edited `resources/actors`. Each article is one
        transaction; the analyst's corrections are put back on the events they name. Returns the
        ids read again, in order.

        An article whose statements come out exactly as stored (same dates, passages, titles,
        actors and terms) is left as it is: merging it again could only move its statements
        from the events a merge of the whole collection gave them to the ones one more pass
        gives (see `frise.events.merge.plan`: order-independence holds for the events an import
        touches, not for chains reaching further), so re-extracting an unchanged collection
        changes nothing, however often it is done. Hence also: a change to the merge rules
        alone is applied to the articles whose statements change, and to those imported after.
        """
        rows = self.store.articles() if article_ids is None else [self._article_or_raise(i) for i in article_ids]
        for index, row in enumerate(rows, start=1):
            text = self.store.article_text(row.id) or ""
            reference = Reference.parse(row.published) if row.published else Reference.unknown()
            mentions, _, year, undated = self._statements(text, row.content_hash, reference, row.id)
            if (undated, year) == (row.needs_year, row.assumed_year) and self._unchanged(row.id, mentions):
                with self.store.transaction():  # the names in the actor list may have changed
                    self._ensure_actors(mentions)
            else:
                merge = self._plan(row.id, mentions)
                with self.store.transaction():
                    merge = self._current(merge, row.id, mentions)
                    self.store.update_article_dating(row.id, needs_year=undated, assumed_year=year)
                    self._write_statements(row.id, mentions, merge, replacing=True)
                    reapply_corrections(self.store)
            if progress is not None:
                progress(index, len(rows), row.path or row.title)
        self.reassume_years()
        return [row.id for row in rows]

    def reassume_years(self) -> list[int]:
        """Recompute the assumed year of every undated article; re-resolve those that change.

        Returns the ids of the articles whose statements were re-resolved.
        """
        changed: list[int] = []
        undated = [row for row in self.store.articles() if row.needs_year and row.date_source != "user"]
        if not undated:
            return changed
        published, explicit = self.store.collection_years()
        for row in undated:
            own = self.store.year_counts(row.id)
            others = {year: n - own.get(year, 0) for year, n in explicit.items()}
            text = self.store.article_text(row.id) or ""
            spans = self._actor_spans(text)
            timexes = extract(text, Reference.unknown())
            year, assumed = self._assume_year(text, row.content_hash, timexes, spans, row.id, (published, others))
            if year == row.assumed_year:
                continue
            mentions = build_mentions(text, row.content_hash, timexes, spans, assumed=assumed, assumed_year=year)
            merge = self._plan(row.id, mentions)
            with self.store.transaction():
                merge = self._current(merge, row.id, mentions)
                self.store.update_article_dating(row.id, needs_year=True, assumed_year=year)
                self._write_statements(row.id, mentions, merge, replacing=True)
                reapply_corrections(self.store)
            changed.append(row.id)
        return changed

    # --- reading

    def events(self, query: EventQuery | None = None) -> list[Event]:
        return self.store.events(query)

    def articles(self) -> list[ArticleRow]:
        return self.store.articles()

    def actor_keys(self, name: str) -> list[str]:
        """Actors a person may mean by `name`: the gazetteer's reading of it, then stored names."""
        keys = [m.actor.key for m in self.gazetteer.find(name)]
        keys += self.store.actor_keys_matching(name)
        return list(dict.fromkeys(keys))

    def find_article(self, reference: str) -> ArticleRow | None:
        """An article by id, by path as imported, or by a prefix of its content hash."""
        if reference.isdigit():
            return self.store.article(int(reference))
        by_path = self.store.article_by_path(str(Path(reference).expanduser().absolute()))
        if by_path is not None:
            return by_path
        if len(reference) >= 6:
            matches = [a for a in self.store.articles() if a.content_hash.startswith(reference)]
            if len(matches) == 1:
                return matches[0]
        return None

    # --- the pipeline

    def _statements(
        self, text: str, content_hash: str, reference: Reference, article_id: int | None,
        *, assume: bool = True,
    ) -> tuple[list[Mention], list[ActorSpan], int | None, bool]:
        """Dated statements of a text, with the year assumed for it when it has none of its own."""
        spans = self._actor_spans(text)
        timexes = extract(text, reference)
        if reference.precision != "unknown" or not needs_year(timexes):
            return build_mentions(text, content_hash, timexes, spans), spans, None, False
        if not assume:
            return build_mentions(text, content_hash, timexes, spans), spans, None, True
        year, assumed = self._assume_year(text, content_hash, timexes, spans, article_id)
        mentions = build_mentions(text, content_hash, timexes, spans, assumed=assumed, assumed_year=year)
        return mentions, spans, year, True

    def _actor_spans(self, text: str) -> list[ActorSpan]:
        return [ActorSpan(m.start, m.end, m.actor.key) for m in self.gazetteer.find(text)]

    def _assume_year(
        self, text: str, content_hash: str, timexes: Sequence[Timex], spans: Sequence[ActorSpan],
        article_id: int | None, evidence: tuple[dict[int, int], dict[int, int]] | None = None,
    ) -> tuple[int | None, list[Timex]]:
        published, explicit = evidence or self.store.collection_years(exclude_article=article_id)
        matches: dict[int, int] = {}
        years = candidate_years(published, explicit)
        if len(years) > 1:
            # Trying a year needs only the yearless days ("le 4 mai"), placed in it directly;
            # the engine resolves the whole text once, against the year chosen.
            yearless = [m for m in build_mentions(text, content_hash, timexes, spans, titles=False)
                        if m.first is None and m.value]
            owner = article_id if article_id is not None else -1
            tried: dict[int, list[Report]] = {}
            for year in years:
                tried[year] = []
                for mention in yearless:
                    interval = days_in_year(mention.value, year)
                    if interval is not None:
                        placed = replace(mention, first=interval[0], last=interval[1], precise=True)
                        tried[year].append(_report(placed, -1, owner))
            # One read of the events near all of them; the article's own statements left out.
            every = [r for reports in tried.values() for r in reports]
            pool, _ = self._pool(every, article_id)
            pool.bring(every)
            for year in years:
                matches[year] = sum(pool.decide(report).join is not None for report in tried[year])
        chosen = choose_year(matches, published, explicit)
        if chosen is None:
            return None, []
        return chosen, extract(text, Reference.parse(str(chosen)))

    # --- merging: planned from a read, written in the transaction

    def _plan(self, article_id: int | None, mentions: Sequence[Mention]) -> _Merge:
        """Where an article's statements go (`frise.events.merge.plan`), read from the events
        near their dates; the article's own stored statements (being replaced) left out."""
        version = self.store.data_version()
        owner = article_id if article_id is not None else -1
        new = [(report, merge_rank(report, m.key)) for report, m in (
            (_report(m, -(index + 1), owner, self._sides(m.actors)), m) for index, m in enumerate(mentions)
            if m.first is not None and m.last is not None)]
        pool, keys = self._pool([r for r, _ in new], article_id)
        return _Merge(version, plan(pool, new), keys)

    def _current(self, merge: _Merge, article_id: int | None, mentions: Sequence[Mention]) -> _Merge:
        """`merge` if nothing was committed by another connection since it was read, else the
        plan made again (inside the caller's write transaction, so it cannot go stale again)."""
        if self.store.data_version() == merge.version:
            return merge
        return self._plan(article_id, mentions)

    def _pool(self, reports: Sequence[Report], exclude_article: int | None) -> tuple[Pool, dict[int, str]]:
        """The stored events near these statements, in a pool; and the keys of their statements."""
        rows = self.store.merge_statements(((r.first, r.last) for r in reports), exclude_article)
        ranks = self._ranks
        if len(ranks) > 200_000:
            ranks.clear()
        for statement_id, _, key, _, report in rows:
            if statement_id not in ranks:
                ranks[statement_id] = merge_rank(report, key)
        pool = Pool((event_id, report, ranks[i], manual) for i, event_id, _, manual, report in rows)
        return pool, {statement_id: key for statement_id, _, key, _, _ in rows}

    def _unchanged(self, article_id: int, mentions: Sequence[Mention]) -> bool:
        """Whether these statements are exactly those stored for the article."""
        return sorted(self.store.statement_rows(article_id)) == sorted(
            statement_row(article_id, m) for m in mentions)

    def _sides(self, keys: Iterable[str]) -> frozenset[str]:
        """The states or organisations these actors belong to, and those that belong to none."""
        sides = set()
        for key in keys:
            actor = self.gazetteer.get(key)
            sides.add(actor.country if actor is not None and actor.country else key)
        return frozenset(sides)

    def _ensure_actors(self, mentions: Sequence[Mention]) -> None:
        keys = {key for m in mentions for key in m.actors}
        actors = [self.gazetteer.get(key) for key in sorted(keys)]
        self.store.ensure_actors(
            ActorInfo(a.key, a.name, a.kind, a.country) for a in actors if a is not None)

    def _write_statements(
        self, article_id: int, mentions: Sequence[Mention], merge: _Merge, *, replacing: bool,
    ) -> None:
        """Store an article's statements where `merge` put them, move the stored statements it
        decided again, and refresh every event that changed (caller's transaction). With
        `replacing`, the article's previous statements are deleted first."""
        touched: set[int] = set()
        if replacing:
            # Events left with none of their statements go now, so that the events founded
            # again below get back their keys. The plan never names them: it was made without
            # this article's statements, from the events that hold others.
            self.store.refresh_events(self.store.delete_expressions(article_id))
        self._ensure_actors(mentions)
        decided = merge.plan
        # New events: those the plan founds (-1, -2, ...: in the order founded), then one for
        # each unresolved statement, which is merged only with one of its own article telling
        # the same undated happening again (`undated_groups`).
        planned = sorted(decided.founders, reverse=True)
        undated = [index for index in range(len(mentions)) if -(index + 1) not in decided.placed]
        told = undated_groups([(mentions[i].text, mentions[i].terms, frozenset(mentions[i].actors),
                                mentions[i].happening) for i in undated])
        unresolved = [index for index, first in zip(undated, told, strict=True) if undated[first] == index]
        retold = {index: undated[first] for index, first in zip(undated, told, strict=True)}
        founders: list[tuple[str, Mention | None]] = []
        for event in planned:
            founder = decided.founders[event]
            if founder < 0:
                founders.append((mentions[-founder - 1].key, mentions[-founder - 1]))
            else:
                founders.append((merge.keys[founder], None))
        founders += [(mentions[index].key, mentions[index]) for index in unresolved]
        ids = self.store.new_events(founders)
        created = dict(zip(planned, ids, strict=False))
        own = dict(zip(unresolved, ids[len(planned):], strict=True))
        own.update((index, own[first]) for index, first in retold.items())
        fresh = set(ids)

        def event_of(planned: int) -> int:
            return created[planned] if planned < 0 else planned

        rows = [(mention, own[index] if index in own else event_of(decided.placed[-(index + 1)]))
                for index, mention in enumerate(mentions)]
        self.store.insert_statements(article_id, rows)
        touched.update(event_id for _, event_id in rows)
        moves = []
        for statement, event in decided.placed.items():
            if statement > 0 and event_of(event) != decided.before[statement]:
                moves.append((statement, event_of(event)))
                touched.update((event_of(event), decided.before[statement]))
        self.store.move_statements(moves)
        for event, others in decided.conflicts.items():
            self.store.add_conflicts(event_of(event), [event_of(o) for o in others])
        touched |= decided.emptied
        self.store.refresh_events(touched, fresh)

    def _article_or_raise(self, article_id: int) -> ArticleRow:
        row = self.store.article(article_id)
        if row is None:
            raise LookupError(f"aucun article n° {article_id}")
        return row


@dataclass(frozen=True, slots=True)
class _Merge:
    """A merge plan, the `data_version` of the read it was made from, and the keys of the stored
    statements it read (a rebuilt event founded by one of them is keyed by it)."""

    version: int
    plan: Plan
    keys: dict[int, str]


OWN_TIMELINE = "c'est la chronologie ouverte elle-même (ou l'un de ses fichiers -wal, -shm, -journal)"


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except (OSError, ValueError):
        return None
    return status.st_dev, status.st_ino


def _duplicate(label: str, existing: ArticleRow) -> FileOutcome:
    return FileOutcome(label, "duplicate", f"déjà importé (article {existing.id} : "
                       f"{existing.path or existing.title})", "duplicate", duplicate_of=existing.id)


def _report(mention: Mention, report_id: int, article_id: int, sides: frozenset[str] = frozenset()) -> Report:
    assert mention.first is not None and mention.last is not None
    return Report(report_id, article_id, mention.first, mention.last, mention.precise,
                  frozenset(mention.actors), mention.terms, mention.happening, sides)


# --- function-style entry points, for callers that hold only a Store


def import_paths(store: Store, paths: Iterable[str | Path], progress: Progress | None = None) -> ImportSummary:
    return Library(store).import_paths(paths, progress)


def set_article_date(store: Store, article_id: int, value: str) -> None:
    Library(store).set_article_date(article_id, value)
