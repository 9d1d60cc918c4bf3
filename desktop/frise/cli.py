"""`frise-cli`: the command-line entry point. It parses arguments and wires the layers; no logic."""

from __future__ import annotations

import argparse
import dataclasses
import errno
import json
import os
import re
import shlex
import sqlite3
import sys
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, cast

from frise import __version__
from frise.argparse_fr import FrenchArgumentParser
from frise.events.date_input import (
    DAYS_MONTHS_YEARS,
    SPANS,
    DateInputError,
    Understood,
    describe_interval,
    understand,
)
from frise.events.kinds import all_kinds, kind_label
from frise.temporal import Reference, extract
from frise.temporal.calendar import MAX_YEAR, MIN_YEAR

if TYPE_CHECKING:
    from frise.desktop_integration import Installed
    from frise.events.years import DateGuess
    from frise.export.jobs import Format
    from frise.library import Library
    from frise.store import EventQuery


def _extract_jsonl(stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    """The engine's machine interface (TEMPORAL.md): one JSON document in, one out, per line."""
    status = 0
    for number, line in enumerate(stdin, start=1):
        if not line.strip():
            continue
        try:
            doc, text, reference = _jsonl_document(line)
        except ValueError as error:
            print(f"ligne {number} ignorée : {error}", file=stderr)
            status = 1
            continue
        timexes = [t.to_json() for t in extract(text, reference)]
        stdout.write(json.dumps({"id": doc.get("id"), "timexes": timexes}, ensure_ascii=False) + "\n")
    return status


def _jsonl_document(line: str) -> tuple[dict[str, object], str, Reference]:
    """One line of `extract --jsonl` read, or ValueError saying in French what is wrong with it."""
    try:
        doc = json.loads(line)
    except ValueError as error:
        position = f" (colonne {error.colno})" if isinstance(error, json.JSONDecodeError) else ""
        raise ValueError(f"ce n'est pas du JSON{position}") from None
    if not isinstance(doc, dict):
        raise ValueError("un objet JSON est attendu, {\"id\": ..., \"text\": ..., \"dct\": ...}")
    if "text" not in doc:
        raise ValueError("le champ « text » manque")
    text = doc["text"]
    if not isinstance(text, str):
        raise ValueError("le champ « text » doit être une chaîne")
    dct = doc.get("dct")
    try:
        reference = Reference.parse(dct) if dct is None or isinstance(dct, str) else None
    except ValueError:
        reference = None
    if reference is None:
        raise ValueError(f"« dct » n'est pas une date AAAA-MM-JJ, AAAA-MM ou AAAA : {dct!r}")
    return doc, text, reference


_KINDS = {"date": "date", "range": "période", "duration": "durée", "set": "récurrence"}
_ANCHORS = {"absolute": "absolue", "document": "date de l'article", "previous": "date précédente",
            "collection": "collection", "unresolved": "non résolue"}


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
        if t.first is None or t.last is None:
            interval = "non résolu"
        elif t.first == t.last:
            interval = t.first.isoformat()
        else:
            interval = f"{t.first.isoformat()} → {t.last.isoformat()}"
        rows.append((t.text.replace("\n", " "), _KINDS.get(t.kind, t.kind), interval, _ANCHORS.get(t.anchor, t.anchor)))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for index, row in enumerate(rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip(), file=stdout)
        if index == 0:
            print("  ".join("-" * width for width in widths), file=stdout)
    return 0


# --- dates typed on the command line: ISO as always, or French as an analyst writes it


_ISO_SHAPE = re.compile(r"\d{4}(?:-\d{1,2}){0,2}")
_DATE_EXAMPLES = "« 2017-05-04 », « 4 mai 2017 », « 04/05/2017 », « mai 2017 », « début juin 2017 »"


def _understood(value: str, examples: str = SPANS) -> Understood:
    """The days a date typed on the command line covers, or ArgumentTypeError saying why not in
    French, with `examples` of what the option takes.

    "2017", "2017-05" and "2017-05-04" are read as they always were, exactly: the French reader
    would take "2017-05" for the year 2017. Anything else goes to that reader
    (`frise.events.date_input`), the one the window's date fields use."""
    text = value.strip()
    if _ISO_SHAPE.fullmatch(text):
        try:
            return Understood(*_span(Reference.parse(text)))
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"« {text} » n'est pas une date du calendrier (AAAA, AAAA-MM ou AAAA-MM-JJ)") from None
    try:
        return understand(text, examples=examples)
    except DateInputError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _first_day(value: str) -> date:
    """--from: the first day of what `value` names ("mai 2017" -> 2017-05-01)."""
    return _understood(value).first


def _last_day(value: str) -> date:
    """--to: the last day of what `value` names ("mai 2017" -> 2017-05-31)."""
    return _understood(value).last


def _reference_date(value: str) -> str:
    """A day, a month or a year ("4 mai 2017", "mai 2017", "2017") as the article dates the store
    keeps: "2017-05-04", "2017-05" or "2017". Any other stretch ("début juin 2017") is refused, and
    so is a year the temporal engine does not read in articles (before 1000 or after 2999): the
    dates read against 9999-12-31 would run off the calendar."""
    understood = _understood(value, DAYS_MONTHS_YEARS)
    first, last = understood.first, understood.last
    if first.year < MIN_YEAR or last.year > MAX_YEAR:
        raise argparse.ArgumentTypeError(f"« {value.strip()} » : l'année doit aller de {MIN_YEAR} à {MAX_YEAR}")
    if first == last:
        return first.isoformat()
    if (first.year, first.month) == (last.year, last.month) and (first.day, _month_end(first)) == (1, last):
        return first.isoformat()[:7]
    if (first, last) == (date(first.year, 1, 1), date(first.year, 12, 31)):
        return str(first.year)
    raise argparse.ArgumentTypeError(
        f"« {value.strip()} » se lit « {understood.describe()} » : indiquez un jour, un mois ou une année, "
        f"par exemple {DAYS_MONTHS_YEARS}")


def _span(reference: Reference) -> tuple[date, date]:
    """The first and last days a reference date covers."""
    assert reference.day is not None
    if reference.precision == "day":
        return reference.day, reference.day
    if reference.precision == "year":
        return reference.day, date(reference.day.year, 12, 31)
    return reference.day, _month_end(reference.day)


def _month_end(day: date) -> date:
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - timedelta(days=1)


# --- the collection: import, events, articles, set-date (the database is opened only for these)

LIBRARY_COMMANDS = ("import", "events", "export", "articles", "set-date", "reextract")
_CERTAINTY = {"exact": "exacte", "approximate": "approximative", "assumed": "année supposée",
              "unresolved": "non résolue"}
ENV_VAR = "FRISE_DB"
_DB_HELP = (f"le fichier de la chronologie (par défaut : ${ENV_VAR}, sinon chronologie.frise dans le dossier "
            "de données de l'utilisateur) ; seul import en crée un")
_ARTICLE_HELP = "numéro de l'article, son chemin ou le début de son empreinte"


def _sentence(help_text: str) -> str:
    """A subcommand's one-line help as the opening sentence of its own --help."""
    return f"{help_text[:1].upper()}{help_text[1:]}."


def _add_db(cmd: argparse.ArgumentParser) -> None:
    # SUPPRESS: given after the command, --db overrides the one given before it.
    cmd.add_argument("--db", metavar="CHEMIN", default=argparse.SUPPRESS, help=_DB_HELP)


def _add_filters(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("--from", dest="start", metavar="DATE", type=_first_day,
                     help=f"les événements qui finissent à cette date ou après ({_DATE_EXAMPLES}… : "
                          "à partir de son premier jour)")
    cmd.add_argument("--to", dest="end", metavar="DATE", type=_last_day,
                     help="les événements qui commencent à cette date ou avant (jusqu'à son dernier jour)")
    cmd.add_argument("--actor", metavar="NOM", help="les événements qui nomment cet acteur")
    cmd.add_argument("--source", metavar="ARTICLE", help="les événements que rapporte cet article (numéro ou chemin)")
    cmd.add_argument("--search", metavar="TEXTE", help="recherche plein texte dans les titres et les passages")
    kinds = ", ".join(kind.french for kind in all_kinds())
    cmd.add_argument("--type", dest="kinds", metavar="TYPE", action="append", type=_kind,
                     help=f"les événements de ce type ({kinds}, ou « sans-type ») ; "
                          "répétable : l'un ou l'autre")
    context = cmd.add_mutually_exclusive_group()
    context.add_argument("--sans-contexte", dest="importance", action="store_const", const="news",
                         help="sans les événements de contexte (l'arrière-plan que rappellent les articles : "
                              "« depuis 2015 », « avait signé »)")
    context.add_argument("--contexte-seul", dest="importance", action="store_const", const="context",
                         help="seulement les événements de contexte")
    cmd.add_argument("--lieu", dest="places", metavar="LIEU", action="append",
                     help="les événements qui ont lieu là (« Genève » ; sans tenir compte des accents) ; "
                          "répétable : l'un ou l'autre")


def _kind(value: str) -> str:
    """A kind of happening as typed: its key, its French or English name, or « sans-type »."""
    from frise.store.reads import fold_name

    typed = fold_name(value) or ""
    if typed in ("sans type", "aucun", "none"):
        return "none"
    for kind in all_kinds():
        if typed in (kind.key, fold_name(kind.french), fold_name(kind.english)):
            return kind.key
    names = ", ".join(kind.french for kind in all_kinds())
    raise argparse.ArgumentTypeError(f"type inconnu : {value!r} (types : {names}, sans-type)")


def _add_library_commands(commands: argparse._SubParsersAction[FrenchArgumentParser]) -> None:
    cmd = commands.add_parser("import", help="importer des articles (fichiers ou dossiers)",
                              description="Importer des articles (txt, md, html, pdf, docx), un à un ou par "
                                          "dossiers entiers ; crée la chronologie si elle n'existe pas encore.")
    _add_db(cmd)
    cmd.add_argument("paths", nargs="+", metavar="CHEMIN", help="un article ou un dossier d'articles")
    cmd.add_argument("--json", action="store_true", help="le bilan en JSON")
    cmd.add_argument("--no-progress", action="store_true", help="sans barre de progression")

    cmd = commands.add_parser("events", help="lister la chronologie",
                              description="Lister les événements de la chronologie, filtrés au besoin.")
    _add_db(cmd)
    _add_filters(cmd)
    cmd.add_argument("--limit", type=int, metavar="N", help="au plus N événements")
    cmd.add_argument("--json", action="store_true", help="un tableau JSON d'événements")

    cmd = commands.add_parser("export", help="exporter la chronologie filtrée",
                              description="Exporter la chronologie, filtrée au besoin, dans un fichier.")
    _add_db(cmd)
    _add_filters(cmd)
    target = cmd.add_mutually_exclusive_group(required=True)
    target.add_argument("--pdf", metavar="FICHIER", help="un PDF : vue d'ensemble, chronologie et sources")
    target.add_argument("--csv", metavar="FICHIER", help="un CSV, une ligne par événement et par source")
    target.add_argument("--timelinejs", metavar="FICHIER", help="du JSON au format de TimelineJS3")
    cmd.add_argument("--letter", action="store_true", help="papier US Letter au lieu de A4")
    cmd.add_argument("--no-overview", action="store_true", help="PDF sans la vue d'ensemble de la frise")
    cmd.add_argument("--no-sources", action="store_true", help="PDF sans la liste des sources")
    cmd.add_argument("--title", metavar="TEXTE", help="le nom de la collection, en couverture")

    cmd = commands.add_parser("articles", help="lister les articles importés",
                              description="Lister les articles importés.")
    _add_db(cmd)
    cmd.add_argument("--json", action="store_true", help="un tableau JSON d'articles")

    cmd = commands.add_parser("set-date", help="dater un article à la main et le relire",
                              description="Dater un article à la main : toutes ses dates sont relues d'après "
                                          "cette date.")
    _add_db(cmd)
    cmd.add_argument("article", metavar="ARTICLE", help=_ARTICLE_HELP)
    cmd.add_argument("date", metavar="DATE", type=_reference_date,
                     help="un jour, un mois ou une année : « 4 mai 2017 », « 04/05/2017 », « mai 2017 », "
                          "« 2017 », « 2017-05-04 »…")

    help_text = "relire les articles enregistrés avec ce moteur et cette liste d'acteurs ; les corrections restent"
    cmd = commands.add_parser("reextract", help=help_text, description=_sentence(help_text))
    _add_db(cmd)
    cmd.add_argument("articles", nargs="*", metavar="ARTICLE", help=_ARTICLE_HELP + " (par défaut : tous)")


def run_library_command(args: argparse.Namespace) -> int:
    from frise.library import Library
    from frise.store import Store, StoreError, french_reason
    from frise.store.connection import resolve_path

    # Only import starts a new timeline: anywhere else a path that does not exist is a mistyped
    # one, and creating an empty file (and its folders) there would hide the mistake.
    create = args.command == "import"
    try:
        with Store.open(args.db, create=create) as store:
            library = Library(store)
            if args.command == "import":
                return _import(library, args)
            if args.command == "events":
                return _events(library, args)
            if args.command == "articles":
                return _articles(library, args)
            if args.command == "export":
                return _export(library, args)
            if args.command == "reextract":
                return _reextract(library, args)
            return _set_date(library, args)
    except StoreError as error:
        if not create and not Path(error.path).exists():
            print(f"frise-cli: {error.path} : chronologie introuvable ; vérifiez le chemin (--db ou ${ENV_VAR}), "
                  "seul « frise-cli import » en crée une", file=sys.stderr)
        else:
            print(f"frise-cli: {error.path} : {error.french}", file=sys.stderr)
        return 2
    except sqlite3.DatabaseError as error:
        # What SQLite says of the file once open: "database or disk is full", "database is locked"
        # past the busy timeout, "attempt to write a readonly database", a disk I/O error. Each
        # write is a transaction, rolled back whole. Integrity and programming errors are bugs.
        if isinstance(error, sqlite3.IntegrityError | sqlite3.ProgrammingError):
            raise
        kept = " ; les articles déjà importés sont conservés" if create else ""
        print(f"frise-cli: {resolve_path(args.db)} : {french_reason(error)}{kept}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nfrise-cli: interrompu ; les articles déjà importés sont conservés", file=sys.stderr)
        return 130


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


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
        for article_id, guess in summary.guessed:
            article = library.store.article(article_id)
            if article is None:
                continue
            db = f" --db {shlex.quote(str(args.db))}" if getattr(args, "db", None) else ""
            print(f"article {article_id} « {_clip(article.title, 60)} » : sans date, {_guessed(guess)} "
                  f"(à confirmer avec : frise-cli set-date{db} {article_id} DATE)")
    return 1 if summary.failed else 0


_GUESSED_HOW = {"text": "d'après son texte", "related": "d'après les articles qui rapportent les mêmes événements",
                "collection": "l'année des autres articles"}


def _guessed(guess: DateGuess) -> str:
    """« supposé du 2018-12-14 d'après son texte (« hier, jeudi 13 décembre ») »."""
    what = f"supposé du {guess.value}" if len(guess.value) > 4 else f"ses dates sont placées en {guess.value}"
    detail = f" ({guess.detail})" if guess.detail else ""
    return f"{what}, {_GUESSED_HOW.get(guess.how, guess.how)}{detail}"


def _query(library: Library, args: argparse.Namespace) -> EventQuery | None:
    """The EventQuery the filter options describe; None (after saying why) when none can match."""
    from frise.store import EventQuery
    from frise.store.fts import match_expression

    actor_keys = None
    if args.actor is not None:
        actor_keys = library.actor_keys(args.actor)
        if not actor_keys:
            print(f"frise-cli: aucun acteur ne correspond à {args.actor!r}", file=sys.stderr)
    if args.search is not None and args.search.strip() and match_expression(args.search) is None:
        # « --search '!!!' » would otherwise filter nothing and list every event.
        print(f"frise-cli: la recherche {args.search!r} ne contient aucun mot", file=sys.stderr)
        return None
    source = None
    if args.source is not None:
        article = library.find_article(args.source)
        if article is None:
            print(f"frise-cli: aucun article {args.source!r}", file=sys.stderr)
            return None
        source = article.id
    return EventQuery(args.start, args.end, actor_keys, source, args.search, getattr(args, "limit", None),
                      kinds=args.kinds, importance=[args.importance] if args.importance else None,
                      places=args.places)


def _events(library: Library, args: argparse.Namespace) -> int:
    query = _query(library, args)
    if query is None:
        return 1
    events = library.events(query)
    if args.json:
        print(json.dumps([{**e.to_json(), "kind_fr": kind_label(e.happening) if e.happening else None}
                          for e in events], ensure_ascii=False, indent=2))
        return 0
    for e in events:
        when = "non résolu" if e.first is None or e.last is None else (
            e.first.isoformat() if e.first == e.last else f"{e.first.isoformat()} → {e.last.isoformat()}")
        sources = f"{len(e.sources)} source{'s' if len(e.sources) > 1 else ''}"
        flag = "  [conflit]" if e.conflicting else ""
        about = [kind_label(e.happening)] if e.happening else []
        if e.importance == "context":
            about.append("contexte")
        if e.places:
            about.append(", ".join(e.places))
        flag += f"  [{' · '.join(about)}]" if about else ""
        print(f"{when:<24}  {_CERTAINTY[e.certainty]:<14}  {e.title}  ({sources}){flag}")
    return 0


_OS_ERRORS = {
    errno.ENOENT: "dossier introuvable",
    errno.EACCES: "accès refusé",
    errno.EPERM: "opération non permise",
    errno.EISDIR: "c'est un dossier",
    errno.ENOTDIR: "un élément du chemin n'est pas un dossier",
    errno.ENOSPC: "plus de place sur le disque",
    errno.EROFS: "support en lecture seule",
}


def _export(library: Library, args: argparse.Namespace) -> int:
    from frise.export import EmptySelection, PdfOptions, PdfReport, export_selection

    query = _query(library, args)
    if query is None:
        return 1
    targets: list[tuple[Format, str | None]] = [("pdf", args.pdf), ("csv", args.csv), ("timelinejs", args.timelinejs)]
    fmt, path = next((f, p) for f, p in targets if p)
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
        reason = _OS_ERRORS.get(error.errno or 0) or f"écriture impossible ({error.strerror or error})"
        print(f"frise-cli: {path} : {reason}", file=sys.stderr)
        return 1
    units = {"csv": "ligne(s)", "timelinejs": "événement(s)"}
    detail = f"{result.pages} page(s)" if isinstance(result, PdfReport) else f"{result} {units[fmt]}"
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


def _set_date(library: Library, args: argparse.Namespace) -> int:
    article = library.find_article(args.article)
    if article is None:
        print(f"frise-cli: aucun article {args.article!r}", file=sys.stderr)
        return 1
    library.set_article_date(article.id, args.date)  # "2017-05-04", "2017-05" or "2017" (_reference_date)
    print(f"article {article.id} daté : {describe_interval(*_span(Reference.parse(args.date)))} ; dates relues")
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


def _install_report(result: Installed) -> str:
    from frise.desktop_integration import MIME_TYPE

    lines = [f"entrée de menu : {result.desktop_file}", f"icône :          {result.icon}",
             f"type MIME :      {result.mime_package} ({MIME_TYPE}, *.frise)"]
    if result.ran:
        lines.append("actualisé :      " + ", ".join(result.ran))
    if result.missing:
        lines.append("introuvable(s) (le bureau lira les fichiers à sa prochaine recherche) : "
                     + ", ".join(result.missing))
    if result.failed:
        lines.append("en échec : " + ", ".join(result.failed))
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    parser = FrenchArgumentParser(
        prog="frise-cli", description="Frise en ligne de commande : importer des articles de presse, lister, "
                                      "corriger et exporter la chronologie qu'on en tire.")
    parser.add_argument("--version", action="version", version=f"frise {__version__}",
                        help="afficher la version de Frise et quitter")
    parser.add_argument("--db", metavar="CHEMIN", help=_DB_HELP)
    commands = parser.add_subparsers(dest="command", required=True, title="commandes", metavar="COMMANDE",
                                     help="« frise-cli COMMANDE --help » détaille chacune")
    _add_library_commands(commands)
    from frise.corpus.cli import add_corpus_command  # argparse only: dask and pyarrow load when it runs

    add_corpus_command(commands)

    help_text = "trouver et résoudre les expressions de date d'un texte"
    extract_cmd = commands.add_parser("extract", help=help_text, description=_sentence(help_text))
    extract_cmd.add_argument("file", nargs="?", metavar="FICHIER", help="un article (txt, md, html, pdf, docx)")
    extract_cmd.add_argument("--jsonl", action="store_true",
                             help="des lignes JSON sur l'entrée standard, d'autres sur la sortie standard")
    extract_cmd.add_argument("--date", metavar="DATE", type=_reference_date,
                             help="la date de l'article (un jour, un mois ou une année), à la place de la sienne")
    help_text = "ajouter Frise au menu des applications et lui faire ouvrir les fichiers .frise (Linux)"
    desktop_cmd = commands.add_parser("install-desktop", help=help_text, description=_sentence(help_text))
    desktop_cmd.add_argument("--no-refresh", action="store_true",
                             help="écrire les fichiers seulement, sans lancer update-desktop-database et les autres")
    return parser


def _search_values_glued(argv: Sequence[str]) -> list[str]:
    """`--search -Astana` as `--search=-Astana`: argparse takes a value starting with "-" for an
    option, and a search made only of an exclusion ("everything but Astana") starts with one."""
    out: list[str] = []
    waiting = False
    for arg in argv:
        if waiting:
            out[-1] += "=" + arg
            waiting = False
        elif arg == "--search":
            out.append(arg)
            waiting = True
        else:
            out.append(arg)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; its exit status. Standard output that cannot be written is reported here:
    a reader gone (`frise-cli events | head -1`) ends the command quietly with status 1, as
    Python's documentation advises ("Note on SIGPIPE"); a full disk is said in French."""
    stdout = sys.stdout
    watched = _WatchedOutput(stdout)
    sys.stdout = cast(TextIO, watched)
    try:
        try:
            return _command(argv)
        finally:
            sys.stdout = stdout
            watched.flush()  # in the try, so that a failing output is reported below, not at exit
    except BrokenPipeError:
        _discard_stdout()
        return 1
    except OSError as error:
        if watched.failed:
            _discard_stdout()
        reason = _OS_ERRORS.get(error.errno or 0) or f"erreur du système ({error.strerror or error})"
        where = "sortie standard" if watched.failed else error.filename
        print(f"frise-cli: {where} : {reason}" if where else f"frise-cli: {reason}", file=sys.stderr)
        return 1


class _WatchedOutput:
    """sys.stdout while a command runs, noting whether writing to it failed: an OSError without a
    file name may be the standard output's (`frise-cli events > /dev/full`) or another's."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.failed = False

    def write(self, text: str) -> int:
        try:
            return self.stream.write(text)
        except OSError:
            self.failed = True
            raise

    def flush(self) -> None:
        try:
            self.stream.flush()
        except OSError:
            self.failed = True
            raise

    def __getattr__(self, name: str) -> Any:  # isatty(), fileno(), encoding...: the stream's own
        return getattr(self.stream, name)


def _discard_stdout() -> None:
    """Standard output to /dev/null: Python flushes it again at exit, which would fail as well."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # an output without a descriptor (a test's capture): nothing to redirect
        pass


def _command(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(_search_values_glued(sys.argv[1:] if argv is None else argv))
    if args.command in LIBRARY_COMMANDS:
        return run_library_command(args)
    if args.command == "extract":
        if args.jsonl:
            return _extract_jsonl(sys.stdin, sys.stdout, sys.stderr)
        if not args.file:
            parser.error("extract : indiquez un FICHIER, ou --jsonl")
        return _extract_table(args.file, args.date, sys.stdout)
    if args.command == "corpus":
        from frise.corpus.cli import run_corpus_command

        return run_corpus_command(args)
    if args.command == "install-desktop":
        from frise.desktop_integration import install

        print(_install_report(install(refresh=not args.no_refresh)))
        return 0
    parser.error(f"commande inconnue : {args.command}")
    return 2


if __name__ == "__main__":
    sys.exit(main())
