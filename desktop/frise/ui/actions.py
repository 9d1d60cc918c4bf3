"""Every command of the window, declared once: text, shortcut, icon, and where it appears.

Menus and the toolbar are built from these declarations (as Picard does in
`picard/ui/mainwindow/actions.py`), so a command has one shortcut and one wording wherever it is
shown. Shortcuts are the platform's standard keys where one exists (Open, Quit, Find, zoom), so a
Mac user gets Cmd+O and a Linux user Ctrl+O without a line of platform code here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar

from frise.resources import resource_path

Key = QKeySequence.StandardKey | str | None


@dataclass(frozen=True, slots=True)
class ActionSpec:
    name: str
    text: str
    tip: str
    key: Key = None
    icon: str | None = None
    checkable: bool = False
    group: str | None = None


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def specs() -> list[ActionSpec]:
    """The declarations, translated now (so they follow the translator installed at startup)."""
    S = QKeySequence.StandardKey
    return [
        ActionSpec("new_timeline", _tr("&Nouvelle chronologie…"),
                   _tr("Créer un fichier de chronologie vide et l'ouvrir"), S.New),
        ActionSpec("open_timeline", _tr("&Ouvrir une chronologie…"),
                   _tr("Ouvrir un fichier de chronologie (.frise)"), S.Open),
        ActionSpec("save_timeline_as", _tr("En&registrer sous…"),
                   _tr("Copier la chronologie dans un autre fichier et continuer dans celui-ci"), S.SaveAs),
        ActionSpec("import_files", _tr("&Importer des articles…"),
                   _tr("Importer des fichiers texte, HTML, PDF, Word ou Markdown"), "Ctrl+I", "import"),
        ActionSpec("import_folder", _tr("Importer un &dossier…"),
                   _tr("Importer tous les articles d'un dossier et de ses sous-dossiers"), "Ctrl+Shift+O", "folder"),
        ActionSpec("paste_article", _tr("&Coller un article"),
                   _tr("Importer le texte ou le lien du presse-papiers"), "Ctrl+Shift+V", "paste"),
        ActionSpec("reextract", _tr("&Relire tous les articles"),
                   _tr("Relever de nouveau dates et acteurs de chaque article ; vos corrections sont conservées")),
        ActionSpec("export_pdf", _tr("E&xporter en PDF…"),
                   _tr("Un document PDF : vue d'ensemble, chronologie et sources"), S.Print, "export"),
        ActionSpec("export_csv", _tr("Exporter en &CSV…"), _tr("Un tableau : une ligne par événement et par source")),
        ActionSpec("export_timelinejs", _tr("Exporter pour &TimelineJS…"),
                   _tr("Un fichier JSON à publier sur le web avec TimelineJS")),
        ActionSpec("quit", _tr("&Quitter"), _tr("Fermer Frise"), S.Quit),
        ActionSpec("find", _tr("&Rechercher"), _tr("Rechercher dans les événements"), S.Find, "search"),
        ActionSpec("clear_filters", _tr("&Effacer les filtres"), _tr("Afficher de nouveau tous les événements"),
                   "Ctrl+Shift+E", "clear"),
        ActionSpec("zoom_in", _tr("Zoom &avant"), _tr("Rapprocher la frise"), S.ZoomIn, "zoom-in"),
        ActionSpec("zoom_out", _tr("Zoom a&rrière"), _tr("Éloigner la frise"), S.ZoomOut, "zoom-out"),
        ActionSpec("fit_all", _tr("&Tout afficher"), _tr("Ajuster la frise à tous les événements filtrés"),
                   "Ctrl+0", "fit"),
        ActionSpec("lanes_actor", _tr("Couloirs par a&cteur"), _tr("Une ligne de la frise par acteur"),
                   "Ctrl+1", "lanes-actor", checkable=True, group="lanes"),
        ActionSpec("lanes_source", _tr("Couloirs par &source"), _tr("Une ligne de la frise par article source"),
                   "Ctrl+2", "lanes-source", checkable=True, group="lanes"),
        ActionSpec("previous_event", _tr("Événement &précédent"), _tr("Sélectionner l'événement précédent"),
                   "Alt+Up"),
        ActionSpec("next_event", _tr("Événement &suivant"), _tr("Sélectionner l'événement suivant"), "Alt+Down"),
        ActionSpec("full_screen", _tr("&Plein écran"), _tr("Basculer en plein écran"), S.FullScreen,
                   checkable=True),
        ActionSpec("guide", _tr("&Guide rapide"), _tr("Souris, clavier, recherche et corrections en une page"),
                   S.HelpContents),
        ActionSpec("open_log", _tr("Ouvrir le &journal"),
                   _tr("Le fichier où Frise note ses erreurs, à joindre à un signalement de problème")),
        ActionSpec("about", _tr("À &propos de Frise"), _tr("Version et licence")),
    ]


def menus() -> list[tuple[str, list[str | None]]]:
    """Menu titles and their actions in order; None is a separator."""
    return [
        (_tr("&Fichier"), ["new_timeline", "open_timeline", "save_timeline_as", None,
                           "import_files", "import_folder", "paste_article", "reextract", None,
                           "export_pdf", "export_csv", "export_timelinejs", None, "quit"]),
        (_tr("É&dition"), ["find", "clear_filters"]),
        (_tr("&Affichage"), ["zoom_in", "zoom_out", "fit_all", None, "lanes_actor", "lanes_source", None,
                             "previous_event", "next_event", None, "full_screen"]),
        (_tr("Aid&e"), ["guide", None, "open_log", "about"]),
    ]


TOOLBAR: tuple[str | None, ...] = (
    "import_files", None, "zoom_out", "zoom_in", "fit_all", None, "lanes_actor", "lanes_source", None,
    "clear_filters",
)


class Actions:
    """The window's QActions by name: `actions["zoom_in"]` or `actions.zoom_in`."""

    def __init__(self, parent: QObject) -> None:
        self._actions: dict[str, QAction] = {}
        self._groups: dict[str, QActionGroup] = {}
        for spec in specs():
            action = QAction(spec.text, parent)
            action.setObjectName(f"action_{spec.name}")
            tip = spec.tip
            if spec.key is not None:
                sequence = QKeySequence(spec.key)
                action.setShortcut(sequence)
                shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
                if shown:
                    tip = f"{tip} ({shown})"
            action.setToolTip(tip)
            action.setStatusTip(spec.tip)
            if spec.icon:
                action.setIcon(icon(spec.icon))
            action.setCheckable(spec.checkable)
            if spec.group:
                group = self._groups.get(spec.group)
                if group is None:
                    group = self._groups[spec.group] = QActionGroup(parent)
                    group.setExclusive(True)
                group.addAction(action)
            self._actions[spec.name] = action

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def __getattr__(self, name: str) -> QAction:
        try:
            return self.__dict__["_actions"][name]
        except KeyError as missing:
            raise AttributeError(name) from missing

    def names(self) -> list[str]:
        return list(self._actions)

    def fill_menu_bar(self, bar: QMenuBar) -> None:
        for title, names in menus():
            menu = bar.addMenu(title)
            self._fill(menu, names)

    def fill_toolbar(self, toolbar: QToolBar, names: Sequence[str | None] = TOOLBAR) -> None:
        self._fill(toolbar, names)

    def _fill(self, container: QMenu | QToolBar, names: Sequence[str | None]) -> None:
        for name in names:
            if name is None:
                container.addSeparator()
            else:
                container.addAction(self._actions[name])


def icon(name: str) -> QIcon:
    """An icon from resources/icons, or an empty icon when it is missing (never an error)."""
    try:
        return QIcon(str(resource_path("icons", f"{name}.svg")))
    except FileNotFoundError:
        return QIcon()
