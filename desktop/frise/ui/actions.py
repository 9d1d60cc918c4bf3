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
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget

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
    more_keys: tuple[str, ...] = ()
    """Further shortcuts (Redo is Ctrl+Shift+Z on some desktops and Ctrl+Y on others)."""


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
        ActionSpec("undo", _tr("&Annuler"), _tr("Annuler la dernière correction"), S.Undo),
        ActionSpec("redo", _tr("&Rétablir"), _tr("Rétablir la correction annulée"), S.Redo,
                   more_keys=("Ctrl+Shift+Z", "Ctrl+Y")),
        ActionSpec("edit_event", _tr("&Modifier l'événement…"), _tr("Corriger le titre, la date et les acteurs"),
                   "F2"),
        ActionSpec("hide_event", _tr("&Masquer l'événement"), _tr("Retirer l'événement de la frise et des exports"),
                   S.Delete),
        ActionSpec("hidden_events", _tr("Événements &masqués…"), _tr("Lister et restaurer les événements masqués")),
        ActionSpec("merge_event", _tr("&Fusionner avec…"), _tr("Réunir deux rapports d'un même événement"),
                   "Ctrl+M"),
        ActionSpec("split_event", _tr("&Scinder"), _tr("Défaire une fusion"), "Ctrl+Shift+M"),
        ActionSpec("add_event", _tr("&Ajouter un événement depuis la sélection"),
                   _tr("Un nouvel événement dont le passage sélectionné est la source"), "Ctrl+Alt+A"),
        ActionSpec("review_event", _tr("Marquer comme &vérifié"), _tr("Marquer l'événement comme vérifié, ou non"),
                   "Ctrl+K"),
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
        ActionSpec("language_system", _tr("Selon la langue du système"),
                   _tr("Langue de l'interface : celle du système"), checkable=True, group="language"),
        ActionSpec("language_fr", _tr("Français"), _tr("Langue de l'interface : français"), checkable=True,
                   group="language"),
        ActionSpec("language_en", _tr("English"), _tr("Langue de l'interface : anglais"), checkable=True,
                   group="language"),
        ActionSpec("guide", _tr("&Guide rapide"), _tr("Souris, clavier, recherche et corrections en une page"),
                   S.HelpContents),
        ActionSpec("open_log", _tr("Ouvrir le &journal"),
                   _tr("Le fichier où Frise note ses erreurs, à joindre à un signalement de problème")),
        ActionSpec("about", _tr("À &propos de Frise"), _tr("Version et licence")),
    ]


def menus() -> list[tuple[str, list[str | None]]]:
    """Menu titles and their actions in order; None is a separator, and a name starting with
    "@" a submenu filled by its controller (`Actions.submenu`)."""
    return [
        (_tr("&Fichier"), ["new_timeline", "open_timeline", "@recent", "save_timeline_as", None,
                           "import_files", "import_folder", "paste_article", "reextract", None,
                           "export_pdf", "export_csv", "export_timelinejs", None, "quit"]),
        (_tr("É&dition"), ["undo", "redo", None, "find", "clear_filters", None, "edit_event", "hide_event",
                           "hidden_events", "merge_event", "split_event", "add_event", "review_event"]),
        (_tr("&Affichage"), ["zoom_in", "zoom_out", "fit_all", None, "lanes_actor", "lanes_source", None,
                             "previous_event", "next_event", None, "full_screen", "@language"]),
        (_tr("Aid&e"), ["guide", None, "open_log", "about"]),
    ]


def submenus() -> dict[str, tuple[str, list[str | None]]]:
    """The submenus `menus()` names with "@": their titles and the actions they hold (none for
    the recent timelines, which their controller lists)."""
    return {
        "recent": (_tr("Chronologies &récentes"), []),
        "language": (_tr("&Langue"), ["language_system", None, "language_fr", "language_en"]),
    }


TOOLBAR: tuple[str | None, ...] = (
    "import_files", None, "zoom_out", "zoom_in", "fit_all", None, "lanes_actor", "lanes_source", None,
    "clear_filters",
)


class Actions:
    """The window's QActions by name: `actions["zoom_in"]` or `actions.zoom_in`."""

    def __init__(self, parent: QObject) -> None:
        self._actions: dict[str, QAction] = {}
        self._groups: dict[str, QActionGroup] = {}
        self._submenus: dict[str, QMenu] = {}
        self._parent = parent
        for spec in specs():
            action = QAction(spec.text, parent)
            action.setObjectName(f"action_{spec.name}")
            tip = spec.tip
            if spec.key is not None:
                sequence = QKeySequence(spec.key)
                if spec.more_keys:
                    # Each sequence once: one bound twice to an action is "ambiguous" for Qt,
                    # which then triggers nothing.
                    standard = (QKeySequence.keyBindings(spec.key)
                                if isinstance(spec.key, QKeySequence.StandardKey) else [sequence])
                    sequences: list[QKeySequence] = []
                    for key in [*standard, *map(QKeySequence, spec.more_keys)]:
                        if key not in sequences and not key.isEmpty():
                            sequences.append(key)
                    action.setShortcuts(sequences)
                else:
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

    def submenu(self, name: str) -> QMenu:
        """The submenu `name` of `menus()` ("recent"), made on first use."""
        menu = self._submenus.get(name)
        if menu is None:
            parent = self._parent if isinstance(self._parent, QWidget) else None
            title, names = submenus()[name]
            menu = self._submenus[name] = QMenu(title, parent)
            menu.setObjectName(f"{name}Menu")
            self._fill(menu, names)
        return menu

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
            elif name.startswith("@"):
                if isinstance(container, QMenu):
                    container.addMenu(self.submenu(name[1:]))
            else:
                container.addAction(self._actions[name])


def icon(name: str) -> QIcon:
    """An icon from resources/icons, or an empty icon when it is missing (never an error)."""
    try:
        return QIcon(str(resource_path("icons", f"{name}.svg")))
    except FileNotFoundError:
        return QIcon()
