"""The use cases: files -> articles -> dated statements -> events, and re-dating an article.

This is where the layers meet (ingest -> temporal -> events -> store); the command line and the
window call these and nothing below them. Each article lands in one transaction: a crash or a
kill leaves the database holding exactly the articles that were committed, each one whole.

Undated articles. An article with no publication date takes a date read from its own text
first (a page stamp, a dateline without its year, « hier, jeudi 13 décembre », the years its
weekdays allow, the latest day it dates with its weekday), then from the articles it shares
events and actors with, then from the collection (see frise.events.years and `_assume_date`).
The article's `date_source` says which (text, related, collection), `assumed_year` holds the
year, and every statement dated only thanks to it is marked assumed, its anchor saying how; the
user's own date replaces all of it. The guess is made again at the end of every import batch,
because the articles that point to it may arrive after the undated one, and whenever the user
dates an article by hand.
"""

from __future__ import annotations

import os
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Literal

from frise.events.actors import Gazetteer
from frise.events.mentions import ActorSpan, build_mentions
from frise.events.merge import Plan, Pool, Report, merge_rank, plan, undated_groups
from frise.events.model import Event, Mention
from frise.events.pipeline import actor_spans, may_coincide, read_article, report_of, sides_of
from frise.events.terms import terms
from frise.events.years import (
    WEEKDAY_WORDS,
    DateGuess,
    TextDate,
    actor_years,
    candidate_years,
    choose_year,
    constrains_year,
    days_in_year,
    is_deictic,
    latest_reported_day,
    leaders_in_office,
    read_text_date,
    sentence_bounds,
    tenure_years,
    within_tenure,
    year_window,
    years_fitting,
)
from frise.gcpause import cyclic_gc_paused
from frise.ingest import Article, IngestError, discover, load_file
from frise.store import ActorInfo, ArticleRow, EventQuery, Store, StoreError
from frise.store.corrections import reapply_corrections
from frise.store.writes import statement_row
from frise.temporal import Reference, Timex, extract
from frise.text.folding import fold

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
    guessed: tuple[tuple[int, DateGuess], ...] = field(default=())
    """Every article of the batch (or re-dated by it) whose date was assumed, with how."""

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
        self.guesses: dict[int, DateGuess] = {}
        """The date assumed for each undated article, as last computed (by `reassume_years`)."""
        self._evidence: dict[tuple[int, int], list[tuple[int, Report]]] | None = None
        """While `reassume_years` runs: the stored statements over each span of years read so far
        (event, statement), so that each undated article does not read the whole collection again;
        read again at each of its passes."""

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
        concerned = {o.article_id for o in outcomes if o.status == "imported"} | set(redated)
        guessed = tuple((i, g) for i, g in sorted(self.guesses.items()) if i in concerned)
        return ImportSummary(tuple(outcomes), tuple(redated), guessed)

    def _own_files(self) -> set[tuple[int, int]]:
        """The timeline's file and its sidecars, as (device, inode): stat() opens nothing."""
        return {identity for suffix in ("", "-wal", "-shm", "-journal")
                if (identity := _identity(Path(f"{self.store.path}{suffix}"))) is not None}

    @cyclic_gc_paused()  # reading the file too (a 10 MB text is millions of objects)
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

    @cyclic_gc_paused()  # an article's statements, reports and rows hold no reference cycle
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
        mentions, spans, year, undated, guess = self._statements(
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
                    "date_source": guess.how if guess else None,
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

    @cyclic_gc_paused()  # an article's statements, reports and rows hold no reference cycle
    def set_article_date(self, article_id: int, value: str) -> None:
        """Date an article by hand ("2017-05-04", "2017-05", "2017"): everything in it is resolved
        again against that date, in one transaction; then undated articles are reconsidered."""
        reference = Reference.parse(value)
        row = self._article_or_raise(article_id)
        text = self.store.article_text(article_id) or ""
        mentions, *_ = self._statements(text, row.content_hash, reference, article_id)
        merge = self._plan(article_id, mentions)
        with self.store.transaction():
            merge = self._current(merge, article_id, mentions)
            self.store.update_article_dating(
                article_id, published=reference.iso(), precision=reference.precision,
                date_source="user", needs_year=False, assumed_year=None)
            self._write_statements(article_id, mentions, merge, replacing=True)
            reapply_corrections(self.store)
        self.reassume_years()

    @cyclic_gc_paused()  # an article's statements, reports and rows hold no reference cycle
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
            mentions, _, year, undated, _ = self._statements(text, row.content_hash, reference, row.id)
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
        """Recompute the date assumed for every article nobody dated; re-resolve those that change.

        Articles whose own text gives their day and year go first, so that the articles sharing
        events and actors with them can be dated from them; those left to the collection are
        tried once more at the end, when every other article has its date.
        Returns the ids of the articles whose statements were re-resolved.
        """
        changed: list[int] = []
        rows = [row for row in self.store.articles() if not row.published and row.date_source != "user"]
        for gone in set(self.guesses) - {row.id for row in rows}:
            del self.guesses[gone]
        if not rows:
            return changed
        published, explicit = self.store.collection_years()
        settled = {row.id for row in self.store.articles() if row.published}
        read = []
        for row in rows:
            text = self.store.article_text(row.id) or ""
            timexes = extract(text, Reference.unknown())
            read.append((row.id, text, timexes, read_text_date(text, timexes)))
        read.sort(key=lambda item: (item[3].month_day is None, not constrains_year(item[3]), item[0]))
        self._evidence = {}
        try:
            self._reassume(read, published, explicit, settled, changed)
        finally:
            self._evidence = None
        return changed

    def _reassume(
        self, read: list[tuple[int, str, list[Timex], TextDate]], published: dict[int, int],
        explicit: dict[int, int], settled: set[int], changed: list[int],
    ) -> None:
        """`reassume_years`' loop over the undated articles, twice (see there). The stored
        statements they are weighed against are read once a pass: within a pass, an article
        re-dated by the pass is not evidence for the next ones (the second pass sees it, and the
        collection's years as they are then: an article the first pass dated from its own text
        counts among them)."""
        for attempt in range(2):
            self._evidence = {}
            if attempt:
                published, explicit = self.store.collection_years()
            for article_id, text, timexes, clues in read:
                if attempt and article_id in settled:
                    continue  # dated by its own text or by an event it shares: no better evidence
                current = self.store.article(article_id)
                if current is None:
                    continue
                row = current
                own = self.store.year_counts(article_id)
                others = {year: n - own.get(year, 0) for year, n in explicit.items()}
                spans = self._actor_spans(text)
                guess, resolved = self._assume_date(
                    text, row.content_hash, timexes, spans, article_id, (published, others), clues, settled)
                if guess is None:
                    self.guesses.pop(article_id, None)
                else:
                    self.guesses[article_id] = guess
                    if guess.how == "text" or guess.detail.startswith("«"):
                        settled.add(article_id)  # dated by its text or by an event it shares
                mentions = self._guessed_mentions(text, row.content_hash, timexes, resolved, spans, guess)
                year = int(guess.value[:4]) if guess else None
                source = guess.how if guess else "file"
                if (year, source) == (row.assumed_year, row.date_source) and self._unchanged(article_id, mentions):
                    continue
                merge = self._plan(article_id, mentions)
                with self.store.transaction():
                    merge = self._current(merge, article_id, mentions)
                    self.store.update_article_dating(
                        article_id, published=None, precision=row.precision, date_source=source,
                        needs_year=row.needs_year, assumed_year=year)
                    self._write_statements(article_id, mentions, merge, replacing=True)
                    reapply_corrections(self.store)
                if article_id not in changed:
                    changed.append(article_id)

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
    ) -> tuple[list[Mention], list[ActorSpan], int | None, bool, DateGuess | None]:
        """Dated statements of a text (`pipeline.read_article`), with the date assumed for it when
        it has none of its own."""
        reading = read_article(text, content_hash, reference, self.gazetteer)
        spans, timexes, undated = reading.actors, reading.timexes, reading.needs_year
        if reference.precision != "unknown" or not assume:
            return reading.mentions, spans, None, undated, None
        guess, resolved = self._assume_date(text, content_hash, timexes, spans, article_id)
        mentions = self._guessed_mentions(text, content_hash, timexes, resolved, spans, guess)
        return mentions, spans, int(guess.value[:4]) if guess else None, undated, guess

    def _actor_spans(self, text: str) -> list[ActorSpan]:
        return actor_spans(text, self.gazetteer)

    def _assume_date(
        self, text: str, content_hash: str, timexes: Sequence[Timex], spans: Sequence[ActorSpan],
        article_id: int | None, evidence: tuple[dict[int, int], dict[int, int]] | None = None,
        clues: TextDate | None = None, settled: set[int] | None = None,
    ) -> tuple[DateGuess | None, list[Timex]]:
        """The date of an article nobody dated (`frise.events.years`), and its expressions
        resolved against it: from its own text first (a stamp, a dateline, « hier, jeudi 13
        décembre », the years its weekdays allow); then from the articles it shares events and
        actors with (a statement of it that joins their event, placed on the day that event
        fell); then from the collection. `settled` names the articles whose statements count as
        evidence (all of them when None)."""
        if not any(t.kind in ("date", "range") and t.first is None for t in timexes):
            return None, []  # everything it says is dated already, or it says no date at all
        published, explicit = evidence or self.store.collection_years(exclude_article=article_id)
        clues = clues or read_text_date(text, timexes)
        low, high = year_window(published, explicit, clues, date.today())
        read: list[tuple[int, Report]] | None = None

        def others() -> list[tuple[int, Report]]:
            """(event, statement) of the settled articles, over the years the article may be from."""
            nonlocal read
            if read is None:
                cache = self._evidence
                if cache is None:
                    rows = self.store.merge_statements([(date(low, 1, 1), date(high, 12, 31))], article_id)
                    everything = [(event, r) for _, event, _, _, r in rows]
                else:
                    if (low, high) not in cache:
                        rows = self.store.merge_statements([(date(low, 1, 1), date(high, 12, 31))], None)
                        cache[(low, high)] = [(event, r) for _, event, _, _, r in rows]
                    everything = cache[(low, high)]
                read = [(event, r) for event, r in everything
                        if r.article_id != article_id and (settled is None or r.article_id in settled)]
            return read

        year: int | None = None
        how, detail = "text", clues.day_detail or clues.detail
        floor = clues.latest_cited  # the article is not older than a year it cites as past
        # When the leaders it names were in office (`years.tenure_years`: a president of 2010-2018
        # is named as such in 2009-2019).
        tenure = tenure_years([actor.role for key in sorted(leaders_in_office(text, spans))
                               if (actor := self.gazetteer.get(key)) is not None], date.today().year)
        if constrains_year(clues):
            window = (low, high)
            if tenure is not None and not any(low <= y <= high for y in tenure):
                # None of the collection's years saw them in office: their terms are tried too.
                window = (min(low, min(tenure)), max(high, max(tenure)))
            fitting = within_tenure(years_fitting(clues, window, date.today().year), tenure)[:MAX_YEARS]
            if fitting:
                year = fitting[0]
                if len(fitting) > 1:
                    matches = self._year_matches(text, content_hash, timexes, spans, article_id, fitting, settled)
                    year = max(fitting, key=lambda y: (matches[y], y))
                if not detail:
                    detail = next((t.text for t in timexes if t.value and t.value.startswith("XXXX-")
                                   and any(w in fold(t.text) for w in WEEKDAY_WORDS)), "")
        day: date | None = None
        if year is None and clues.month_day is None:
            # The latest day its text dates in full and reports as past, when no later year is cited.
            explicit_day = latest_reported_day(text, timexes)
            if explicit_day is not None and explicit_day.year == clues.latest_cited:
                year, day = explicit_day.year, explicit_day
                detail = next((t.text for t in timexes if t.first == explicit_day), "")
        if day is None and clues.month_day is None:
            related = self._related_day(text, content_hash, timexes, spans, article_id, year, others(), settled)
            if related is not None and (floor is None or related[0].year >= floor):
                day, detail = related
                year, how = day.year, "related"
        if year is None:
            how = "related"
            weights = actor_years(_dated([r for _, r in others()]), _keys(spans))
            if floor is not None:
                weights = Counter({y: w for y, w in weights.items() if y >= floor})
            if tenure is not None:
                weights = Counter({y: w for y, w in weights.items() if y in tenure}) or weights
            years = within_tenure([y for y in dict.fromkeys([*candidate_years(published, explicit), *_top(weights)])
                                   if floor is None or y >= floor], tenure)
            matches = self._year_matches(text, content_hash, timexes, spans, article_id, years, settled)
            if any(matches.values()):
                year = max(years, key=lambda y: (matches[y], y))
                detail = "événements d'autres articles"
            else:
                ranked = weights.most_common(2)
                if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
                    year = ranked[0][0]  # only a year the actors point to clearly
                    detail = "acteurs d'autres articles"
                else:
                    year, how, detail = choose_year({}, published, explicit), "collection", ""
                if year is not None and floor is not None and year < floor:
                    # Older than a year its text cites as past: it is of that year at the earliest.
                    year, how, detail = floor, "text", str(floor)
            if clues.month_day is not None and year is not None:
                detail = f"jour : {clues.day_detail}" + (f" ; année : {detail}" if detail else "")
        if year is not None and day is None and clues.month_day is not None:
            day = _day(year, clues.month_day)
        if year is not None and day is None:
            day = latest_reported_day(text, extract(text, Reference.parse(str(year))))
        if year is None:
            return None, []
        value = day.isoformat() if day is not None else str(year)
        return DateGuess(value, how, detail), extract(text, Reference.parse(value))

    def _year_matches(
        self, text: str, content_hash: str, timexes: Sequence[Timex], spans: Sequence[ActorSpan],
        article_id: int | None, years: Sequence[int], settled: set[int] | None = None,
    ) -> Counter[int]:
        """How many of the article's yearless days (« le 4 mai ») join another article's event
        when placed in each of these years."""
        matches: Counter[int] = Counter()
        if not years:
            return matches
        # Trying a year needs only the yearless days ("le 4 mai"), placed in it directly.
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
                    tried[year].append(self._report(placed, -1, owner))
        # One read of the events near all of them; the article's own statements left out.
        every = [r for reports in tried.values() for r in reports]
        if not every:
            return matches
        pool = self._evidence_pool(every, article_id, settled)
        for year in years:
            matches[year] = sum(pool.decide(report).join is not None for report in tried[year])
        return matches

    def _related_day(
        self, text: str, content_hash: str, timexes: Sequence[Timex], spans: Sequence[ActorSpan],
        article_id: int | None, year: int | None, others: Sequence[tuple[int, Report]],
        settled: set[int] | None = None,
    ) -> tuple[date, str] | None:
        """The article's day, from another article's event that one of its relative expressions
        (« jeudi », « hier », « dans la nuit de lundi à mardi ») names: the days that place the
        expression on that event's day are tried, and the one under which most of the article's
        statements join other articles' events wins (at least one must)."""
        relative = [t for t in timexes if t.kind in ("date", "range") and t.first is None and not t.value
                    and is_deictic(t.text)][:6]
        days = [(e, r) for e, r in others if r.first == r.last and (year is None or r.first.year == year)]
        if not relative or not days:
            return None
        candidates: Counter[date] = Counter()
        named: dict[date, str] = {}
        named_by: dict[date, dict[int, set[int]]] = {}
        checked: dict[tuple[int, date], Timex | None] = {}
        for timex in relative:
            s_start, s_end = sentence_bounds(text, timex.start, timex.end)
            keys = {a.key for a in spans if s_start <= a.start < s_end}
            weekday = next((WEEKDAY_WORDS.index(w) for w in fold(timex.text).split() if w in WEEKDAY_WORDS), None)
            sentence = text[s_start:s_end]
            words = terms(sentence)
            # The events sharing most actors with its sentence, a few dozen days at most: a large
            # collection names « la France » on thousands of days. A statement naming nobody
            # (« le paquet de mesures signé jeudi 12 février à Minsk ») comes after them, when
            # it shares WORDS_FOR_NOBODY words with the sentence.
            near = sorted(((len(keys & report.actors), event_id, report) for event_id, report in days
                           if (keys & report.actors if report.actors
                               else len(words & report.terms) >= WORDS_FOR_NOBODY)
                           and (weekday is None or report.first.weekday() == weekday)),
                          key=lambda item: (-item[0], item[1]))
            seen_days: set[date] = set()
            for _, event_id, report in near:
                if report.first not in seen_days and len(seen_days) >= MAX_EVENT_DAYS:
                    continue
                seen_days.add(report.first)
                for shift in (0, 1, -1, 2):
                    reference = report.first + timedelta(days=shift)
                    if (timex.start, reference) not in checked:
                        found = [t for t in extract(sentence, Reference.parse(reference))
                                 if t.start == timex.start - s_start]
                        checked[(timex.start, reference)] = found[0] if found else None
                    got = checked[(timex.start, reference)]
                    if got is not None and got.first is not None and got.last is not None \
                            and got.first <= report.first <= got.last and (got.last - got.first).days <= 2:
                        candidates[reference] += 1
                        named_by.setdefault(reference, {}).setdefault(timex.start, set()).add(event_id)
                        named.setdefault(reference, f"« {timex.text} »")
                        break
        if not candidates:
            return None
        owner = article_id if article_id is not None else -1
        tried: list[tuple[date, list[Mention], list[Report]]] = []
        for reference in sorted(candidates, key=lambda d: (-candidates[d], d))[:MAX_DAYS]:
            resolved = extract(text, Reference.parse(reference))
            placed = [m for m in build_mentions(text, content_hash, resolved, spans, titles=False)
                      if m.first is not None]
            tried.append((reference, placed, [self._report(m, -(i + 1), owner) for i, m in enumerate(placed)]))
        # One read of the events near every day tried: a statement finds in it what a pool of
        # its own day's statements would hold (an event it could weigh shares two of its terms
        # near its date, which is what brings an event into a pool).
        pool = self._evidence_pool([r for _, _, reports in tried for r in reports], article_id, settled)
        best: tuple[int, int, int] | None = None
        chosen: date | None = None
        for reference, placed, reports in tried:
            decided = [pool.decide(r).join for r in reports]
            joined = [event is not None for event in decided]
            # The expression that named the other article's day must itself join that event.
            named_joins = any(event in named_by[reference].get(m.start, ()) for event, m in zip(decided, placed))
            rank = (sum(joined), candidates[reference], -reference.toordinal())
            if named_joins and (best is None or rank > best):
                best, chosen = rank, reference
        if chosen is None:
            return None
        return chosen, f"{named[chosen]}, un événement d'autres articles"

    def _evidence_pool(self, reports: Sequence[Report], article_id: int | None, settled: set[int] | None) -> Pool:
        """The stored events near these statements, as `_pool` reads them, holding only the
        statements of `settled` articles (all when None): what an undated article is dated from."""
        rows = self.store.merge_statements(((r.first, r.last) for r in reports), article_id)
        pool = Pool((event, report, merge_rank(report, key), manual) for _, event, key, manual, report in rows
                    if settled is None or report.article_id in settled)
        pool.bring(reports)
        return pool

    def _guessed_mentions(
        self, text: str, content_hash: str, timexes: Sequence[Timex], resolved: Sequence[Timex],
        spans: Sequence[ActorSpan], guess: DateGuess | None,
    ) -> list[Mention]:
        """The statements of an undated article: what its text dates alone as it is, the rest
        resolved against the date assumed for it and marked assumed, its anchor saying how."""
        if guess is None:
            return build_mentions(text, content_hash, timexes, spans)
        alone = {(t.start, t.end) for t in timexes if t.first is not None}
        year = int(guess.value[:4])
        return [m if (m.start, m.end) in alone or m.first is None
                else replace(m, anchor=guess.how, certainty="assumed", assumed_year=year)
                for m in build_mentions(text, content_hash, resolved, spans)]

    # --- merging: planned from a read, written in the transaction

    def _plan(self, article_id: int | None, mentions: Sequence[Mention], told: tuple[int, ...] | None = None,
              ) -> _Merge:
        """Where an article's statements go (`frise.events.merge.plan`), read from the events
        near their dates; the article's own stored statements (being replaced) left out, and
        the events they leave decided again."""
        version = self.store.data_version()
        owner = article_id if article_id is not None else -1
        new = [(report, merge_rank(report, m.key)) for report, m in (
            (self._report(m, -(index + 1), owner), m) for index, m in enumerate(mentions)
            if m.first is not None and m.last is not None)]
        old = self.store.statement_events(article_id) if article_id is not None else []
        pool, keys = self._pool([(r.first, r.last) for r, _ in new] + [(a, b) for a, b, _ in old], article_id)
        decided = plan(pool, new, left=[event_id for _, _, event_id in old])
        return _Merge(version, decided, keys, _told_again(mentions) if told is None else told)

    def _current(self, merge: _Merge, article_id: int | None, mentions: Sequence[Mention]) -> _Merge:
        """`merge` if nothing was committed by another connection since it was read, else the
        plan made again (inside the caller's write transaction, so it cannot go stale again)."""
        if self.store.data_version() == merge.version:
            return merge
        return self._plan(article_id, mentions, merge.told)

    def _pool(self, spans: Sequence[tuple[date, date]], exclude_article: int | None) -> tuple[Pool, dict[int, str]]:
        """The stored events near these intervals, in a pool; and the keys of their statements."""
        rows = self.store.merge_statements(spans, exclude_article)
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

    def _report(self, mention: Mention, report_id: int, article_id: int) -> Report:
        """What merging reads of a statement, its actors' sides from this library's gazetteer."""
        return report_of(mention, report_id, article_id, sides_of(mention.actors, self.gazetteer))

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
        assert len(undated) == len(merge.told)  # the unresolved statements, which the plan places nowhere
        told = merge.told
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
    told: tuple[int, ...]
    """For each unresolved statement (in text order), the first one it tells again (`_told_again`)."""


def _told_again(mentions: Sequence[Mention]) -> tuple[int, ...]:
    """`undated_groups` over an article's unresolved statements: worked out with the plan, before
    the write transaction, since comparing two of them reads their passages again (`may_coincide`)."""
    undated = [m for m in mentions if m.first is None or m.last is None]
    return tuple(undated_groups([(m.text, m.terms, frozenset(m.actors), m.happening) for m in undated],
                                lambda a, b: may_coincide(undated[a], undated[b])))


OWN_TIMELINE = "c'est la chronologie ouverte elle-même (ou l'un de ses fichiers -wal, -shm, -journal)"


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except (OSError, ValueError):
        return None
    return status.st_dev, status.st_ino


MAX_YEARS = 3
MAX_DAYS = 4
MAX_EVENT_DAYS = 20
WORDS_FOR_NOBODY = 2
"""How many words a statement naming nobody must share with the sentence of an undated
article's weekday to be tried as its day (whether it is that day, the merge decides)."""


def _day(year: int, month_day: tuple[int, int]) -> date | None:
    try:
        return date(year, *month_day)
    except ValueError:
        return None  # 29 February in a common year


def _keys(spans: Sequence[ActorSpan]) -> frozenset[str]:
    return frozenset(a.key for a in spans)


def _dated(reports: Sequence[Report]) -> list[tuple[int, frozenset[str]]]:
    """(year, actors) of the statements dated to a month or less."""
    return [(r.first.year, r.actors) for r in reports if (r.last - r.first).days <= 31]


def _top(weights: Counter[int]) -> list[int]:
    return [year for year, _ in weights.most_common(MAX_YEARS)]


def _duplicate(label: str, existing: ArticleRow) -> FileOutcome:
    return FileOutcome(label, "duplicate", f"déjà importé (article {existing.id} : "
                       f"{existing.path or existing.title})", "duplicate", duplicate_of=existing.id)


# --- function-style entry points, for callers that hold only a Store


def import_paths(store: Store, paths: Iterable[str | Path], progress: Progress | None = None) -> ImportSummary:
    return Library(store).import_paths(paths, progress)


def set_article_date(store: Store, article_id: int, value: str) -> None:
    Library(store).set_article_date(article_id, value)
