"""A synthetic Frise database of any size, for benchmarks and screenshots.

The rows are written straight into the schema (articles, date expressions, events, sources,
actors) rather than through the extraction pipeline, which would take hours for 100,000 events;
the texts are French sentences whose offsets match their date expressions, so the source pane can
show and highlight them like real articles.

    python benchmarks/synthetic_corpus.py OUT.sqlite --events 2000 [--seed 7]

`write_articles` writes article files instead (dated text files, or one JSON Lines file in the
shape of a news archive's export), for what goes through the extraction pipeline: articles of
nearby dates report the same happenings in different words and date forms, so that merging has
work to do.

    python benchmarks/synthetic_corpus.py OUT_DIR --articles 500 [--jsonl] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from frise.store import Store

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre")
ACTORS = [
    ("country:RU", "Russie", "country"), ("country:US", "États-Unis", "country"),
    ("country:FR", "France", "country"), ("country:DE", "Allemagne", "country"),
    ("country:TR", "Turquie", "country"), ("country:IR", "Iran", "country"),
    ("country:SY", "Syrie", "country"), ("country:CN", "Chine", "country"),
    ("country:UA", "Ukraine", "country"), ("country:GB", "Royaume-Uni", "country"),
    ("country:IL", "Israël", "country"), ("country:SA", "Arabie saoudite", "country"),
    ("country:QA", "Qatar", "country"), ("country:JO", "Jordanie", "country"),
    ("country:KZ", "Kazakhstan", "country"), ("country:EG", "Égypte", "country"),
    ("leader:poutine", "Vladimir Poutine", "leader"), ("leader:trump", "Donald Trump", "leader"),
    ("leader:macron", "Emmanuel Macron", "leader"), ("leader:merkel", "Angela Merkel", "leader"),
    ("leader:erdogan", "Recep Tayyip Erdogan", "leader"), ("leader:lavrov", "Sergueï Lavrov", "leader"),
    ("leader:tillerson", "Rex Tillerson", "leader"), ("leader:rohani", "Hassan Rohani", "leader"),
    ("org:onu", "ONU", "organisation"), ("org:otan", "OTAN", "organisation"),
    ("org:ue", "Union européenne", "organisation"), ("org:g20", "G20", "organisation"),
]
OUTLETS = ["Le Monde", "RT France", "France 24", "Le Figaro", "Libération", "AFP", "Sputnik",
           "Courrier international", "L'Orient-Le Jour", "TV5 Monde"]
PLACES = ["Astana", "Genève", "Vienne", "Sotchi", "Amman", "Hambourg", "Paris", "Moscou",
          "Washington", "Ankara", "Téhéran", "Bruxelles", "New York", "Minsk", "Doha", "Riyad"]
VERBS = [  # (several actors, one actor)
    ("ont signé un accord sur {topic} à {place}", "a signé un accord sur {topic} à {place}"),
    ("se sont rencontrés à {place} pour évoquer {topic}", "a reçu à {place} une délégation pour évoquer {topic}"),
    ("ont échangé par téléphone au sujet de {topic}", "a multiplié les appels au sujet de {topic}"),
    ("ont annoncé à {place} une initiative commune sur {topic}", "a annoncé à {place} une initiative sur {topic}"),
    ("ont repris à {place} les négociations sur {topic}", "a repris à {place} les négociations sur {topic}"),
    ("ont condamné à {place} la dégradation de {topic}", "a condamné à {place} la dégradation de {topic}"),
    ("ont convenu à {place} d'un calendrier pour {topic}", "a proposé à {place} un calendrier pour {topic}"),
]
TOPICS = ["les zones de désescalade", "le cessez-le-feu", "l'aide humanitaire", "le nucléaire iranien",
          "les sanctions économiques", "la reconstruction", "le contrôle des armements",
          "la sécurité énergétique", "les réfugiés", "le processus de paix", "la lutte antiterroriste"]
CERTAINTY_WEIGHTS = {"exact": 70, "approximate": 18, "assumed": 8, "unresolved": 4}


def _expression(rng: random.Random, day: date, certainty: str) -> tuple[str, date | None, date | None]:
    month = MONTHS[day.month - 1]
    if certainty == "unresolved":
        return rng.choice(["la semaine dernière", "ce jour-là", "récemment", "plus tard"]), None, None
    if certainty == "approximate":
        part = rng.choice(["début", "mi-", "fin"])
        if part == "début":
            first, last = day.replace(day=1), day.replace(day=10)
            return f"début {month} {day.year}", first, last
        if part == "mi-":
            first, last = day.replace(day=11), day.replace(day=20)
            return f"mi-{month} {day.year}", first, last
        first = day.replace(day=21)
        last = (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        return f"fin {month} {day.year}", first, last
    if rng.random() < 0.15:
        end = day + timedelta(days=1)
        label = (f"les {day.day} et {end.day} {month}" if end.month == day.month
                 else f"le {day.day} {month}")
        return label + ("" if certainty == "assumed" else f" {day.year}"), day, end if end.month == day.month else day
    return f"le {day.day} {month}" + ("" if certainty == "assumed" else f" {day.year}"), day, day


def build(path: str | Path, events: int, seed: int = 7, start: date = date(1990, 1, 1),
          end: date = date(2024, 12, 31)) -> Path:
    """Write a database of `events` events (about ten per article) at `path`, replacing it."""
    target = Path(path)
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    store = Store.open(target)
    rng = random.Random(seed)
    days = (end - start).days
    names = {key: name for key, name, _ in ACTORS}
    certainties = list(CERTAINTY_WEIGHTS)
    weights = list(CERTAINTY_WEIGHTS.values())

    planned = []
    for number in range(events):
        day = start + timedelta(days=rng.randrange(days))
        certainty = rng.choices(certainties, weights)[0]
        actors = rng.sample([a[0] for a in ACTORS], rng.choice([1, 2, 2, 3, 3, 4]))
        several, one = rng.choice(VERBS)
        verb = (several if len(actors) > 1 else one).format(topic=rng.choice(TOPICS), place=rng.choice(PLACES))
        phrase, first, last = _expression(rng, day, certainty)
        who = " et ".join([", ".join(names[a] for a in actors[:-1]), names[actors[-1]]]) if len(actors) > 1 \
            else names[actors[0]]
        sources = rng.choices([1, 2, 3, 4], [60, 25, 10, 5])[0]
        planned.append((number, day, certainty, actors, who, verb, phrase, first, last, sources))

    # An article reports about ten events of the same few weeks; some events are reported again
    # by articles of nearby dates.
    per_article = 10
    article_count = max(1, events // per_article)
    by_article: dict[int, list[int]] = {}
    by_date = sorted(range(events), key=lambda n: planned[n][1])
    for rank, number in enumerate(by_date):
        home = rank * article_count // max(events, 1)
        chosen = {home} | {min(article_count - 1, max(0, home + rng.randint(-3, 3)))
                           for _ in range(planned[number][-1] - 1)}
        for article in chosen:
            by_article.setdefault(article, []).append(number)

    conn = store.db.conn
    with store.transaction():
        conn.executemany("INSERT INTO actors (key, name, kind, country) VALUES (?, ?, ?, ?)",
                         [(k, n, kind, k if kind == "country" else None) for k, n, kind in ACTORS])
        actor_ids = {key: row for row, (key, _, _) in enumerate(ACTORS, start=1)}
        event_rows, event_actor_rows = [], []
        for number, _day, certainty, actors, who, verb, _phrase, first, last, _ in planned:
            title = f"{who} {verb}"
            event_rows.append((number + 1, f"synthetic:{number}", _iso(first), _iso(last), title,
                               certainty, 0, 0, ""))
            event_actor_rows.extend((number + 1, actor_ids[a]) for a in actors)
        conn.executemany(
            "INSERT INTO events (id, key, first, last, title, certainty, source_count, conflicting, passages) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", event_rows)
        conn.executemany("INSERT INTO event_actors (event_id, actor_id) VALUES (?, ?)", event_actor_rows)

        expression_id = 0
        source_counts: dict[int, int] = {}
        passages: dict[int, list[str]] = {}
        for article, numbers in sorted(by_article.items()):
            numbers.sort(key=lambda n: planned[n][1])
            outlet = OUTLETS[article % len(OUTLETS)]
            first_event = planned[numbers[0]]
            headline = f"{first_event[4]} : {rng.choice(TOPICS)} au cœur des discussions"
            parts, expressions = [headline, "\n\n"], []
            offset = len(headline) + 2
            for n in numbers:
                _, day, certainty, _actors, who, verb, phrase, first, last, _ = planned[n]
                sentence_start = offset
                lead = phrase[0].upper() + phrase[1:]
                sentence = f"{lead}, {who} {verb}. "
                context = rng.choice([
                    "Les discussions ont duré plusieurs heures selon des sources diplomatiques. ",
                    "Aucun communiqué commun n'a été publié à l'issue de la réunion. ",
                    "Les observateurs y voient un signal fort adressé aux partenaires régionaux. ",
                    "",
                ])
                parts.append(sentence + context + "\n")
                expressions.append((n, certainty, lead, first, last, sentence_start,
                                    sentence_start + len(phrase), sentence.strip()))
                offset += len(sentence) + len(context) + 1
            text = "".join(parts)
            published = max(planned[n][1] for n in numbers) + timedelta(days=rng.randrange(1, 5))
            cursor = conn.execute(
                "INSERT INTO articles (content_hash, path, title, outlet, published, precision, format, "
                "text, needs_year, imported_at) VALUES (?, ?, ?, ?, ?, 'day', 'txt', ?, 0, ?)",
                (f"synthetic{article:08d}", None, headline, outlet, published.isoformat(), text,
                 "2024-01-01T00:00:00+00:00"))
            article_id = int(cursor.lastrowid)
            for n, certainty, phrase, first, last, char_start, char_end, sentence in expressions:
                expression_id += 1
                conn.execute(
                    "INSERT INTO date_expressions (id, article_id, key, char_start, char_end, text, kind, "
                    "anchor, first, last, certainty, precise, passage_start, passage_end, passage, title, "
                    "actors, event_id) VALUES (?, ?, ?, ?, ?, ?, 'date', 'reference', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (expression_id, article_id, f"synthetic{article:08d}:{char_start}:{char_end}", char_start,
                     char_end, phrase, _iso(first), _iso(last), certainty, int(certainty == "exact"),
                     char_start, char_start + len(sentence), sentence, sentence[:120],
                     json.dumps(planned[n][3]), n + 1))
                conn.execute("INSERT OR IGNORE INTO event_sources (event_id, article_id, expression_id) "
                             "VALUES (?, ?, ?)", (n + 1, article_id, expression_id))
                source_counts[n + 1] = source_counts.get(n + 1, 0) + 1
                passages.setdefault(n + 1, []).append(sentence)
        conn.executemany("UPDATE events SET source_count = ?, passages = ? WHERE id = ?",
                         [(source_counts.get(i, 0), "\n".join(passages.get(i, [])), i)
                          for i in range(1, events + 1)])
    store.db.execute("ANALYZE")
    store.close()
    return target


WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def _happening_date(rng: random.Random, day: date, published: date) -> str:
    """A date phrase for `day` as an article published on `published` may write it."""
    month = MONTHS[day.month - 1]
    forms = [f"le {day.day} {month} {day.year}", f"le {day.day} {month}", f"le {day.day} {month} {day.year}"]
    if 0 < (published - day).days < 6:
        forms.append(WEEKDAYS[day.weekday()])
    if day.month == published.month:
        forms.append("début " + month if day.day <= 10 else ("mi-" + month if day.day <= 20 else "fin " + month))
    return rng.choice(forms)


def articles(count: int, seed: int = 7, start: date = date(2015, 1, 1),
             days: int = 4 * 365, undated: float = 0.01) -> list[dict[str, str | None]]:
    """`count` synthetic articles: {"id", "title", "text", "dct"}, a fraction `undated` without a date."""
    rng = random.Random(seed)
    happenings = []
    for _ in range(max(1, count * 2)):
        day = start + timedelta(days=rng.randrange(days))
        actors = rng.sample(ACTORS, rng.choice([1, 2, 2, 3]))
        several, one = rng.choice(VERBS)
        verb = (several if len(actors) > 1 else one).format(topic=rng.choice(TOPICS), place=rng.choice(PLACES))
        names = [name for _, name, _ in actors]
        who = " et ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else names[0]
        happenings.append((day, who, verb))
    happenings.sort(key=lambda h: h[0])
    out: list[dict[str, str | None]] = []
    for number in range(count):
        published = start + timedelta(days=rng.randrange(20, days + 20))
        # The happenings of the three weeks before publication (by bisection on the sorted days).
        low, high = 0, len(happenings)
        while low < high:
            mid = (low + high) // 2
            if happenings[mid][0] < published - timedelta(days=21):
                low = mid + 1
            else:
                high = mid
        near = [h for h in happenings[low : low + 40] if h[0] < published]
        if not near:  # a sparse corpus: this article alone reports what it reports
            near = [(published - timedelta(days=rng.randint(1, 10)), *happenings[rng.randrange(len(happenings))][1:])]
        chosen = rng.sample(near, min(len(near), rng.randint(3, 6)))
        sentences = []
        for day, who, verb in sorted(chosen):
            when = _happening_date(rng, day, published)
            sentences.append(f"{when[0].upper()}{when[1:]}, {who} {verb}. "
                             + rng.choice(["Les discussions ont duré plusieurs heures selon des sources "
                                           "diplomatiques. ", "Aucun communiqué commun n'a été publié. ", ""]))
        lead = chosen[0][1]
        title = f"{lead} : {rng.choice(TOPICS)} au cœur des discussions ({number})"
        reference = "".join(chr(65 + number // 26**k % 26) for k in range(4))  # no digits: never a date
        body = "".join(sentences) + f"Dépêche réf. {reference}."
        dated = rng.random() >= undated
        out.append({"id": f"synth-{number:06d}", "title": title, "text": body,
                    "dct": published.isoformat() if dated else None})
    return out


def write_articles(folder: str | Path, count: int, seed: int = 7, *, jsonl: bool = False,
                   undated: float = 0.01) -> list[Path]:
    """Write `articles(count, seed)` under `folder`: one text file each, dated by a header line
    as `frise-cli import` reads them, or one `articles.jsonl`. Returns the files written."""
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    docs = articles(count, seed, undated=undated)
    if jsonl:
        path = target / "articles.jsonl"
        with path.open("w", encoding="utf-8") as stream:
            for doc in docs:
                stream.write(json.dumps(doc, ensure_ascii=False) + "\n")
        return [path]
    paths = []
    for doc in docs:
        header = f" date {doc['dct']} \n" if doc["dct"] else ""
        path = target / f"{doc['id']}.txt"
        path.write_text(f"{header}{doc['title']}\n\n{doc['text']}\n", encoding="utf-8")
        paths.append(path)
    return paths


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--articles", type=int, help="write this many article files into OUT instead")
    parser.add_argument("--jsonl", action="store_true", help="with --articles: one JSON Lines file")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    if args.articles is not None:
        written = write_articles(args.out, args.articles, args.seed, jsonl=args.jsonl)
        print(f"{args.articles} articles écrits dans {args.out} ({len(written)} fichier(s)) en "
              f"{time.perf_counter() - began:.1f} s", file=sys.stderr)
        return 0
    build(args.out, args.events, args.seed)
    print(f"{args.events} événements écrits dans {args.out} en {time.perf_counter() - began:.1f} s",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
