"""Bring the interface's translations up to date with the code, then compile them.

    python resources/translations/update.py          # frise_en.ts updated, frise_en.qm compiled

French is the source language: every string the interface shows is written in French in the
code, through `self.tr(...)`, `QCoreApplication.translate(context, ...)` or a module's `_tr(...)`
(which calls `QCoreApplication.translate` with the module's context). `pyside6-lupdate` finds the
first two but not the third, so this script reads the code itself (with `ast`) and writes Qt's
.ts format: strings already translated keep their translation, new ones are added unfinished (to
be translated in Qt Linguist or by hand), strings gone from the code are marked obsolete. Then
`pyside6-lrelease` compiles each .ts into the .qm that Frise loads (`frise.app.setup_application`).
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent.parent / "desktop" / "frise"
LANGUAGES = ("en",)

Key = tuple[str, str]


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _module_context(tree: ast.Module) -> str | None:
    """The context of a module's `_tr` helper: `def _tr(text): return QCoreApplication.translate("X", text)`."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_tr":
            for inner in ast.walk(node):
                if (isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute)
                        and inner.func.attr == "translate" and inner.args):
                    return _literal(inner.args[0])
    return None


class _Finder(ast.NodeVisitor):
    def __init__(self, module_context: str | None) -> None:
        self.module_context = module_context
        self.classes: list[str] = []
        self.found: list[Key] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "translate" and len(node.args) >= 2:
            context, text = _literal(node.args[0]), _literal(node.args[1])
            if context and text:
                self.found.append((context, text))
        elif isinstance(func, ast.Attribute) and func.attr == "tr" and node.args and self.classes:
            text = _literal(node.args[0])
            if text:
                self.found.append((self.classes[-1], text))
        elif isinstance(func, ast.Name) and func.id == "_tr" and node.args and self.module_context:
            text = _literal(node.args[0])
            if text:
                self.found.append((self.module_context, text))
        self.generic_visit(node)


def extract(package: Path = PACKAGE) -> list[Key]:
    """Every (context, French text) the code translates, in order of first appearance."""
    seen: dict[Key, None] = {}
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        finder = _Finder(_module_context(tree))
        finder.visit(tree)
        for key in finder.found:
            seen.setdefault(key, None)
    return list(seen)


def read_ts(path: Path) -> dict[Key, str]:
    """The finished translations of a .ts file."""
    if not path.exists():
        return {}
    done: dict[Key, str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if source is None or translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            done[(name, source)] = translation.text or ""
    return done


def write_ts(path: Path, language: str, keys: list[Key], done: dict[Key, str]) -> tuple[int, int]:
    """Write the .ts for `keys`; returns (translated, unfinished)."""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="fr")
    contexts: dict[str, ET.Element] = {}
    translated = unfinished = 0
    for context, source in sorted(keys):
        element = contexts.get(context)
        if element is None:
            element = contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(element, "name").text = context
        message = ET.SubElement(element, "message")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if (context, source) in done:
            translation.text = done[(context, source)]
            translated += 1
        else:
            translation.set("type", "unfinished")
            unfinished += 1
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return translated, unfinished


def main() -> int:
    keys = extract()
    for language in LANGUAGES:
        ts = HERE / f"frise_{language}.ts"
        translated, unfinished = write_ts(ts, language, keys, read_ts(ts))
        print(f"{ts.name}: {translated} translated, {unfinished} to translate")
        subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
