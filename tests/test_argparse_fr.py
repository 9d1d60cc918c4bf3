"""frise.argparse_fr: argparse's own words in French, for `frise` and `frise-cli`; its catalogue
of argparse's messages kept complete for the Python it runs on."""

from __future__ import annotations

import argparse
import ast
import re
from pathlib import Path

import pytest

from frise import app, argparse_fr

ARGPARSE_ENGLISH = ("usage:", "positional arguments", "options:", "show this help", "error:", "required",
                    "invalid choice", "expected", "unrecognized", "not allowed", "choose from", "could match")


def _parser() -> argparse_fr.FrenchArgumentParser:
    parser = argparse_fr.FrenchArgumentParser(prog="essai", description="Un « essai » : des mots ; encore des mots, "
                                              "et des mots-composés à ne pas couper, AAAA-MM-JJ:AAAA-MM-JJ.")
    parser.add_argument("--nombre", type=int, metavar="N", help="un nombre")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMANDE", help="la commande")
    sub = commands.add_parser("lire", help="lire")
    sub.add_argument("fichiers", nargs=2, metavar="FICHIER", help="deux fichiers")
    sub.add_argument("--mode", choices=["vite", "bien"], help="comment")
    return parser


def test_help_is_french_and_wraps_the_french_way(capsys: pytest.CaptureFixture[str]) -> None:
    parser = _parser()
    parser.formatter_class = lambda prog: argparse_fr.FrenchHelpFormatter(prog, width=30)  # type: ignore[assignment]
    parser.print_help()
    out = capsys.readouterr().out
    assert out.startswith("utilisation : essai [-h]")
    assert "options :" in out and "arguments positionnels :" in out and "-h, --help" in out
    assert "afficher cette aide et quitter" in " ".join(out.split())
    for english in ARGPARSE_ENGLISH:
        assert english not in out, english
    for line in out.splitlines():
        assert not re.match(r"\s+[»:;]", line) and not line.endswith(("«", "-")), line
    assert "\u00a0" not in out


@pytest.mark.parametrize(("argv", "expected"), [
    ([], "essai: erreur : argument(s) obligatoire(s) manquant(s) : COMMANDE"),
    (["--nombre", "dix", "lire", "a", "b"],
     "essai: erreur : argument --nombre : valeur invalide : 'dix' (nombre entier attendu)"),
    (["lir"], "essai: erreur : argument COMMANDE : choix invalide : 'lir' (au choix : 'lire')"),
    (["lire", "a"], "essai lire: erreur : argument(s) obligatoire(s) manquant(s) : FICHIER"),
    (["lire", "a", "b", "--mode", "mal"], "essai lire: erreur : argument --mode : choix invalide : 'mal'"),
    (["lire", "a", "b", "c"], "essai: erreur : argument(s) non reconnu(s) : c"),
])
def test_errors_are_french(argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        _parser().parse_args(argv)
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("utilisation : essai") and expected in err
    for english in ARGPARSE_ENGLISH:
        assert english not in err, english


def test_the_desktop_app_parses_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        app.parse_args(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("utilisation : frise ") and "options :" in out and "arguments positionnels :" in out
    assert "afficher cette aide et quitter" in out and "afficher la version de Frise et quitter" in out
    for english in ARGPARSE_ENGLISH:
        assert english not in out, english
    with pytest.raises(SystemExit) as done:
        app.parse_args(["--select", "premier"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert "frise: erreur : argument --select : valeur invalide : 'premier' (nombre entier attendu)" in err
    args = app.parse_args(["a.txt", "chronologie.frise", "--select", "3"])
    assert (args.articles, args.timeline, args.select) == (["a.txt"], "chronologie.frise", 3)


# --- the translation table itself


def _example(key: str) -> str:
    """argparse's message `key` filled in the way argparse fills it."""
    names = re.findall(r"%\((\w+)\)", key)
    if names:
        return key % {name: "'x'" if name != "message" else "expected one argument" for name in names}
    return key % tuple("'x'" for _ in re.findall(r"%[sr]", key)) if "%" in key else key


@pytest.mark.parametrize("key", sorted(argparse_fr.MESSAGES))
def test_every_message_of_the_table_is_translated(key: str) -> None:
    english = _example(key)
    french = argparse_fr.translate(english)
    assert french != english
    if "%" in key:
        assert "'x'" in french  # what argparse filled in is carried over
    assert "expected one argument" not in french  # nested messages are translated too


def test_unknown_messages_pass_through() -> None:
    assert argparse_fr.translate("« 4 mai » : date non comprise") == "« 4 mai » : date non comprise"
    assert argparse_fr.translate("expected one argument") == "une valeur attendue"
    assert argparse_fr.translate("expected 2 arguments") == "2 valeurs attendues"


# Messages of this Python's argparse that our parsers never show: mistakes in the code that builds
# a parser, and features frise does not use (deprecated=, FileType, ArgumentDefaultsHelpFormatter).
NEVER_SHOWN = {
    "%r is not callable", "'required' is an invalid argument for positionals", ".__call__() not defined",
    'argument "-" with mode %r', "cannot have multiple subparser arguments",
    "cannot merge actions - two groups are named %r", "conflicting option string: %s",
    "conflicting option strings: %s", "conflicting subparser alias: %s", "conflicting subparser: %s",
    "dest= is required for options like %r", "invalid conflict_resolution value: %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r",
    "mutually exclusive arguments must be optional", " (default: %(default)s)", "%(prog)s: warning: %(message)s\n",
    "argument '%(argument_name)s' is deprecated", "command '%(parser_name)s' is deprecated",
    "option '%(option)s' is deprecated", "subcommands",
}
# Those FrenchArgumentParser and FrenchHelpFormatter replace where argparse uses them.
REPLACED = {"usage: ", "positional arguments", "options", "show this help message and exit",
            "show program's version number and exit", "%(prog)s: error: %(message)s\n", "%(heading)s:"}


def test_every_message_argparse_can_show_is_known() -> None:
    """A Python whose argparse says something new fails here, rather than speak English to analysts."""
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    keys = {arg.value for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "ngettext")
            for arg in node.args if isinstance(arg, ast.Constant) and isinstance(arg.value, str)}
    assert keys - NEVER_SHOWN - REPLACED - set(argparse_fr.MESSAGES) == set()
