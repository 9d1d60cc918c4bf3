#!/usr/bin/env python3
"""Score Frise's output on the dates probe, sentence by sentence.

    frise-cli extract --jsonl < gold.jsonl > /tmp/pred.jsonl
    python score_probe.py gold.jsonl /tmp/pred.jsonl [--show]

A sentence is right when every expected date is found (overlapping spans) with the expected
interval and no other date or range is found outside its ignored regions. Prints the count of
right sentences, per family, then (with --show) every wrong sentence with what went wrong.
"""

import json
import sys
from collections import defaultdict


def load(path):
    with open(path, encoding="utf-8") as handle:
        return {d["id"]: d for d in map(json.loads, filter(str.strip, handle))}


def overlaps(a, b):
    return a["start"] < b["end"] and b["start"] < a["end"]


def main(gold_path, pred_path, show):
    gold, pred = load(gold_path), load(pred_path)
    right, total = defaultdict(int), defaultdict(int)
    wrong = []
    for doc_id, doc in gold.items():
        found = [t for t in pred.get(doc_id, {}).get("timexes", []) if t.get("kind", "date") in ("date", "range")]
        found = [t for t in found if not any(overlaps(t, r) for r in doc["ignore"])]
        problems = []
        for t in doc["timexes"]:
            match = [p for p in found if overlaps(p, t)]
            if not match:
                problems.append(f"MISS {t['text']!r} -> {t['first']}..{t['last']}")
                continue
            p = max(match, key=lambda p: min(p["end"], t["end"]) - max(p["start"], t["start"]))
            if (p["first"], p["last"]) != (t["first"], t["last"]):
                problems.append(
                    f"WRONG {t['text']!r}: want {t['first']}..{t['last']} got {p['first']}..{p['last']} ({p['text']!r})"
                )
        for p in found:
            if not any(overlaps(p, t) for t in doc["timexes"]):
                problems.append(f"EXTRA {p['text']!r} -> {p['first']}..{p['last']}")
        family = doc.get("family", "")
        total[family] += 1
        right[family] += not problems
        if problems:
            wrong.append((family, doc_id, doc["dct"], doc["text"], problems))
    for family in total:
        print(f"{right[family]:3d}/{total[family]:<3d} {family}")
    print(f"{sum(right.values())}/{sum(total.values())} sentences right")
    if show:
        for family, doc_id, dct, text, problems in wrong:
            print(f"\n[{family}] {doc_id} ({dct}) {text}")
            for problem in problems:
                print("   ", problem)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], "--show" in sys.argv)
