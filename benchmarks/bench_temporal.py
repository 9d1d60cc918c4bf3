"""Frise's temporal engine against dateparser's search_dates, on the same French TimeBank texts.

Run by hand from the repository root:

    python benchmarks/bench_temporal.py [--repeat 3]

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
    tracemalloc.start()
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        found = run(docs)
        best = min(best, time.perf_counter() - start)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rate = len(docs) / best
    print(f"{name:<26} {rate:9.1f} docs/s  {best * 1000:8.1f} ms  peak {peak / 2**20:6.1f} MiB  {found} expressions")
    return rate


def adversarial() -> None:
    from frise.temporal import extract

    cases = {
        "long digit runs": "1234567890" * 100_000,
        '"le le le"': "le " * 333_334,
        "month names glued": "janviermaijuinjuilletaoûtseptembre" * 30_000,
        "realistic news (FTiB x 60)": " ".join(d["text"] for d in load()) * 60,
    }
    for name, text in cases.items():
        text = text[:1_000_000]
        start = time.perf_counter()
        found = len(extract(text, "2017-07-06"))
        print(f"1 MB {name:<26} {time.perf_counter() - start:6.2f} s  {found} expressions")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    docs = load()
    size = sum(len(d["text"]) for d in docs) / 1000
    print(f"{len(docs)} FTiB articles, {size:.0f} k characters, best of {args.repeat}")
    ours = measure("frise.temporal.extract", run_frise, docs, args.repeat)
    theirs = measure("dateparser.search_dates", run_dateparser, docs, args.repeat)
    print(f"ratio: Frise is {ours / theirs:.1f}x faster")
    adversarial()


if __name__ == "__main__":
    main()
