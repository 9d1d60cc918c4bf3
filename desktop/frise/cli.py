"""`frise-cli`: the command-line entry point. It parses arguments and wires the layers; no logic."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from frise import __version__
from frise.temporal import Reference, extract


def _extract_jsonl(stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    """The engine's machine interface (TEMPORAL.md): one JSON document in, one out, per line."""
    status = 0
    for number, line in enumerate(stdin, start=1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
            text = doc["text"]
            reference = Reference.parse(doc.get("dct"))
            if not isinstance(text, str):
                raise TypeError("'text' must be a string")
        except (ValueError, KeyError, TypeError) as error:
            print(f"line {number}: skipped: {error}", file=stderr)
            status = 1
            continue
        timexes = [t.to_json() for t in extract(text, reference)]
        stdout.write(json.dumps({"id": doc.get("id"), "timexes": timexes}, ensure_ascii=False) + "\n")
    return status


def _extract_table(path: str, date: str | None, stdout: TextIO) -> int:
    from frise.ingest import IngestError, load_file

    try:
        article = load_file(path)
    except IngestError as error:
        print(f"frise-cli: {error}", file=sys.stderr)
        return 1
    reference = Reference.parse(date) if date else Reference.parse(article.published)
    timexes = extract(article.text, reference)
    print(f"{article.title}\nréférence : {reference.iso() or 'inconnue'}\n", file=stdout)
    rows = [("expression", "type", "intervalle", "ancrage")]
    for t in timexes:
        if t.first is None:
            interval = "non résolu"
        elif t.first == t.last:
            interval = t.first.isoformat()
        else:
            interval = f"{t.first.isoformat()} → {t.last.isoformat()}"
        rows.append((t.text.replace("\n", " "), t.kind, interval, t.anchor))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for index, row in enumerate(rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip(), file=stdout)
        if index == 0:
            print("  ".join("-" * width for width in widths), file=stdout)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="frise-cli", description="Frise from the command line.")
    parser.add_argument("--version", action="version", version=f"frise {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    extract_cmd = commands.add_parser("extract", help="find and resolve the date expressions of a text")
    extract_cmd.add_argument("file", nargs="?", help="an article (txt, md, html, pdf, docx)")
    extract_cmd.add_argument("--jsonl", action="store_true", help="JSON lines on stdin -> JSON lines on stdout")
    extract_cmd.add_argument("--date", help="the article's date (YYYY-MM-DD, YYYY-MM or YYYY), overriding its own")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "extract":
        if args.jsonl:
            return _extract_jsonl(sys.stdin, sys.stdout, sys.stderr)
        if not args.file:
            parser.error("extract needs a FILE or --jsonl")
        if args.date:
            try:
                Reference.parse(args.date)
            except ValueError as error:
                parser.error(str(error))
        return _extract_table(args.file, args.date, sys.stdout)
    parser.error(f"unknown command {args.command}")
    return 2


if __name__ == "__main__":
    sys.exit(main())
