"""`frise-cli`: the command-line entry point. It parses arguments and wires the layers; no logic."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, TextIO

from frise import __version__
from frise.temporal import Reference, extract

if TYPE_CHECKING:
    from frise.library import Library
    from frise.store import EventQuery


def _extract_jsonl(stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    """The engine's machine interface (TEMPORAL.md): one JSON document in, one out, per line."""
    status = 0
    for number, line in enumerate(stdin, start=1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
            text = doc["text"]
            reference = Reference.parse(doc.get("dct"))
            if not isinstance(text, str):
                raise TypeError("'text' must be a string")
        except (ValueError, KeyError, TypeError) as error:
            print(f"line {number}: skipped: {error}", file=stderr)
            status = 1
            continue
        timexes = [t.to_json() for t in extract(text, reference)]
        stdout.write(json.dumps({"id": doc.get("id"), "timexes": timexes}, ensure_ascii=False) + "\n")
    return status


def _extract_table(path: str, date: str | None, stdout: TextIO) -> int:
    from frise.ingest import IngestError, load_file

    try:
        article = load_file(path)
    except IngestError as error:
        print(f"frise-cli: {error}", file=sys.stderr)
        return 1
    reference = Reference.parse(date) if date else Reference.parse(article.published)
    timexes = extract(article.text, reference)
    print(f"{article.title}\nréférence : {reference.iso() or 'inconnue'}\n", file=stdout)
    rows = [("expression", "type", "intervalle", "ancrage")]
    for t in timexes:
        if t.first is None:
            interval = "non résolu"
        elif t.first == t.last:
            interval = t.first.isoformat()
        else:
            interval = f"{t.first.isoformat()} → {t.last.isoformat()}"
        rows.append((t.text.replace("\n", " "), t.kind, interval, t.anchor))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for index, row in enumerate(rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip(), file=stdout)
        if index == 0:
            print("  ".join("-" * width for width in widths), file=stdout)
    return 0


# --- the collection: import, events, articles, set-date (the database is opened only for these)

LIBRARY_COMMANDS = ("import", "events", "export", "articles", "set-date", "reextract")
_CERTAINTY = {"exact": "exacte", "approximate": "approchée", "assumed": "année supposée",
              "unresolved": "non résolue"}
ENV_VAR = "FRISE_DB"


def _add_library_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help=f"the database file (default: ${ENV_VAR}, then the user data directory)")

    cmd = commands.add_parser("import", parents=[common], help="import articles (files or folders)")
    cmd.add_argument("paths", nargs="+", metavar="PATH")
    cmd.add_argument("--json", action="store_true", help="the summary as JSON")
    cmd.add_argument("--no-progress", action="store_true", help="no progress bar")

    filters = argparse.ArgumentParser(add_help=False)
    filters.add_argument("--from", dest="start", metavar="DATE", help="events ending on or after DATE")
    filters.add_argument("--to", dest="end", metavar="DATE", help="events starting on or before DATE")
    filters.add_argument("--actor", metavar="NAME", help="events naming this actor")
    filters.add_argument("--source", metavar="ID", help="events reported by this article (id or path)")
    filters.add_argument("--search", metavar="TEXT", help="full-text search in titles and passages")

    cmd = commands.add_parser("events", parents=[common, filters], help="list the chronology")
    cmd.add_argument("--limit", type=int, metavar="N")
    cmd.add_argument("--json", action="store_true", help="a JSON array of events")

    cmd = commands.add_parser("export", parents=[common, filters], help="export the filtered chronology")
    target = cmd.add_mutually_exclusive_group(required=True)
    target.add_argument("--pdf", metavar="OUT", help="a PDF: overview, chronology and sources")
    target.add_argument("--csv", metavar="OUT", help="CSV, one row per event and source")
    target.add_argument("--timelinejs", metavar="OUT", help="JSON in TimelineJS3's format")
    cmd.add_argument("--letter", action="store_true", help="US Letter paper instead of A4")
    cmd.add_argument("--no-overview", action="store_true", help="PDF without the timeline overview")
    cmd.add_argument("--no-sources", action="store_true", help="PDF without the list of sources")
    cmd.add_argument("--title", metavar="TEXT", help="the collection's name on the cover")

    cmd = commands.add_parser("articles", parents=[common], help="list the imported articles")
    cmd.add_argument("--json", action="store_true", help="a JSON array of articles")

    cmd = commands.add_parser("set-date", parents=[common], help="date an article by hand and re-read it")
    cmd.add_argument("article", metavar="ARTICLE", help="article id, path, or content hash prefix")
    cmd.add_argument("date", metavar="DATE", help="YYYY-MM-DD, YYYY-MM or YYYY")

    cmd = commands.add_parser("reextract", parents=[common],
                              help="read stored articles again with this engine and actor list; corrections are kept")
    cmd.add_argument("articles", nargs="*", metavar="ARTICLE", help="article id, path or hash prefix (default: all)")


def run_library_command(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from frise.library import Library
    from frise.store import Store, StoreError

    try:
        with Store.open(args.db) as store:
            library = Library(store)
            if args.command == "import":
                return _import(library, args)
            if args.command == "events":
                return _events(parser, library, args)
            if args.command == "articles":
                return _articles(library, args)
            if args.command == "export":
                return _export(parser, library, args)
            if args.command == "reextract":
                return _reextract(library, args)
            return _set_date(parser, library, args)
    except StoreError as error:
        print(f"frise-cli: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\nfrise-cli: interrompu ; les articles déjà importés sont conservés", file=sys.stderr)
        return 130


def _import(library: Library, args: argparse.Namespace) -> int:
    bar = None if args.no_progress or not sys.stderr.isatty() else _ProgressBar(sys.stderr)
    summary = library.import_paths(args.paths, progress=bar)
    if bar is not None:
        bar.close()
    if args.json:
        rows = [dataclasses.asdict(o) for o in summary.outcomes]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        labels = {"imported": "importé", "duplicate": "doublon", "failed": "échec"}
        for o in summary.outcomes:
            detail = f"{o.statements} date(s), article {o.article_id}" if o.status == "imported" else o.reason
            print(f"{labels[o.status]:<8}  {o.path}  ({detail})")
        print(f"\n{len(summary.imported)} importé(s), {len(summary.duplicates)} doublon(s), "
              f"{len(summary.failed)} échec(s)")
        if summary.redated:
            print("année supposée d'après la collection pour : "
                  + ", ".join(f"article {i}" for i in summary.redated))
    return 1 if summary.failed else 0


def _query(parser: argparse.ArgumentParser, library: Library, args: argparse.Namespace) -> EventQuery | None:
    """The EventQuery the filter options describe; None (after saying why) when none can match."""
    from frise.store import EventQuery

    try:
        start = _bound(args.start, last=False) if args.start else None
        end = _bound(args.end, last=True) if args.end else None
    except ValueError as error:
        parser.error(str(error))
    actor_keys = None
    if args.actor is not None:
        actor_keys = library.actor_keys(args.actor)
        if not actor_keys:
            print(f"frise-cli: aucun acteur ne correspond à {args.actor!r}", file=sys.stderr)
    source = None
    if args.source is not None:
        article = library.find_article(args.source)
        if article is None:
            print(f"frise-cli: aucun article {args.source!r}", file=sys.stderr)
            return None
        source = article.id
    return EventQuery(start, end, actor_keys, source, args.search, getattr(args, "limit", None))


def _events(parser: argparse.ArgumentParser, library: Library, args: argparse.Namespace) -> int:
    query = _query(parser, library, args)
    if query is None:
        return 1
    events = library.events(query)
    if args.json:
        print(json.dumps([e.to_json() for e in events], ensure_ascii=False, indent=2))
        return 0
    for e in events:
        when = "non résolu" if e.first is None or e.last is None else (
            e.first.isoformat() if e.first == e.last else f"{e.first.isoformat()} → {e.last.isoformat()}")
        sources = f"{len(e.sources)} source{'s' if len(e.sources) > 1 else ''}"
        flag = "  [conflit]" if e.conflicting else ""
        print(f"{when:<24}  {_CERTAINTY[e.certainty]:<14}  {e.title}  ({sources}){flag}")
    return 0


def _export(parser: argparse.ArgumentParser, library: Library, args: argparse.Namespace) -> int:
    from frise.export import EmptySelection, PdfOptions, export_selection

    query = _query(parser, library, args)
    if query is None:
        return 1
    fmt, path = next((f, p) for f, p in (("pdf", args.pdf), ("csv", args.csv), ("timelinejs", args.timelinejs)) if p)
    options = PdfOptions(page_size="Letter" if args.letter else "A4", overview=not args.no_overview,
                         sources=not args.no_sources)
    if args.title:
        options = dataclasses.replace(options, collection_name=args.title)
    try:
        result = export_selection(library.store, query, path, fmt, options=options)
    except EmptySelection as error:
        print(f"frise-cli: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"frise-cli: {path}: {error.strerror or error}", file=sys.stderr)
        return 1
    units = {"csv": "ligne(s)", "timelinejs": "événement(s)"}
    detail = f"{result.pages} page(s)" if fmt == "pdf" else f"{result} {units[fmt]}"
    print(f"exporté  {path}  ({detail})")
    return 0


def _articles(library: Library, args: argparse.Namespace) -> int:
    articles = library.articles()
    if args.json:
        print(json.dumps([a.to_json() for a in articles], ensure_ascii=False, indent=2))
        return 0
    for a in articles:
        date = a.published or (f"{a.assumed_year} (supposée)" if a.assumed_year else "sans date")
        print(f"{a.id:>5}  {date:<18}  {a.outlet or '':<16.16}  {a.title}")
    return 0


def _set_date(parser: argparse.ArgumentParser, library: Library, args: argparse.Namespace) -> int:
    try:
        Reference.parse(args.date)
    except ValueError as error:
        parser.error(str(error))
    article = library.find_article(args.article)
    if article is None:
        print(f"frise-cli: aucun article {args.article!r}", file=sys.stderr)
        return 1
    library.set_article_date(article.id, args.date)
    print(f"article {article.id} daté du {Reference.parse(args.date).iso()} : dates relues")
    return 0


def _reextract(library: Library, args: argparse.Namespace) -> int:
    ids: list[int] | None = None
    if args.articles:
        found = [(reference, library.find_article(reference)) for reference in args.articles]
        missing = [reference for reference, article in found if article is None]
        if missing:
            print(f"frise-cli: aucun article {', '.join(repr(m) for m in missing)}", file=sys.stderr)
            return 1
        ids = [article.id for _, article in found if article is not None]
    done = library.reextract(ids)
    print(f"{len(done)} article(s) relu(s) ; les corrections sont conservées")
    return 0


def _bound(value: str, *, last: bool) -> date:
    """"2017", "2017-05" or "2017-05-04" as the first (or last) day it covers."""
    reference = Reference.parse(value)
    assert reference.day is not None
    if not last or reference.precision == "day":
        return reference.day
    if reference.precision == "year":
        return date(reference.day.year, 12, 31)
    following = date(reference.day.year + reference.day.month // 12, reference.day.month % 12 + 1, 1)
    return following - timedelta(days=1)


class _ProgressBar:
    """A one-line bar on a terminal: `[#####.....] 120/1000 file.txt`."""

    def __init__(self, stream: TextIO, width: int = 30) -> None:
        self.stream = stream
        self.width = width
        self.shown = False

    def __call__(self, done: int, total: int, path: str) -> None:
        if total < 2:
            return
        filled = self.width * done // total
        name = path.rsplit("/", 1)[-1][:40]
        self.stream.write(f"\r[{'#' * filled}{'.' * (self.width - filled)}] {done}/{total} {name:<40}")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="frise-cli", description="Frise from the command line.")
    parser.add_argument("--version", action="version", version=f"frise {__version__}")
    parser.add_argument("--db", metavar="PATH",
                        help=f"the database file (default: ${ENV_VAR}, then the user data directory)")
    commands = parser.add_subparsers(dest="command", required=True)
    _add_library_commands(commands)

    extract_cmd = commands.add_parser("extract", help="find and resolve the date expressions of a text")
    extract_cmd.add_argument("file", nargs="?", help="an article (txt, md, html, pdf, docx)")
    extract_cmd.add_argument("--jsonl", action="store_true", help="JSON lines on stdin -> JSON lines on stdout")
    extract_cmd.add_argument("--date", help="the article's date (YYYY-MM-DD, YYYY-MM or YYYY), overriding its own")
    desktop_cmd = commands.add_parser(
        "install-desktop", help="add Frise to the application menu and open .frise files with it (Linux)")
    desktop_cmd.add_argument("--no-refresh", action="store_true",
                             help="only write the files; do not run update-desktop-database and friends")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command in LIBRARY_COMMANDS:
        return run_library_command(parser, args)
    if args.command == "extract":
        if args.jsonl:
            return _extract_jsonl(sys.stdin, sys.stdout, sys.stderr)
        if not args.file:
            parser.error("extract needs a FILE or --jsonl")
        if args.date:
            try:
                Reference.parse(args.date)
            except ValueError as error:
                parser.error(str(error))
        return _extract_table(args.file, args.date, sys.stdout)
    if args.command == "install-desktop":
        from frise.desktop_integration import install, report

        print(report(install(refresh=not args.no_refresh)))
        return 0
    parser.error(f"unknown command {args.command}")
    return 2


if __name__ == "__main__":
    sys.exit(main())
