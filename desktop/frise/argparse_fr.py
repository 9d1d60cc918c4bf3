"""argparse speaking French, for `frise` and `frise-cli`: the command line is an interface too.

argparse's own words ("usage:", "options", "error:", "the following arguments are required")
come through `gettext.gettext`, that is gettext's process-wide default domain. We do not
translate them there: a catalogue for that domain would need a compiled .mo file found through
the locale variables, and would answer for every other library using the default domain; nor do
we swap `argparse._`, a private module global read at call time by every parser of the process.
Instead each place where argparse's English reaches the user goes through a hook that has been
the same from Python 3.11 to 3.13 (and since long before):

- the usage prefix is the `prefix` argument of `HelpFormatter.add_usage`;
- the titles of the two default groups are their `title` (the groups are created in
  `ArgumentParser.__init__`, as `_positionals` and `_optionals`);
- the -h/--help option is added here, with `add_help` turned off in argparse;
- parse errors all end in `ArgumentParser.error(message)`, which argparse documents as the method
  to override; their text is argparse's gettext key filled in, so it is matched against those
  keys (`MESSAGES`, a small catalogue of its own) and translated. A message a later Python words
  differently is shown as it comes, in English, rather than lost.

The option names themselves are an API and stay as they are; help texts and metavars are written
in French by the callers. Help is wrapped without parting a guillemet, a colon or a semicolon from
its word (French sets them apart with a space), nor breaking a word at its hyphen.
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from typing import Any, NoReturn

USAGE_PREFIX = "utilisation : "
POSITIONALS_TITLE = "arguments positionnels"
OPTIONALS_TITLE = "options"
HELP_HELP = "afficher cette aide et quitter"

# argparse's messages (its gettext keys, in its own %-format) and their French wording, in
# str.format form: named fields keep their names, the n-th bare %s or %r becomes {n}.
MESSAGES: dict[str, str] = {
    "argument %(argument_name)s: %(message)s": "argument {argument_name} : {message}",
    "the following arguments are required: %s": "argument(s) obligatoire(s) manquant(s) : {0}",
    "one of the arguments %s is required": "il faut l'une de ces options : {0}",
    "not allowed with argument %s": "incompatible avec {0}",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix invalide : {value} (au choix : {choices})",
    "invalid %(type)s value: %(value)r": "valeur invalide : {value} ({type} attendu)",
    "expected one argument": "une valeur attendue",
    "expected at most one argument": "une valeur au plus attendue",
    "expected at least one argument": "au moins une valeur attendue",
    "expected %s argument": "{0} valeur attendue",
    "expected %s arguments": "{0} valeurs attendues",
    "unrecognized arguments: %s": "argument(s) non reconnu(s) : {0}",
    "ambiguous option: %(option)s could match %(matches)s": "option ambiguë : {option} peut désigner {matches}",
    "ignored explicit argument %r": "cette option ne prend pas de valeur : {0}",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "commande inconnue : {parser_name} (au choix : {choices})",
    "unexpected option string: %s": "option inattendue : {0}",
    "can't open '%(filename)s': %(error)s": "impossible d'ouvrir « {filename} » : {error}",
}
# Fields that hold another of argparse's messages, translated in turn.
_NESTED = frozenset({"message"})
# `invalid %(type)s value` names the type function; the ones argparse users pass most often.
_TYPES = {"int": "nombre entier", "float": "nombre"}
_PLACEHOLDER = re.compile(r"%\((\w+)\)[sr]|%[sr]")
# The spaces French puts inside guillemets and before two-part punctuation, which a line must not
# break at; bound with a no-break space for the wrapping, given back as plain spaces after it.
_FRENCH_SPACE = re.compile(r"(?<=«) | (?=[»:;!?])")
_NO_BREAK = "\u00a0"


def _pattern(key: str) -> re.Pattern[str]:
    parts: list[str] = []
    position = 0
    bare = 0
    for match in _PLACEHOLDER.finditer(key):
        parts.append(re.escape(key[position:match.start()]))
        name = match.group(1)
        if name is None:
            name = f"_{bare}"
            bare += 1
        parts.append(f"(?P<{name}>.*?)")
        position = match.end()
    parts.append(re.escape(key[position:]))
    return re.compile("".join(parts), re.DOTALL)


# Literal keys first, so that "expected one argument" is not read as "expected %s argument".
_CATALOGUE = sorted(((_pattern(key), french) for key, french in MESSAGES.items()),
                    key=lambda entry: entry[0].groups)


def translate(message: str) -> str:
    """argparse's English `message` in French; unchanged when it is not one of MESSAGES."""
    for pattern, french in _CATALOGUE:
        match = pattern.fullmatch(message)
        if match is None:
            continue
        fields = {name: translate(value) if name in _NESTED else value
                  for name, value in match.groupdict().items()}
        if "type" in fields:
            fields["type"] = _TYPES.get(fields["type"], fields["type"])
        bare = [fields.pop(name) for name in sorted(name for name in match.groupdict() if name.startswith("_"))]
        return french.format(*bare, **fields)
    return message


class FrenchHelpFormatter(argparse.HelpFormatter):
    """Help in French: "utilisation :" and a space before each heading's colon, as French writes it."""

    def add_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None) -> None:
        # Subcommands' usage is built with prefix "" to name their program: only None is ours.
        super().add_usage(usage, actions, groups, USAGE_PREFIX if prefix is None else prefix)

    def start_section(self, heading: str | None) -> None:
        # argparse appends the colon itself ("options:"); French puts a space before it.
        super().start_section(f"{heading} " if heading else heading)

    # The two methods argparse wraps help and descriptions with, the ones its own Raw* formatters
    # replace; done here as argparse does it (runs of whitespace folded, then textwrap), but
    # without breaking at a hyphen ("AAAA-MM-JJ", "celle-ci") or at the spaces French punctuation
    # keeps (bound with a no-break space for textwrap, which breaks only at ASCII whitespace).
    def _split_lines(self, text: str, width: int) -> list[str]:
        return [_unbound(line) for line in textwrap.wrap(_folded(text), width, break_on_hyphens=False)]

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return _unbound(textwrap.fill(_folded(text), width, initial_indent=indent, subsequent_indent=indent,
                                      break_on_hyphens=False))


_WHITESPACE = re.compile(r"[ \t\n\r\f\v]+")


def _folded(text: str) -> str:
    return _FRENCH_SPACE.sub(_NO_BREAK, _WHITESPACE.sub(" ", text).strip())


def _unbound(text: str) -> str:
    return text.replace(_NO_BREAK, " ")


class FrenchArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose help, usage and errors are in French (see the module's docstring).

    Subcommands made with `add_subparsers()` are of the same class. Options shared between
    subcommands are better added by a function than through `parents=`: a parent's options would
    come before -h, and a parent of another class would bring groups of English titles. It takes
    argparse's arguments by keyword only (as `add_subparsers().add_parser()` passes them): given by
    position, one of them could be `add_help`, which this class sets itself."""

    def __init__(self, *, add_help: bool = True, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", FrenchHelpFormatter)
        super().__init__(add_help=False, **kwargs)
        self.add_help = add_help
        self._positionals.title = POSITIONALS_TITLE
        self._optionals.title = OPTIONALS_TITLE
        if add_help:
            prefix = "-" if "-" in self.prefix_chars else self.prefix_chars[0]
            self.add_argument(f"{prefix}h", f"{prefix * 2}help", action="help", default=argparse.SUPPRESS,
                              help=HELP_HELP)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: erreur : {translate(message)}\n")
