"""Merging does not depend on the order articles come in: the same articles give the same events
imported in any order, and reading them all again (`reextract`) changes nothing.

The articles report shared events, each in its own words and with its own precision ("le 16
mars 2017", "le 16 mars", "mi-mars", a weekday): greedy merging used to let a "mi-mars" join
whichever day came first, so that two orders of import gave different events.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from frise.library import Library
from frise.store import Store

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
WHO = ["la Russie et la Turquie", "la France et l'Allemagne", "l'Iran et la Russie", "les États-Unis et la Chine",
       "Emmanuel Macron et Angela Merkel", "Vladimir Poutine et Recep Tayyip Erdogan"]
WHAT = ["ont signé un accord de coopération énergétique sur le gazoduc",
        "ont conclu un mémorandum d'entente sur la création de zones de désescalade",
        "se sont rencontrés pour évoquer la reconstruction de la Syrie",
        "ont annoncé une initiative commune sur le contrôle des armements",
        "ont repris les négociations sur le programme nucléaire iranien"]
WHERE = ["à Genève", "à Astana", "à Paris", "à Moscou", "à Ankara", "à Berlin"]


def phrase(rng: random.Random, day: date, published: date) -> str:
    month = MONTHS[day.month - 1]
    part = "début" if day.day <= 10 else "fin" if day.day > 20 else "mi-"
    forms = [f"le {day.day} {month} {day.year}", f"le {day.day} {month}",
             f"{part} {month}" if part != "mi-" else f"mi-{month}",
             WEEKDAYS[day.weekday()] if 0 < (published - day).days < 7 else f"le {day.day} {month} {day.year}"]
    return rng.choice(forms)


def write_articles(folder: Path, articles: int, events: int, seed: int) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir()
    start = date(2017, 3, 1)
    planned = [(start + timedelta(days=rng.randrange(120)), rng.choice(WHO), rng.choice(WHAT), rng.choice(WHERE))
               for _ in range(events)]
    paths = []
    for n in range(articles):
        chosen = sorted(rng.sample(range(events), rng.randint(2, 5)), key=lambda i: planned[i][0])
        published = max(planned[i][0] for i in chosen) + timedelta(days=rng.randint(1, 4))
        sentences = []
        for i in chosen:
            day, who, what, where = planned[i]
            when = phrase(rng, day, published)
            sentences.append(f"{when[0].upper()}{when[1:]}, {who} {what} {where}.")
        path = folder / f"article_{n:03d}.txt"
        # The number in the text too: two articles with the same body would be one article.
        path.write_text(f" date {published.isoformat()} \nDépêche {n} : {planned[chosen[0]][1]}\n\n"
                        + " ".join(sentences) + f" (Dépêche n° {n}.)\n", encoding="utf-8")
        paths.append(path)
    return paths


def events_of(store: Store) -> list[tuple[object, ...]]:
    """Every event as interval, title, certainty and sources (file name and expression)."""
    names = {a.id: Path(a.path or "").name for a in store.articles()}
    return sorted(
        ((e.first, e.last, e.title, e.certainty, tuple(sorted((names[s.article_id], s.expression) for s in e.sources)))
         for e in store.events()), key=repr)


def test_same_events_whatever_the_order_and_after_reextraction(tmp_path: Path) -> None:
    for seed in (3, 11):
        paths = write_articles(tmp_path / f"corpus_{seed}", articles=60, events=30, seed=seed)
        shuffled = list(paths)
        random.Random(seed).shuffle(shuffled)
        with Store.open(tmp_path / f"forward_{seed}.frise") as forward, \
                Store.open(tmp_path / f"backward_{seed}.frise") as backward, \
                Store.open(tmp_path / f"shuffled_{seed}.frise") as mixed:
            for path in paths:  # one at a time, as a user adds them
                Library(forward).import_paths([path])
            for path in reversed(paths):
                Library(backward).import_paths([path])
            Library(mixed).import_paths(shuffled)
            expected = events_of(forward)
            assert any(len(sources) > 1 for *_, sources in expected)  # events are shared, and a wide
            assert any(len(sources) > 1 and any(text.lower().startswith(("mi-", "début", "fin"))  # statement
                                                for _, text in sources) for *_, sources in expected)  # joined a day
            assert events_of(backward) == expected
            assert events_of(mixed) == expected
            for library in (Library(forward), Library(backward)):
                library.reextract()
                assert events_of(library.store) == expected
                library.reextract(reversed([a.id for a in library.articles()]))
                assert events_of(library.store) == expected
            forward.check_integrity()


def write_crowded(folder: Path, articles: int, seed: int) -> None:
    """Articles of random statements on few days, in few words: many near misses between events,
    where merging an article again used to move statements from one event to another."""
    rng = random.Random(seed)
    folder.mkdir()
    start = date(2017, 3, 1)
    for n in range(articles):
        published = start + timedelta(days=rng.randrange(40))
        sentences = []
        for _ in range(rng.randint(4, 7)):
            day = published - timedelta(days=rng.randrange(20))
            sentences.append(f"{phrase(rng, day, published).capitalize()}, {rng.choice(WHO)} "
                             f"{rng.choice(WHAT)} {rng.choice(WHERE)}.")
        (folder / f"depeche_{n:03d}.txt").write_text(
            f" date {published.isoformat()} \nDépêche {n}\n\n{' '.join(sentences)} (n° {n}.)\n", encoding="utf-8")


def test_reextracting_an_unchanged_collection_changes_nothing(tmp_path: Path) -> None:
    write_crowded(tmp_path / "corpus", articles=120, seed=5)
    with Store.open(tmp_path / "t.frise") as store:
        library = Library(store)
        library.import_paths([tmp_path / "corpus"])
        imported = events_of(store)
        for _ in range(2):
            library.reextract()
            assert events_of(store) == imported
        library.reextract(reversed([a.id for a in library.articles()]))
        assert events_of(store) == imported
