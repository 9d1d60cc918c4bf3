#!/bin/bash
# Score Frise on one events probe (a folder with gold.jsonl and articles/): date expressions,
# then dated events, as the shared events development set's rescore.sh does.
# Usage, from a Frise checkout (so that resources/actors, Frise's gazetteer, is found):
#   bash benchmarks/probes/rescore.sh PROBE_DIR VENV OUT   (FRISE_EVAL: the folder of score_timex.py and score_events.py)
#     VENV  a virtual environment with Frise installed (pip install -e .)
#     OUT   a folder for the throw-away timeline and the results (created if needed)
# Each probe's own rescore.sh calls this one with its folder. Nothing is written in PROBE_DIR.
set -euo pipefail
HERE=$(cd "${1:?usage: rescore.sh PROBE_DIR VENV OUT}" && pwd)
EVAL=${FRISE_EVAL:-$HERE/../../../../shared/eval}  # the shared scorers, beside the checkout
VENV=${2:?usage: rescore.sh PROBE_DIR VENV OUT}
OUT=${3:?usage: rescore.sh PROBE_DIR VENV OUT}
CLI="$VENV/bin/frise-cli"
mkdir -p "$OUT"

# (a) temporal expressions, through Frise's machine interface, on the gold texts
"$CLI" extract --jsonl < "$HERE/gold.jsonl" > "$OUT/pred_timex.jsonl"
python3 "$EVAL/score_timex.py" "$HERE/gold.jsonl" "$OUT/pred_timex.jsonl" --show > "$OUT/timex.txt"

# (b) events: import every article into a fresh timeline ...
DB="$OUT/$(basename "$HERE" | tr _ -).frise"
rm -f "$DB"
"$CLI" --db "$DB" import "$HERE/articles/" > "$OUT/import.txt" 2>&1
# ... read it as imported (only the HTML pages and the datelines carry a date Frise may find) ...
"$CLI" --db "$DB" events --json > "$OUT/events_as_imported.json"
"$CLI" --db "$DB" articles --json > "$OUT/articles_as_imported.json"
# ... then date each article as an analyst would (its publication day or month; undated stay so)
python3 -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    if d["dct"]:
        print(d["file"], d["dct"])' "$HERE/gold.jsonl" | while read -r file dct; do
  "$CLI" --db "$DB" set-date "$HERE/$file" "$dct" > /dev/null
done
"$CLI" --db "$DB" events --json > "$OUT/events.json"
"$CLI" --db "$DB" articles --json > "$OUT/articles.json"
"$CLI" --db "$DB" events > "$OUT/events.txt"

python3 "$EVAL/score_events.py" "$HERE/gold.jsonl" "$OUT/events.json" "$OUT/articles.json" --show \
  > "$OUT/events_score.txt"
python3 "$EVAL/score_events.py" "$HERE/gold.jsonl" "$OUT/events_as_imported.json" "$OUT/articles_as_imported.json" \
  > "$OUT/events_score_as_imported.txt"

echo "timexes: $(tail -1 "$OUT/timex.txt")"
python3 - "$OUT/events_score.txt" <<'PY'
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
d = json.loads(text[text.index("\n{") + 1:] if not text.startswith("{") else text)
print("events (dated):", json.dumps({k: d[k] for k in ("recall_main", "precision_reports", "precision_reports_chronology",
      "precision_reports_news_only", "precision_events", "actors_strict", "actors_lenient", "merge_summary")},
      ensure_ascii=False))
PY
