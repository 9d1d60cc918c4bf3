"""`frise-cli` speaks French: every command's help, usage and errors, argparse's own words
included (frise.argparse_fr), while the option names, an API, stay as they were."""

from __future__ import annotations

import argparse
import re

import pytest

from frise import argparse_fr, cli

COMMANDS = [*cli.LIBRARY_COMMANDS, "extract", "install-desktop"]
# argparse's English words that would show through untranslated; and English in our own texts.
ARGPARSE_ENGLISH = ("usage:", "positional arguments", "options:", "show this help", "error:", "required",
                    "invalid choice", "expected", "unrecognized", "not allowed", "choose from", "could match")
ENGLISH_WORDS = re.compile(r"\b(the|and|or|of|to|from|for|with|by|this|only|not|show|exit|default|files?|events?)\b")


def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as done:
        cli.main([*argv, "--help"])
    assert done.value.code == 0
    out, err = capsys.readouterr()
    assert not err
    return out


def _refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as done:
        cli.main(list(argv))
    assert done.value.code == 2
    out, err = capsys.readouterr()
    assert not out
    return err


def _prose(help_text: str) -> str:
    """The help without what is an API or an example: option names, metavars, commands, quotes."""
    text = re.sub(r"«[^»]*»", " ", help_text)
    text = re.sub(r"(?<![\w-])-{1,2}[\w-]+", " ", text)
    text = re.sub(r"\b[A-Z][A-Z.]+\b|\$\w+|\{[^}]*\}", " ", text)
    for command in COMMANDS:
        text = re.sub(rf"(?<![\w-]){re.escape(command)}(?![\w-])", " ", text)
    return text


@pytest.mark.parametrize("argv", [[], *[[command] for command in COMMANDS]], ids=lambda argv: " ".join(argv) or "-")
def test_every_help_is_french(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    out = _help(capsys, *argv)
    assert out.startswith(f"utilisation : frise-cli {' '.join(argv)}".rstrip())
    assert "afficher cette aide et quitter" in out and "options :" in out
    for english in ARGPARSE_ENGLISH:
        assert english not in out, english
    assert not ENGLISH_WORDS.findall(_prose(out)), _prose(out)


def _parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found.extend(_parsers(sub))
    return found


def test_every_command_option_and_argument_says_what_it_is_for() -> None:
    parsers = _parsers(cli.build_parser())
    # Every command, and the corpus's own two, is one of the French parsers checked below.
    assert {p.prog for p in parsers} == {"frise-cli", *(f"frise-cli {c}" for c in COMMANDS), "frise-cli corpus",
                                         "frise-cli corpus extract", "frise-cli corpus load"}
    for parser in parsers:
        assert isinstance(parser, argparse_fr.FrenchArgumentParser)
        for action in parser._actions:
            assert action.help, (parser.prog, action.option_strings or action.dest)


def test_main_help_lists_the_commands_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    out = _help(capsys)
    assert "commandes :" in out and "COMMANDE" in out
    assert "importer des articles" in out and "exporter la chronologie filtrée" in out
    assert "--db CHEMIN" in out


def test_option_names_are_unchanged(capsys: pytest.CaptureFixture[str]) -> None:
    """The options are an API: scripts call them; only their help and metavars are French."""
    out = _help(capsys, "events") + _help(capsys, "export") + _help(capsys, "import")
    for option in ("--db", "--from", "--to", "--actor", "--source", "--search", "--limit", "--json", "--pdf",
                   "--csv", "--timelinejs", "--letter", "--no-overview", "--no-sources", "--title", "--no-progress"):
        assert option in out, option


def test_help_wraps_the_french_way(capsys: pytest.CaptureFixture[str]) -> None:
    """No line of help starts with a closing guillemet, a colon or a semicolon, nor ends on an
    opening guillemet; no word is broken at its hyphen."""
    for argv in ([], *[[command] for command in COMMANDS]):
        for line in _help(capsys, *argv).splitlines():
            assert not re.match(r"\s+[»:;?!]", line), line
            assert not line.endswith(("«", "-")), line


@pytest.mark.parametrize(("argv", "expected"), [
    ([], "erreur : argument(s) obligatoire(s) manquant(s) : COMMANDE"),
    (["evnts"], "argument COMMANDE : choix invalide : 'evnts' (au choix : 'import', 'events'"),
    (["events", "--limit", "dix"], "argument --limit : valeur invalide : 'dix' (nombre entier attendu)"),
    (["events", "--from"], "argument --from : une valeur attendue"),
    (["events", "--json=oui"], "argument --json : cette option ne prend pas de valeur : 'oui'"),
    (["events", "--no-such-option"], "argument(s) non reconnu(s) : --no-such-option"),
    (["export"], "il faut l'une de ces options : --pdf --csv --timelinejs"),
    (["export", "--pdf", "a.pdf", "--csv", "a.csv"], "argument --csv : incompatible avec --pdf"),
    (["set-date", "1"], "argument(s) obligatoire(s) manquant(s) : DATE"),
    (["import"], "argument(s) obligatoire(s) manquant(s) : CHEMIN"),
    (["extract"], "extract : indiquez un FICHIER, ou --jsonl"),
])
def test_errors_are_french(argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]) -> None:
    err = _refused(capsys, *argv)
    assert err.startswith("utilisation : frise-cli")
    assert expected in err
    assert re.search(r"^frise-cli[\w -]*: erreur : ", err, re.MULTILINE), err
    assert not re.search(r"argument \S+: ", err), err  # argparse's "argument --csv: ..."
    for english in ARGPARSE_ENGLISH:
        assert english not in err, english
