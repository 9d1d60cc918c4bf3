#!/bin/bash
# Score Frise on events probe 3: bash benchmarks/probes/events_probe3/rescore.sh VENV OUT
# (the shared script beside the probes, `../rescore.sh`, does the work).
HERE=$(cd "$(dirname "$0")" && pwd)
exec bash "$HERE/../rescore.sh" "$HERE" "$@"
