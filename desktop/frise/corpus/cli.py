"""`frise-cli corpus extract` and `frise-cli corpus load`: argument parsing and reports only.

This module imports neither dask nor pyarrow at its top: `frise-cli` registers these commands on
every start, and only running one of them loads the pipeline (`frise.corpus.run`, `.load`).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

MISSING_EXTRA = ("frise-cli corpus : Dask et pyarrow manquent ; installez-les avec "
                 "« pip install 'frise[corpus]' »")


def add_corpus_command(commands: Any) -> None:
    """Register `corpus` and its two subcommands on frise-cli's subparsers."""
    from frise import cli as frise_cli

    help_text = "traiter une archive de presse sur Dask et en charger une tranche dans une chronologie"
    corpus = commands.add_parser("corpus", help=help_text, description=frise_cli._sentence(help_text))
    actions = corpus.add_subparsers(dest="corpus_command", required=True, title="commandes", metavar="COMMANDE",
                                    help="« frise-cli corpus COMMANDE --help » détaille chacune")

    help_text = "extraire dates et événements d'articles en masse, vers un jeu de données Parquet"
    cmd = actions.add_parser("extract", help=help_text, description=frise_cli._sentence(help_text)
                             + " Une reprise saute les partitions déjà écrites.")
    cmd.add_argument("sources", nargs="+", metavar="SOURCE",
                     help="un article, un dossier, un motif (« archives/**/*.txt ») ou un fichier JSON Lines "
                          "(.jsonl : id, text, dct, et title, url, outlet au besoin)")
    cmd.add_argument("--out", required=True, metavar="DOSSIER", help="le dossier du jeu de données")
    where = cmd.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADRESSE",
                       help="l'adresse d'un ordonnanceur Dask déjà lancé (« tcp://hote:8786 »)")
    where.add_argument("--workers", type=_positive, default=2, metavar="N",
                       help="sinon, un cluster local de N processus (2 par défaut)")
    cmd.add_argument("--partition-size", type=_positive, default=250, metavar="N",
                     help="articles par partition (250 par défaut)")
    cmd.add_argument("--json", action="store_true", help="le bilan en JSON")
    cmd.add_argument("--no-progress", action="store_true", help="sans barre de progression")

    help_text = "charger une tranche d'un jeu de données extrait dans une chronologie"
    cmd = actions.add_parser("load", help=help_text, description=frise_cli._sentence(help_text)
                             + " Les corrections enregistrées dans la chronologie sont rejouées.")
    cmd.add_argument("dataset", metavar="DOSSIER", help="le dossier écrit par « corpus extract »")
    cmd.add_argument("--db", metavar="CHEMIN", default=argparse.SUPPRESS,
                     help="la chronologie où charger (créée si elle n'existe pas)")
    cmd.add_argument("--from", dest="start", metavar="DATE", type=frise_cli._first_day,
                     help="les événements qui finissent à cette date ou après")
    cmd.add_argument("--to", dest="end", metavar="DATE", type=frise_cli._last_day,
                     help="les événements qui commencent à cette date ou avant")
    cmd.add_argument("--actor", action="append", metavar="NOM",
                     help="les événements qui nomment cet acteur (plusieurs fois : l'un ou l'autre)")
    cmd.add_argument("--search", metavar="TEXTE", help="les événements dont les passages ont tous ces mots")
    cmd.add_argument("--no-progress", action="store_true", help="sans barre de progression")


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"un entier positif est attendu : {value!r}")
    return number


def run_corpus_command(args: argparse.Namespace) -> int:
    try:
        import dask.distributed  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError:
        print(MISSING_EXTRA, file=sys.stderr)
        return 2
    if args.corpus_command == "extract":
        return _extract(args)
    return _load(args)


def _bar(args: argparse.Namespace) -> Any:
    from frise.cli import _ProgressBar

    return None if args.no_progress or not sys.stderr.isatty() else _ProgressBar(sys.stderr)


def _extract(args: argparse.Namespace) -> int:
    from frise.corpus.run import client_for, close_client, extract

    try:
        client = client_for(args.scheduler, args.workers)
    except OSError as error:
        print(f"frise-cli corpus : ordonnanceur injoignable ({args.scheduler}) : {error}", file=sys.stderr)
        return 2
    bar = _bar(args)
    try:
        summary = extract(args.sources, args.out, client, partition_size=args.partition_size, progress=bar)
    finally:
        if bar is not None:
            bar.close()
        close_client(client)
    if args.json:
        print(json.dumps(summary.to_json(), ensure_ascii=False, indent=2))
    else:
        for failure in summary.failures:
            print(f"{'échec':<8}  {failure.label}  ({failure.reason})")
        for label, original in summary.duplicates:
            print(f"{'doublon':<8}  {label}  (même texte que {original})")
        skipped = f" ; {summary.skipped} partition(s) déjà écrite(s) sautée(s)" if summary.skipped else ""
        print(f"\n{summary.articles} article(s) extrait(s), {len(summary.duplicates)} doublon(s), "
              f"{len(summary.failures)} échec(s) ; {summary.statements} date(s), {summary.events} "
              f"événement(s){skipped} ; {summary.seconds.get('total', 0):.1f} s")
        print(f"jeu de données : {args.out}")
    return 1 if summary.failures else 0


def _load(args: argparse.Namespace) -> int:
    from frise.corpus.folder import PROBLEMS, problem
    from frise.corpus.load import Slice, load
    from frise.store import Store, StoreError

    wrong = problem(args.dataset)
    if wrong is not None:
        print(f"frise-cli corpus : {args.dataset} : {PROBLEMS[wrong]}", file=sys.stderr)
        return 2
    actors: tuple[str, ...] = ()
    if args.actor:
        from frise.library import default_gazetteer

        gazetteer = default_gazetteer()
        keys: list[str] = []
        for name in args.actor:
            found = [m.actor.key for m in gazetteer.find(name)]
            keys += found or ([name] if ":" in name else [])
            if not found and ":" not in name:
                print(f"frise-cli corpus : acteur inconnu : {name!r}", file=sys.stderr)
                return 2
        actors = tuple(dict.fromkeys(keys))
    chosen = Slice(args.start, args.end, actors, args.search)
    bar = _bar(args)
    try:
        with Store.open(getattr(args, "db", None)) as store:
            summary = load(args.dataset, store, chosen, progress=bar)
            path = store.path
    except StoreError as error:
        print(f"frise-cli: {error.path} : {error.french}", file=sys.stderr)
        return 2
    finally:
        if bar is not None:
            bar.close()
    skipped = f", {summary.skipped} déjà présent(s)" if summary.skipped else ""
    print(f"{summary.articles} article(s) chargé(s){skipped} ; {summary.statements} date(s), "
          f"{summary.events} événement(s) dans {path} en {summary.seconds:.1f} s")
    if summary.preexisting_events:
        print(f"la chronologie contenait déjà {summary.preexisting_events} événement(s) : ceux du jeu de "
              "données n'ont pas été fusionnés avec eux")
    return 0
