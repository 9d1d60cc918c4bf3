"""Frise's temporal engine against dateparser's search_dates, on the same French TimeBank texts.

Run by hand from the repository root:

    python benchmarks/bench_temporal.py [--repeat 3]
    python benchmarks/bench_temporal.py --adversarial    # only the 1 MB shapes; exit 1 if one is slow

Both run in this one process over the 108 FTiB articles, each against its own document date
(dateparser through RELATIVE_BASE). It prints documents per second for both, the ratio, and the
peak memory each adds (tracemalloc), then the adversarial inputs of the engine's contract.
"""

from __future__ import annotations

import argparse
import json
import time
import tracemalloc
import warnings
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "tests" / "data" / "ftib.jsonl"


def load() -> list[dict]:
    with GOLD.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def run_frise(docs: list[dict]) -> int:
    from frise.temporal import extract

    return sum(len(extract(doc["text"], doc["dct"])) for doc in docs)


def run_dateparser(docs: list[dict]) -> int:
    from dateparser.search import search_dates

    found = 0
    for doc in docs:
        settings = {"RELATIVE_BASE": datetime.fromisoformat(doc["dct"])} if doc["dct"] else {}
        found += len(search_dates(doc["text"], languages=["fr"], settings=settings) or [])
    return found


def measure(name: str, run: Callable[[list[dict]], int], docs: list[dict], repeat: int) -> float:
    run(docs[:2])  # imports, compiled patterns and caches are not what we compare
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        found = run(docs)
        best = min(best, time.perf_counter() - start)
    # Memory in a run of its own: tracing every allocation slows the timed runs, the more so for
    # code that allocates many small objects, which would make the ratio a measure of tracemalloc.
    tracemalloc.start()
    run(docs)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rate = len(docs) / best
    print(f"{name:<26} {rate:9.1f} docs/s  {best * 1000:8.1f} ms  peak {peak / 2**20:6.1f} MiB  {found} expressions")
    return rate


ADVERSARIAL = {
    "long digit runs": "1234567890",
    '"le le le"': "le ",
    "month names glued": "janviermaijuinjuilletaoûtseptembre",
    "month names": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre ",
    "weekdays": "lundi mardi mercredi jeudi vendredi samedi dimanche ",
    "numbers with slashes": "12/05/2017 3/4 1/2/3/4/5/6/7/8/9 2015/08/12 11/2016 ",
    "yearless days": "le 21 juillet, le 3 mai et le 16 ",
    "relative words": "hier, il y a deux ans, en 2015, la veille du 6, deux jours plus tard, le lendemain ",
    "one line, no full stop": "le ministre a annoncé lundi que la réunion du 21 juillet aura lieu à Paris avant "
                              "la fin de l'année et que chaque année le 14 juillet les élus défilent ",
}
"""Each repeated to 1 MB: every shape must take under a second (the engine is linear)."""


def adversarial(limit: float | None = None) -> list[str]:
    """Time every adversarial shape at 1 MB; the names of those over `limit` seconds."""
    from frise.temporal import extract

    cases = dict(ADVERSARIAL)
    slow = []
    for name, unit in cases.items():
        text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
        start = time.perf_counter()
        found = len(extract(text, "2017-07-06"))
        took = time.perf_counter() - start
        print(f"1 MB {name:<26} {took:6.2f} s  {found} expressions")
        if limit is not None and took > limit:
            slow.append(name)
    text = (" ".join(d["text"] for d in load()) * 60)[:1_000_000]
    start = time.perf_counter()
    found = len(extract(text, "2017-07-06"))
    print(f"1 MB {'realistic news (FTiB x 60)':<26} {time.perf_counter() - start:6.2f} s  {found} expressions")
    return slow


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--adversarial", action="store_true",
                        help="only the adversarial shapes; exit 1 if one takes over a second per MB")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    if args.adversarial:
        slow = adversarial(limit=1.0)
        if slow:
            print("over 1 s per MB: " + ", ".join(slow))
        return 1 if slow else 0
    docs = load()
    size = sum(len(d["text"]) for d in docs) / 1000
    print(f"{len(docs)} FTiB articles, {size:.0f} k characters, best of {args.repeat}")
    ours = measure("frise.temporal.extract", run_frise, docs, args.repeat)
    theirs = measure("dateparser.search_dates", run_dateparser, docs, args.repeat)
    print(f"ratio: Frise is {ours / theirs:.1f}x faster")
    adversarial()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
