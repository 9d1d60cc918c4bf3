# Copied from the shared evaluation kit (eval/score_timex.py) so that the suite runs on its own.
"""Score temporal-expression extraction against a gold JSONL file.

Usage:
    score_timex.py GOLD.jsonl PRED.jsonl [--show]

GOLD lines: {"id", "dct", "text", "timexes": [...], "ignore": [...]} (see TEMPORAL.md).
PRED lines: {"id", "timexes": [{"start", "end", "text", "kind", "value", "first", "last"}]}

Only kinds "date" and "range" are scored; "duration" and "set" are ignored on both sides.
A prediction overlapping an "ignore" region is neither rewarded nor penalised.

Figures:
  strict   span F1: same start and end offsets
  relaxed  span F1: spans overlap
  interval accuracy: over gold timexes matched (relaxed), share whose first and last days
                     equal the gold ones (null == null counts as equal: an expression that
                     cannot be resolved must be left unresolved)
  value    accuracy: likewise for the TIMEX3-style value string
  end-to-end: share of gold timexes found (relaxed) with the right interval
"""
import json
import sys

SCORED = {"date", "range"}


def load(path):
    with open(path, encoding="utf-8") as f:
        return {d["id"]: d for d in map(json.loads, filter(str.strip, f))}


def overlaps(a, b):
    return a["start"] < b["end"] and b["start"] < a["end"]


def score(gold, pred, show=False):
    n_gold = n_pred = strict = relaxed_g = relaxed_p = interval_ok = value_ok = 0
    missing = [k for k in gold if k not in pred]
    for doc_id, g in gold.items():
        gt = [t for t in g["timexes"] if t["kind"] in SCORED]
        pt = [t for t in pred.get(doc_id, {}).get("timexes", []) if t.get("kind", "date") in SCORED]
        pt = [t for t in pt if not any(overlaps(t, r) for r in g.get("ignore", []))]
        n_gold += len(gt)
        n_pred += len(pt)
        strict += sum(1 for t in gt if any(p["start"] == t["start"] and p["end"] == t["end"] for p in pt))
        relaxed_p += sum(1 for p in pt if any(overlaps(p, t) for t in gt))
        for t in gt:
            match = [p for p in pt if overlaps(p, t)]
            if not match:
                if show:
                    print(f"MISS  {doc_id} {t['text']!r} -> {t['first']}..{t['last']}")
                continue
            relaxed_g += 1
            p = max(match, key=lambda p: min(p["end"], t["end"]) - max(p["start"], t["start"]))
            ok = (p.get("first"), p.get("last")) == (t["first"], t["last"])
            interval_ok += ok
            value_ok += p.get("value") == t["value"]
            if show and not ok:
                print(f"WRONG {doc_id} {t['text']!r}: gold {t['first']}..{t['last']} got {p.get('first')}..{p.get('last')} ({p.get('text')!r})")
        if show:
            for p in pt:
                if not any(overlaps(p, t) for t in gt):
                    print(f"EXTRA {doc_id} {p.get('text')!r} -> {p.get('first')}..{p.get('last')}")

    def f1(tp_p, tp_g):
        prec = tp_p / n_pred if n_pred else 0.0
        rec = tp_g / n_gold if n_gold else 0.0
        return 2 * prec * rec / (prec + rec) if prec + rec else 0.0, prec, rec

    sf, sp, sr = f1(strict, strict)
    rf, rp, rr = f1(relaxed_p, relaxed_g)
    return {
        "docs": len(gold), "missing_docs": len(missing), "gold": n_gold, "predicted": n_pred,
        "strict_f1": round(sf, 3), "relaxed_f1": round(rf, 3),
        "relaxed_precision": round(rp, 3), "relaxed_recall": round(rr, 3),
        "interval_accuracy": round(interval_ok / relaxed_g, 3) if relaxed_g else 0.0,
        "value_accuracy": round(value_ok / relaxed_g, 3) if relaxed_g else 0.0,
        "end_to_end": round(interval_ok / n_gold, 3) if n_gold else 0.0,
    }


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    print(json.dumps(score(load(args[0]), load(args[1]), "--show" in sys.argv)))
