"""How long the PDF export takes for 1,000 and 10,000 events (targets: < 5 s and < 30 s).

The events are synthetic but shaped like a real collection: French titles and passages of news
length (with accents, « », apostrophes and the odd "<"), 20 actors of which a few dominate, 50
articles from a dozen outlets, dates in bursts around crises rather than evenly spread, a share
of approximate and assumed dates and a few conflicts. Nothing touches a database: the export is
what is timed. CSV and TimelineJS are timed too, for the record.

    python benchmarks/bench_export.py [--sizes 1000 10000] [--keep DIR] [--letter]
    python benchmarks/bench_export.py --seeds docs/chronologie-seeds.pdf   # the sample in docs/
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from frise.events.model import Certainty, Event, Source
from frise.export import PdfOptions, export_csv, export_pdf, export_timelinejs
from frise.export.options import PageSize
from frise.export.qt import ensure_gui_application
from frise.store.records import ArticleRow

ACTORS = [
    "Russie", "États-Unis", "Syrie", "Turquie", "Iran", "France", "Vladimir Poutine", "Donald Trump",
    "Recep Tayyip Erdogan", "Sergueï Lavrov", "ONU", "Union européenne", "Allemagne", "Chine",
    "Jordanie", "Kazakhstan", "Israël", "Arabie saoudite", "Qatar", "Emmanuel Macron",
]
WEIGHTS = [30, 26, 24, 14, 12, 10, 9, 8, 6, 6, 5, 5, 4, 4, 3, 3, 3, 2, 2, 2]
OUTLETS = ["Le Monde", "RT France", "France 24", "Le Figaro", "Libération", "AFP", "Sputnik",
           "Courrier international", "L'Orient-Le Jour", "TV5 Monde", None]
PLACES = ["Astana", "Genève", "Vienne", "Sotchi", "Amman", "Hambourg", "Paris", "Moscou", "Washington",
          "Ankara", "Téhéran", "Bruxelles", "New York", "Doha"]
TOPICS = ["les zones de désescalade", "le cessez-le-feu", "l'aide humanitaire", "le nucléaire iranien",
          "les sanctions économiques", "la reconstruction d'Alep", "le contrôle des armements",
          "la sécurité énergétique", "le retour des réfugiés", "le processus de paix",
          "la lutte contre l'État islamique"]
VERBS = ["ont signé un accord sur", "se sont rencontrés à {place} pour évoquer",
         "ont échangé par téléphone au sujet de", "ont annoncé une initiative commune sur",
         "ont repris à {place} les négociations sur", "ont condamné la dégradation de",
         "ont convenu d'un calendrier pour"]
QUOTES = ["« une étape décisive »", "« un malentendu regrettable »", "« des progrès réels mais fragiles »",
          "« une ligne rouge »", "« la seule voie possible »"]


def synthetic_selection(count: int, seed: int = 7, years: int = 3) -> tuple[list[Event], dict[int, ArticleRow]]:
    """`count` dated events over `years` years, in bursts, citing 50 articles."""
    rng = random.Random(seed)
    start = date(2015, 1, 1)
    articles = {}
    for article_id in range(1, 51):
        published = start + timedelta(days=rng.randrange(years * 365))
        outlet = rng.choice(OUTLETS)
        topic = rng.choice(TOPICS)
        articles[article_id] = ArticleRow(
            id=article_id, title=f"{rng.choice(PLACES)} : les diplomates face à {topic} ({article_id})",
            outlet=outlet, published=published.isoformat() if rng.random() < 0.8 else None,
            precision="day", path=f"/home/journaliste/dossiers/syrie/articles/{article_id:03d}_{topic[:12]}.html",
            format="html", url=None, content_hash=f"{article_id:064x}", date_source="text",
            needs_year=False, assumed_year=None, imported_at="2026-01-01T00:00:00+00:00",
        )
    crises = sorted(rng.randrange(years * 365) for _ in range(max(3, years * 4)))
    events = []
    for event_id in range(1, count + 1):
        centre = rng.choice(crises)
        day = start + timedelta(days=max(0, min(years * 365 - 1, int(rng.gauss(centre, 20)))))
        roll = rng.random()
        certainty: Certainty
        if roll < 0.72:
            first, last, certainty = day, day, "exact"
        elif roll < 0.86:
            first = day.replace(day=1 if day.day <= 10 else 11 if day.day <= 20 else 21)
            last = first + timedelta(days=9)
            certainty = "approximate"
        elif roll < 0.94:
            first, last, certainty = day, day + timedelta(days=rng.randrange(1, 4)), "exact"
        else:
            first, last, certainty = day, day, "assumed"
        actors = tuple(sorted(set(rng.choices(ACTORS, WEIGHTS, k=rng.randrange(1, 4)))))
        place, topic = rng.choice(PLACES), rng.choice(TOPICS)
        verb = rng.choice(VERBS).format(place=place)
        title = f"{' et '.join(actors[:2])} {verb} {topic}"
        passage = (f"Le {first.day} {_MONTHS[first.month - 1]}, selon des sources proches du dossier, "
                   f"{' et '.join(actors)} {verb} {topic} ; un diplomate a parlé de {rng.choice(QUOTES)}, "
                   f"ajoutant que les discussions à {place} devaient se poursuivre <dans les semaines à venir>.")
        cited = rng.sample(range(1, 51), k=rng.choice((1, 1, 1, 2, 2, 3)))
        sources = tuple(
            Source(article_id=a, title=articles[a].title, outlet=articles[a].outlet, passage=passage, start=0,
                   end=len(passage), expression=f"le {first.day}", expression_start=0, expression_end=5,
                   mention_key=f"{a}:{event_id}")
            for a in sorted(cited)
        )
        conflicts = (event_id - 1,) if event_id > 1 and rng.random() < 0.03 else ()
        events.append(Event(event_id, f"synthetic:{event_id}", first, last, title, certainty, actors, sources,
                            conflicts))
    events.sort(key=lambda e: (e.first, e.last, e.id))
    return events, articles


_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre")


def export_seeds(target: Path, page_size: PageSize) -> int:
    """The seed articles, imported into a scratch database and exported as the window would."""
    from frise.export import export_selection
    from frise.library import import_paths
    from frise.store import EventQuery, Store

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    with tempfile.TemporaryDirectory() as scratch, Store.open(Path(scratch) / "seeds.sqlite") as store:
        import_paths(store, [seeds])
        options = PdfOptions(page_size=page_size, collection_name="Syrie : zones de désescalade")
        report = export_selection(store, EventQuery(), target, "pdf", options=options)
    print(f"{target}: {report}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--keep", type=Path, help="keep the PDFs in this folder")
    parser.add_argument("--letter", action="store_true", help="US Letter instead of A4")
    parser.add_argument("--seeds", type=Path, metavar="PDF", help="only export the seed articles' chronology")
    args = parser.parse_args(argv)
    ensure_gui_application()
    if args.seeds:
        return export_seeds(args.seeds, "Letter" if args.letter else "A4")
    folder = args.keep or Path(tempfile.mkdtemp(prefix="frise-bench-export-"))
    folder.mkdir(parents=True, exist_ok=True)
    targets = {1000: 5.0, 10000: 30.0}
    print(f"{'events':>8}  {'years':>5}  {'pages':>6}  {'overview':>8}  {'PDF s':>7}  {'MB':>6}  "
          f"{'CSV s':>6}  {'JSON s':>6}  target")
    failed = False
    for size in args.sizes:
        years = 3 if size <= 2000 else 8
        events, articles = synthetic_selection(size, years=years)
        options = PdfOptions(page_size="Letter" if args.letter else "A4",
                             collection_name="Dossier Syrie (synthétique)",
                             filter_description="Tous les événements (données synthétiques)",
                             exported_on=date(2026, 1, 15), undated=42)
        pdf = folder / f"chronologie-{size}.pdf"
        t0 = time.perf_counter()
        report = export_pdf(events, articles, pdf, options)
        seconds = time.perf_counter() - t0
        t0 = time.perf_counter()
        export_csv(events, articles, folder / f"chronologie-{size}.csv")
        csv_seconds = time.perf_counter() - t0
        t0 = time.perf_counter()
        export_timelinejs(events, articles, folder / f"chronologie-{size}.json", "Syrie")
        json_seconds = time.perf_counter() - t0
        target = targets.get(size)
        verdict = "" if target is None else (f"< {target:.0f} s ok" if seconds < target else f"> {target:.0f} s FAIL")
        failed |= target is not None and seconds >= target
        print(f"{size:>8}  {years:>5}  {report.pages:>6}  {report.overview_pages:>8}  {seconds:>7.2f}  "
              f"{pdf.stat().st_size / 1e6:>6.1f}  {csv_seconds:>6.2f}  {json_seconds:>6.2f}  {verdict}", flush=True)
    print(f"files in {folder}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
