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

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Literal

from frise.events.actors import Gazetteer
from frise.events.mentions import ActorSpan, build_mentions, needs_year
from frise.events.merge import Candidate, Decision, Report, decide
from frise.events.model import Event, Mention
from frise.events.years import candidate_years, choose_year, days_in_year
from frise.ingest import Article, IngestError, discover, load_file
from frise.store import ActorInfo, ArticleRow, EventQuery, Store, StoreError
from frise.store.corrections import reapply_corrections
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

    # --- importing

    def import_paths(self, paths: Iterable[str | Path], progress: Progress | None = None) -> ImportSummary:
        found = list(discover(paths))
        outcomes = []
        for done, (path, problem) in enumerate(found, start=1):
            if problem is not None:
                outcomes.append(FileOutcome(str(path), "failed", problem.reason, problem.code))
            else:
                outcomes.append(self._import_file(path))
            if progress is not None:
                progress(done, len(found), str(path))
        redated = self.reassume_years() if any(o.status == "imported" for o in outcomes) else []
        return ImportSummary(tuple(outcomes), tuple(redated))

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
        """
        label = article.path or article.title
        existing = self.store.article_by_hash(article.content_hash)
        if existing is not None:
            return FileOutcome(label, "duplicate", f"déjà importé (article {existing.id} : "
                               f"{existing.path or existing.title})", "duplicate",
                               duplicate_of=existing.id)
        reference = Reference.parse(article.published) if article.published else Reference.unknown()
        mentions, spans, year, undated = self._statements(
            article.text, article.content_hash, reference, article_id=None, assume=not defer_year)
        with self.store.transaction():
            article_id = self.store.insert_article({
                "content_hash": article.content_hash, "path": article.path, "title": article.title,
                "outlet": article.outlet, "published": article.published,
                "precision": article.precision, "format": article.format, "url": article.url,
                "text": article.text, "needs_year": undated, "assumed_year": year,
            })
            self._store_statements(article_id, mentions, spans)
            reapply_corrections(self.store)
        return FileOutcome(label, "imported", article_id=article_id, statements=len(mentions))

    # --- dating

    def set_article_date(self, article_id: int, value: str) -> None:
        """Date an article by hand ("2017-05-04", "2017-05", "2017"): everything in it is resolved
        again against that date, in one transaction; then undated articles are reconsidered."""
        reference = Reference.parse(value)
        row = self._article_or_raise(article_id)
        text = self.store.article_text(article_id) or ""
        mentions, spans, _, _ = self._statements(text, row.content_hash, reference, article_id)
        with self.store.transaction():
            self.store.update_article_dating(
                article_id, published=reference.iso(), precision=reference.precision,
                date_source="user", needs_year=False, assumed_year=None)
            self._replace_statements(article_id, mentions, spans)
            reapply_corrections(self.store)
        self.reassume_years()

    def reextract(self, article_ids: Iterable[int] | None = None, progress: Progress | None = None) -> list[int]:
        """Read stored articles again (all, or those named) with the current engine and actor
        list: after an upgrade, or after the user edited `resources/actors`. Each article is one
        transaction; the analyst's corrections are put back on the events they name. Returns the
        ids read again, in order."""
        rows = self.store.articles() if article_ids is None else [self._article_or_raise(i) for i in article_ids]
        for index, row in enumerate(rows, start=1):
            text = self.store.article_text(row.id) or ""
            reference = Reference.parse(row.published) if row.published else Reference.unknown()
            mentions, spans, year, undated = self._statements(text, row.content_hash, reference, row.id)
            with self.store.transaction():
                self.store.update_article_dating(row.id, needs_year=undated, assumed_year=year)
                self._replace_statements(row.id, mentions, spans)
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
            with self.store.transaction():
                self.store.update_article_dating(row.id, needs_year=True, assumed_year=year)
                self._replace_statements(row.id, mentions, spans)
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
            for year in years:
                matches[year] = 0
                for mention in yearless:
                    interval = days_in_year(mention.value, year)
                    if interval is not None:
                        placed = replace(mention, first=interval[0], last=interval[1], precise=True)
                        matches[year] += self._meets_others(placed, article_id)
        chosen = choose_year(matches, published, explicit)
        if chosen is None:
            return None, []
        return chosen, extract(text, Reference.parse(str(chosen)))

    def _meets_others(self, mention: Mention, article_id: int | None) -> bool:
        assert mention.first is not None and mention.last is not None
        report = _report(mention, -1, article_id if article_id is not None else -1)
        candidates = [
            Candidate(c.event_id, tuple(r for r in c.reports if r.article_id != report.article_id))
            for c in self.store.candidates(mention.first, mention.last, mention.terms)
        ]
        return decide(report, [c for c in candidates if c.reports]).join is not None

    def _replace_statements(self, article_id: int, mentions: list[Mention], spans: list[ActorSpan]) -> None:
        touched = self.store.delete_expressions(article_id)
        for event_id in touched:
            self.store.refresh_event(event_id)
        self._store_statements(article_id, mentions, spans)

    def _store_statements(self, article_id: int, mentions: list[Mention], spans: list[ActorSpan]) -> None:
        """Merge each statement of an article into the events, then store it (caller's
        transaction). Each decision sees the statements of the same article stored before it."""
        keys = {key for m in mentions for key in m.actors}
        actors = [self.gazetteer.get(key) for key in sorted(keys)]
        self.store.ensure_actors(
            ActorInfo(a.key, a.name, a.kind, a.country) for a in actors if a is not None)
        touched: set[int] = set()
        fresh: set[int] = set()
        for mention in sorted(mentions, key=_merge_order):
            decision = Decision(None)  # an unresolved statement is never merged
            if mention.first is not None and mention.last is not None:
                decision = decide(_report(mention, -1, article_id),
                                  self.store.candidates(mention.first, mention.last, mention.terms))
            if decision.join is None:
                event_id = self.store.new_event(mention.key, mention)
                fresh.add(event_id)
            else:
                event_id = decision.join
            self.store.add_conflicts(event_id, decision.conflicts)
            self.store.insert_expression(article_id, mention, event_id)
            touched.add(event_id)
        for event_id in sorted(touched):
            self.store.refresh_event(event_id, fresh=event_id in fresh)

    def _article_or_raise(self, article_id: int) -> ArticleRow:
        row = self.store.article(article_id)
        if row is None:
            raise LookupError(f"aucun article n° {article_id}")
        return row


def _merge_order(mention: Mention) -> tuple[int, int, int]:
    """Precise statements first, then wider ones by width: a "début mai" then finds the day it
    narrows to instead of founding an event a later "le 4 mai" could not join."""
    if mention.first is None or mention.last is None:
        return (2, 0, mention.start)
    return (0 if mention.precise else 1, (mention.last - mention.first).days, mention.start)


def _report(mention: Mention, report_id: int, article_id: int) -> Report:
    assert mention.first is not None and mention.last is not None
    return Report(report_id, article_id, mention.first, mention.last, mention.precise,
                  frozenset(mention.actors), mention.terms)


# --- function-style entry points, for callers that hold only a Store


def import_paths(store: Store, paths: Iterable[str | Path], progress: Progress | None = None) -> ImportSummary:
    return Library(store).import_paths(paths, progress)


def set_article_date(store: Store, article_id: int, value: str) -> None:
    Library(store).set_article_date(article_id, value)
