"""The filter panel (search, period, certainty, actors, sources) and the bar saying what is active.

Every change is gathered for a short moment (typing "Poutine" is one filter change, not seven)
and then emitted as one `EventFilter`; the counts beside each choice arrive later from a worker
(`Session.facetsChanged`) and only relabel the items, so the lists never jump under the cursor.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from frise.events.model import CERTAINTIES
from frise.render import french
from frise.store.fts import match_expression
from frise.store.reads import fold_name
from frise.store.views import EventFilter, Facets
from frise.ui import datefmt
from frise.ui.actions import icon
from frise.ui.chronology import certainty_icon
from frise.ui.kinds_filter import KindsButton
from frise.ui.period_edit import PeriodEdit
from frise.ui.plain_text import plain_tooltip
from frise.ui.sources_filter import SourcesTree, with_count

DEBOUNCE_MS = 180
_KEY_ROLE = Qt.ItemDataRole.UserRole + 1
_NAME_ROLE = Qt.ItemDataRole.UserRole + 2


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    return label


class FilterPanel(QWidget):
    """The left-hand panel. `filterChanged` carries the new EventFilter, debounced."""

    filterChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterPanel")
        self._emitting = QTimer(self)
        self._emitting.setSingleShot(True)
        self._emitting.setInterval(DEBOUNCE_MS)
        self._emitting.timeout.connect(self._emit)
        self._last_emitted = EventFilter()
        self._actor_names: dict[str, str] = {}

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Rechercher (titres, passages)…"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr(
            "Tous les mots, dans n'importe quel ordre (sans tenir compte des accents)\n"
            "« zones de désescalade » ou \"zones de désescalade\" : cette expression exacte\n"
            "Hambourg ou Astana : l'un ou l'autre\n"
            "Poutine -Trump : sans le mot Trump ; -Trump : tout sauf Trump"))
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self._changed)

        self.start = PeriodEdit("first", "date_start")
        self.end = PeriodEdit("last", "date_end")
        self.start.changed.connect(self._changed)
        self.end.changed.connect(self._changed)
        period = QFormLayout()
        period.setContentsMargins(0, 0, 0, 0)
        period.addRow(self.tr("Du"), self.start)
        period.addRow(self.tr("Au"), self.end)
        # What is wrong with the period, said in words: a red border alone said nothing.
        self.period_note = QLabel()
        self.period_note.setObjectName("periodNote")
        self.period_note.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        self.period_note.setWordWrap(True)
        self.period_note.setStyleSheet("color: #b00020;")
        self.period_note.hide()
        period.addRow(self.period_note)
        self.start.changed.connect(self._check_period)
        self.end.changed.connect(self._check_period)

        self.certainty_boxes: dict[str, QCheckBox] = {}
        certainty_layout = QVBoxLayout()
        certainty_layout.setSpacing(2)
        for certainty in CERTAINTIES:
            box = QCheckBox(datefmt.certainty_label(certainty))
            box.setObjectName(f"certainty_{certainty}")
            box.setChecked(True)
            box.setIcon(certainty_icon(certainty))
            box.setToolTip(datefmt.certainty_explanation(certainty))
            box.toggled.connect(self._certainty_toggled)
            self.certainty_boxes[certainty] = box
            certainty_layout.addWidget(box)

        self.review = QComboBox()
        self.review.setObjectName("review")
        self.review.addItem(self.tr("Tous"), None)
        self.review.addItem(self.tr("Vérifiés"), True)
        self.review.addItem(self.tr("Non vérifiés"), False)
        self.review.currentIndexChanged.connect(self._changed)

        self.kinds = KindsButton()
        self.kinds.changed.connect(self._changed)

        self.context = QComboBox()
        self.context.setObjectName("context")
        self.context.addItem(self.tr("Actualité et contexte"), None)
        self.context.addItem(self.tr("Sans le contexte"), "news")
        self.context.addItem(self.tr("Contexte seulement"), "context")
        self.context.setToolTip(self.tr(
            "Le contexte : ce que les articles rappellent plutôt qu'ils ne rapportent\n"
            "(« depuis 2015 », « avait signé »), montré en plus clair"))
        self.context.currentIndexChanged.connect(self._changed)

        self.actor_search = QLineEdit()
        self.actor_search.setPlaceholderText(self.tr("Filtrer les acteurs…"))
        self.actor_search.setClearButtonEnabled(True)
        self.actor_search.textChanged.connect(self._filter_actor_list)
        self.actors = QListWidget()
        self.actors.setObjectName("actors")
        self.actors.setUniformItemSizes(True)
        self.actors.itemChanged.connect(self._changed)

        self.place_search = QLineEdit()
        self.place_search.setObjectName("placeSearch")
        self.place_search.setPlaceholderText(self.tr("Filtrer les lieux…"))
        self.place_search.setClearButtonEnabled(True)
        self.place_search.textChanged.connect(self._filter_place_list)
        self.places = QListWidget()
        self.places.setObjectName("places")
        self.places.setUniformItemSizes(True)
        self.places.setToolTip(self.tr("Où les événements ont lieu (« à Genève », « à Sotchi »)"))
        # The look frise.qss gives the actors' list (that file names #actors only).
        self.places.setStyleSheet(
            "QListWidget#places { background: #ffffff; border: 1px solid #dfe4eb; border-radius: 5px; outline: none; }"
            " QListWidget#places::item { padding: 2px 2px; }"
            " QListWidget#places::item:selected { background: #dbe6f4; color: #1f2933; }")
        self.places.itemChanged.connect(self._changed)
        self.places.setMinimumHeight(3 * self.places.fontMetrics().height() + 12)
        self._place_names: dict[str, str] = {}

        self.sources = SourcesTree()
        self.sources.changed.connect(self._changed)

        self.clear_button = QPushButton(icon("clear"), self.tr("Effacer les filtres"))
        self.clear_button.clicked.connect(self.clear)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addWidget(_section(self.tr("Période")))
        layout.addLayout(period)
        layout.addWidget(_section(self.tr("Certitude de la date")))
        layout.addLayout(certainty_layout)
        # Three one-line choices in one form, each named at its left: a section title apiece
        # cost the actors' list three of its rows.
        choices = QFormLayout()
        choices.setContentsMargins(0, 6, 0, 0)
        choices.setVerticalSpacing(4)
        choices.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for combo in (self.review, self.context):
            # As narrow as the panel was with these on lines of their own: the form adds its labels.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        self.kinds.setMinimumWidth(60)
        for text, field in ((self.tr("Vérification"), self.review), (self.tr("Type"), self.kinds),
                            (self.tr("Contexte"), self.context)):
            label = QLabel(text)
            label.setObjectName("choiceLabel")
            label.setBuddy(field)
            choices.addRow(label, field)
        layout.addLayout(choices)
        layout.addWidget(_section(self.tr("Acteurs")))
        layout.addWidget(self.actor_search)
        layout.addWidget(self.actors, 3)
        layout.addWidget(_section(self.tr("Lieux")))
        layout.addWidget(self.place_search)
        layout.addWidget(self.places, 1)
        layout.addWidget(_section(self.tr("Sources et médias")))
        layout.addWidget(self.sources, 2)
        layout.addWidget(self.clear_button)
        # Tab goes from « Du » to « Au », then to the calendar buttons: from « Du » it went to its
        # calendar button, where the next key typed, a space, opened the calendar.
        QWidget.setTabOrder(self.start.text, self.end.text)
        QWidget.setTabOrder(self.end.text, self.start.button)
        QWidget.setTabOrder(self.start.button, self.end.button)
        QWidget.setTabOrder(self.end.button, self.certainty_boxes[CERTAINTIES[0]])

    # --- reading and writing the filter

    def current_filter(self) -> EventFilter:
        certainties = tuple(c for c, box in self.certainty_boxes.items() if box.isChecked())
        if set(certainties) >= set(CERTAINTIES):
            certainties = ()
        actors = [item.data(_KEY_ROLE) for item in _list_items(self.actors)
                  if item.checkState() == Qt.CheckState.Checked]
        outlets, articles = self.sources.chosen()
        kinds = self.kinds.chosen()
        places = tuple(item.data(_KEY_ROLE) for item in _list_items(self.places)
                       if item.checkState() == Qt.CheckState.Checked)
        return EventFilter(
            start=self.start.day(), end=self.end.day(),
            actor_keys=tuple(actors), outlets=outlets, article_ids=articles,
            certainties=certainties, search=_searched(self.search.text()),
            reviewed=self.review.currentData(), kinds=kinds, importance=self.context.currentData(),
            places=places,
        )

    def set_filter(self, f: EventFilter) -> None:
        """Show `f` without emitting it (restoring a saved filter, or "clear")."""
        blockers = [QSignalBlocker(w) for w in (self.search, self.start, self.end, self.actors, self.sources,
                                                self.review, self.kinds, self.context, self.places,
                                                *self.certainty_boxes.values())]
        self.search.setText(f.search)
        self.review.setCurrentIndex({None: 0, True: 1, False: 2}[f.reviewed])
        self.context.setCurrentIndex(max(self.context.findData(f.importance), 0) if f.importance else 0)
        self.kinds.set_chosen(f.kinds)
        self._ensure_place_items(f.places)
        for item in _list_items(self.places):
            chosen = item.data(_KEY_ROLE) in f.places
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        self.start.set_day(f.start)
        self.end.set_day(f.end)
        for certainty, box in self.certainty_boxes.items():
            box.setChecked(not f.certainties or certainty in f.certainties)
        self._ensure_actor_items(f.actor_keys)
        for item in _list_items(self.actors):
            chosen = item.data(_KEY_ROLE) in f.actor_keys
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        self.sources.set_chosen(f.outlets, f.article_ids)
        del blockers
        self._last_emitted = f
        self._check_period()
        self._emitting.stop()

    def clear(self) -> None:
        self.set_filter(EventFilter())
        self.filterChanged.emit(EventFilter())

    def set_collection_span(self, first: date, last: date) -> None:
        """Where the period's calendars open while no bound is set."""
        self.start.set_fallback(first)
        self.end.set_fallback(last)

    def forget_choices(self) -> None:
        """Another timeline file is open: its actors and sources replace this one's, they do not
        join them (counts follow with the next facets)."""
        with QSignalBlocker(self.actors):
            self.actors.clear()
        self._actor_names.clear()
        with QSignalBlocker(self.places):
            self.places.clear()
        self._place_names.clear()
        self.sources.forget()
        self.clear()

    def flush(self) -> None:
        """Emit a pending change now instead of after the debounce delay."""
        if self._emitting.isActive():
            self._emitting.stop()
            self._emit()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _changed(self, *_args: object) -> None:
        self._emitting.start()

    def _check_period(self) -> None:
        problem = self.start.problem() or self.end.problem()
        first, last = self.start.day(), self.end.day()
        if problem is None and first is not None and last is not None and last < first:
            problem = self.tr("La fin ({last}) précède le début ({first}) : aucun événement ne peut s'y trouver.")
            problem = problem.format(first=datefmt.day_phrase(first, weekday=False),
                                     last=datefmt.day_phrase(last, weekday=False))
        self.period_note.setText(problem or "")
        self.period_note.setVisible(problem is not None)

    def _certainty_toggled(self, checked: bool) -> None:
        if not checked and not any(box.isChecked() for box in self.certainty_boxes.values()):
            sender = self.sender()
            if isinstance(sender, QCheckBox):
                with QSignalBlocker(sender):
                    sender.setChecked(True)
            return
        self._changed()

    def _emit(self) -> None:
        current = self.current_filter()
        if current != self._last_emitted:
            self._last_emitted = current
            self.filterChanged.emit(current)

    # --- counts

    def set_facets(self, facets: Facets) -> None:
        """Relabel every choice with how many events it would keep; add new actors and sources."""
        blockers = [QSignalBlocker(self.actors), QSignalBlocker(self.sources), QSignalBlocker(self.kinds),
                    QSignalBlocker(self.places)]
        for certainty, box in self.certainty_boxes.items():
            box.setText(with_count(datefmt.certainty_label(certainty), facets.certainties.get(certainty, 0)))
        self.kinds.set_counts(facets.kinds)
        self._set_place_counts(facets.places)
        counts = {key: n for key, _, n in facets.actors}
        for key, name, _ in facets.actors:
            self._actor_names[key] = name
        if self._ensure_actor_items([key for key, _, _ in facets.actors]):
            self._order_actors(counts)
        for item in _list_items(self.actors):
            key = item.data(_KEY_ROLE)
            item.setText(with_count(self._actor_names.get(key, key), counts.get(key, 0)))
            item.setForeground(self.palette().text() if counts.get(key, 0) else self.palette().placeholderText())
        self.sources.set_counts(facets.outlets, facets.articles)
        del blockers
        self._filter_actor_list(self.actor_search.text())

    def _order_actors(self, counts: dict[str, int]) -> None:
        """Busiest first. Done only when actors were added (after an import), so that the list
        does not reshuffle under the pointer at every filter change."""
        items = [self.actors.takeItem(0) for _ in range(self.actors.count())]
        items.sort(key=lambda item: (-counts.get(item.data(_KEY_ROLE), 0), item.text().casefold()))
        for item in items:
            self.actors.addItem(item)

    def _ensure_actor_items(self, keys: Iterable[str]) -> bool:
        """Add items for unknown actors; True when some were added."""
        present = {item.data(_KEY_ROLE) for item in _list_items(self.actors)}
        added = False
        for key in keys:
            if key in present:
                continue
            added = True
            item = QListWidgetItem(self._actor_names.get(key, key))
            item.setData(_KEY_ROLE, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.actors.addItem(item)
            present.add(key)
        return added

    def _set_place_counts(self, places: list[tuple[str, int]]) -> None:
        """Places keyed by their folded name (« Genève » and « Geneve » are one place)."""
        counts: dict[str, int] = {}
        for name, n in places:
            key = fold_name(name) or name
            self._place_names.setdefault(key, name)
            counts[key] = counts.get(key, 0) + n
        if self._ensure_place_items(counts):
            items = [self.places.takeItem(0) for _ in range(self.places.count())]
            items.sort(key=lambda item: (-counts.get(item.data(_KEY_ROLE), 0), item.text().casefold()))
            for item in items:
                self.places.addItem(item)
        for item in _list_items(self.places):
            key = item.data(_KEY_ROLE)
            item.setText(with_count(self._place_names.get(key, key), counts.get(key, 0)))
            item.setForeground(self.palette().text() if counts.get(key, 0) else self.palette().placeholderText())
        self._filter_place_list(self.place_search.text())

    def _ensure_place_items(self, keys: Iterable[str]) -> bool:
        present = {item.data(_KEY_ROLE) for item in _list_items(self.places)}
        added = False
        for key in keys:
            if key in present:
                continue
            item = QListWidgetItem(self._place_names.get(key, key))
            item.setData(_KEY_ROLE, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.places.addItem(item)
            present.add(key)
            added = True
        return added

    def _filter_place_list(self, text: str) -> None:
        wanted = fold_name(text.strip()) or ""
        for item in _list_items(self.places):
            name = fold_name(self._place_names.get(item.data(_KEY_ROLE), "")) or ""
            item.setHidden(bool(wanted) and wanted not in name and item.checkState() != Qt.CheckState.Checked)

    def _filter_actor_list(self, text: str) -> None:
        wanted = text.strip().casefold()
        for item in _list_items(self.actors):
            name = self._actor_names.get(item.data(_KEY_ROLE), "").casefold()
            item.setHidden(bool(wanted) and wanted not in name and item.checkState() != Qt.CheckState.Checked)

    # --- describing

    def describe(self, f: EventFilter) -> list[str]:
        """The active conditions in words, for the filter bar."""
        parts = []
        if f.search:
            parts.append(self.tr("« {text} »").format(text=f.search))
        if f.start or f.end:
            start = datefmt.day_phrase(f.start, weekday=False) if f.start else "…"
            end = datefmt.day_phrase(f.end, weekday=False) if f.end else "…"
            parts.append(self.tr("du {start} au {end}").format(start=start, end=end))
        if f.certainties:
            parts.append(" / ".join(datefmt.certainty_label(c) for c in f.certainties))
        if f.actor_keys:
            parts.append(", ".join(self._actor_names.get(k, k) for k in f.actor_keys))
        if f.outlets or f.article_ids:
            names = [self.sources.outlet_name(o) for o in f.outlets]
            names += [_shorten(self.sources.title_of(a)) for a in f.article_ids]
            parts.append(", ".join(names))
        if f.reviewed is not None:
            parts.append(self.tr("vérifiés") if f.reviewed else self.tr("non vérifiés"))
        if f.kinds:
            parts.append(" / ".join(french.kind_name(k) for k in f.kinds))
        if f.importance == "news":
            parts.append(self.tr("sans le contexte"))
        elif f.importance == "context":
            parts.append(self.tr("contexte seulement"))
        if f.places:
            parts.append(", ".join(self._place_names.get(p, p) for p in f.places))
        return parts


class FilterBar(QWidget):
    """One line above the views: how many events are shown, under which conditions."""

    clearRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.label = QLabel()
        self.label.setObjectName("filterSummary")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.clear = QToolButton()
        self.clear.setObjectName("clearFilters")
        self.clear.setText(self.tr("Effacer"))
        self.clear.setIcon(icon("clear"))
        self.clear.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.clear.clicked.connect(self.clearRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.clear)
        self.show_summary([], 0, 0)

    def show_summary(self, conditions: list[str], shown: int, total: int) -> None:
        events = datefmt.count_phrase(shown, self.tr("{n} événement"), self.tr("{n} événements"))
        if conditions:
            text = self.tr("Filtre : {conditions} — {events} sur {total}").format(
                conditions=" · ".join(conditions), events=events, total=f"{total:,}".replace(",", "\u202f"))
        else:
            text = self.tr("{events} · aucun filtre").format(events=events)
        self.label.setText(text)
        self.label.setToolTip(plain_tooltip(text))
        self.setProperty("active", bool(conditions))
        self.clear.setVisible(bool(conditions))
        self.style().unpolish(self)
        self.style().polish(self)


def _list_items(widget: QListWidget) -> list[QListWidgetItem]:
    return [item for item in map(widget.item, range(widget.count())) if item is not None]


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _searched(typed: str) -> str:
    """The search as the filter keeps it: text without a single word (a lone quote, a dash)
    searches nothing, so it is no filter, and the filter line does not show it as one."""
    return typed.strip() if match_expression(typed) is not None else ""
