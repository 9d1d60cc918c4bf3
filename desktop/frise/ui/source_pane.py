"""The selected event's articles, one tab each, with the evidence highlighted in the text.

Every date expression of the article is tinted by its certainty; the passage behind the event is
emphasised and scrolled into view; clicking a tinted date selects the event it belongs to. The
article's text is always set as plain text (`setPlainText`): markup inside an article, such as a
`<b>` in a pasted page, is shown literally and never interpreted.

Offsets: the store counts Python characters (code points); Qt's documents count UTF-16 units, so
an emoji before a date would shift every highlight after it. `Utf16` converts between the two.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from frise.events.model import Event, Source
from frise.render import french
from frise.store import ArticleRow, Store
from frise.store.views import Expression, events_of_article, expressions
from frise.ui import datefmt, theme
from frise.ui.plain_text import plain_tooltip


class Utf16:
    """Python string indices <-> UTF-16 positions in a QTextDocument, for one text."""

    def __init__(self, text: str) -> None:
        self._wide = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def to_qt(self, index: int) -> int:
        return index + bisect_right(self._wide, index - 1) if self._wide else index

    def from_qt(self, position: int) -> int:
        if not self._wide:
            return position
        low, high = 0, position
        while low < high:
            middle = (low + high + 1) // 2
            if self.to_qt(middle) <= position:
                low = middle
            else:
                high = middle - 1
        return low


@dataclass(frozen=True, slots=True)
class Focus:
    """What to emphasise in an article: the event's passage and its own date expression."""

    passage_start: int
    passage_end: int
    expression_start: int
    expression_end: int


class ArticleText(QPlainTextEdit):
    """An article's text, read-only, with its dates highlighted and clickable."""

    expressionClicked = Signal(object)
    """The `Expression` under a click."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleText")
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setCenterOnScroll(False)
        self.viewport().setMouseTracking(True)
        self._text = ""
        self._offsets = Utf16("")
        self._expressions: list[Expression] = []
        self._starts: list[int] = []
        self._focus: Focus | None = None
        self._press: QPoint | None = None

    @property
    def expressions(self) -> list[Expression]:
        return self._expressions

    @property
    def focus(self) -> Focus | None:
        return self._focus

    def set_article(self, text: str, found: Sequence[Expression], focus: Focus | None) -> None:
        self._text = text
        self._offsets = Utf16(text)
        self._expressions = sorted(found, key=lambda x: (x.start, x.end))
        self._starts = [x.start for x in self._expressions]
        self._focus = focus
        self.setPlainText(text)
        self.setExtraSelections(self._selections())
        self.scroll_to_focus()
        QTimer.singleShot(0, self, self.scroll_to_focus)

    def _selections(self) -> list[QTextEdit.ExtraSelection]:
        selections = []
        if self._focus is not None:
            passage = QTextCharFormat()
            passage.setBackground(QColor(theme.PASSAGE_BACKGROUND))
            passage.setProperty(QTextFormat.Property.FullWidthSelection, False)
            selections.append(self._selection(self._focus.passage_start, self._focus.passage_end, passage))
        for expression in self._expressions:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(theme.HIGHLIGHT_BACKGROUNDS.get(expression.certainty, "#e4e4e4")))
            fmt.setForeground(QColor(theme.CERTAINTY_COLOURS.get(expression.certainty, "#000000")).darker(150))
            fmt.setToolTip(datefmt.period_phrase(expression.first, expression.last))
            if self._focus is not None and (expression.start, expression.end) == (
                    self._focus.expression_start, self._focus.expression_end):
                fmt.setFontWeight(QFont.Weight.Bold)
                fmt.setFontUnderline(True)
                fmt.setUnderlineColor(QColor(theme.CERTAINTY_COLOURS.get(expression.certainty, "#000000")))
            selections.append(self._selection(expression.start, expression.end, fmt))
        return selections

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_qt(start))
        cursor.setPosition(self._offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = fmt
        return selection

    def scroll_to_focus(self) -> None:
        """Bring the passage into view, centred, with the caret at its start."""
        if self._focus is None:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_qt(self._focus.passage_start))
        self.setTextCursor(cursor)
        self.centerCursor()

    def passage_visible(self) -> bool:
        """Whether the start of the emphasised passage is inside the viewport."""
        if self._focus is None:
            return False
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_qt(self._focus.passage_start))
        return self.viewport().rect().intersects(self.cursorRect(cursor))

    def expression_at(self, point: QPoint) -> Expression | None:
        position = self._offsets.from_qt(self.cursorForPosition(point).position())
        rect = self.cursorRect(self.cursorForPosition(point))
        if abs(rect.center().y() - point.y()) > rect.height():
            return None
        index = bisect_right(self._starts, position) - 1
        for candidate in self._expressions[max(index - 1, 0): index + 2]:
            if candidate.start <= position < candidate.end or (
                    candidate.start < position <= candidate.end and position == candidate.end):
                return candidate
        return None

    def expression_rect_center(self, expression: Expression) -> QPoint:
        """Where an expression is drawn (tests click there)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_qt((expression.start + expression.end) // 2))
        return self.cursorRect(cursor).center()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        moved = (point - self._press).manhattanLength()
        self._press = None
        if moved > 4 or self.textCursor().hasSelection():
            return
        expression = self.expression_at(point)
        if expression is not None:
            self.expressionClicked.emit(expression)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if event.buttons():
            return
        expression = self.expression_at(event.position().toPoint())
        shape = Qt.CursorShape.PointingHandCursor if expression is not None else Qt.CursorShape.IBeamCursor
        self.viewport().setCursor(shape)
        if expression is not None:
            QToolTip.showText(event.globalPosition().toPoint(), plain_tooltip(self._tooltip(expression)),
                              self.viewport())

    def _tooltip(self, expression: Expression) -> str:
        return self.tr("« {text} » : {period} ({certainty}) — cliquer pour voir l'événement").format(
            text=expression.text, period=datefmt.period_phrase(expression.first, expression.last),
            certainty=datefmt.certainty_label(expression.certainty))


class ArticleTab(QWidget):
    """One source article: what is known of it, a way to date it, and its text."""

    dateRequested = Signal(int, str)

    def __init__(self, article: ArticleRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article = article
        self.title = QLabel(article.title)
        self.title.setObjectName("articleTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = QLabel(self._metadata())
        self.meta.setObjectName("articleMeta")
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setWordWrap(True)
        if article.path or article.url:
            self.meta.setToolTip(plain_tooltip(article.url or article.path or ""))

        self.date_input = QLineEdit()
        self.date_input.setObjectName("articleDate")
        self.date_input.setPlaceholderText(self.tr("ex. 4 mai 2017, 05/2017, 2017"))
        self.date_input.setClearButtonEnabled(True)
        self.date_input.returnPressed.connect(self._request_date)
        self.date_input.textChanged.connect(lambda _: self._set_invalid(False))
        self.date_button = QPushButton(self.tr("Dater l'article"))
        self.date_button.setObjectName("setArticleDate")
        self.date_button.setToolTip(self.tr("Fixer la date de publication et relire toutes les dates de l'article"))
        self.date_button.clicked.connect(self._request_date)
        date_row = QHBoxLayout()
        date_row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Date de publication :"))
        date_row.addWidget(label)
        date_row.addWidget(self.date_input, 1)
        date_row.addWidget(self.date_button)

        self.text = ArticleText()

        header = QFrame()
        header.setObjectName("articleHeader")
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(10, 8, 10, 8)
        header_layout.setSpacing(4)
        header_layout.addWidget(self.title)
        header_layout.addWidget(self.meta)
        header_layout.addLayout(date_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.text, 1)

    def _metadata(self) -> str:
        a = self.article
        outlet = a.outlet or self.tr("média inconnu")
        if not a.published:
            if a.assumed_year:
                return self.tr("{outlet} · date de publication inconnue (année supposée : {year})").format(
                    outlet=outlet, year=a.assumed_year)
            return self.tr("{outlet} · date de publication inconnue").format(outlet=outlet)
        published = datefmt.publication_phrase(a.published, a.precision)
        if a.date_source == "user":
            published = self.tr("{date} (fixée à la main)").format(date=published)
        return self.tr("{outlet} · publié : {published}").format(outlet=outlet, published=published)

    def _request_date(self) -> None:
        value = datefmt.parse_user_date(self.date_input.text())
        if value is None:
            self._set_invalid(True)
            return
        self.dateRequested.emit(self.article.id, value)

    def _set_invalid(self, invalid: bool) -> None:
        self.date_input.setProperty("invalid", invalid)
        self.date_input.setToolTip(self.tr("Date non reconnue : écrivez par exemple 4 mai 2017, 05/2017 ou 2017")
                                   if invalid else "")
        self.date_input.style().unpolish(self.date_input)
        self.date_input.style().polish(self.date_input)


class SourcePane(QWidget):
    """The right-hand pane: the selected event and its articles."""

    eventActivated = Signal(int)
    """A date in an article was clicked: the id of its event."""
    dateRequested = Signal(int, str)
    """Date article `id` as `value` ("2017-05-04", "2017-05", "2017")."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcePane")
        self.store = store
        self.shown_event: Event | None = None

        self.heading = QLabel()
        self.heading.setObjectName("eventTitle")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.details = QLabel()
        self.details.setObjectName("eventDetails")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sourceTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.setUsesScrollButtons(True)

        self.empty = QLabel(self.tr("Sélectionnez un événement dans la frise ou la chronologie "
                                    "pour lire ses sources."))
        self.empty.setObjectName("emptyHint")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        shown = QWidget()
        shown_layout = QVBoxLayout(shown)
        shown_layout.setContentsMargins(0, 0, 0, 0)
        shown_layout.setSpacing(0)
        header = QFrame()
        header.setObjectName("eventHeader")
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(12, 10, 12, 10)
        header_layout.setSpacing(4)
        header_layout.addWidget(self.heading)
        header_layout.addWidget(self.details)
        shown_layout.addWidget(header)
        shown_layout.addWidget(self.tabs, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def show_event(self, event_id: int | None) -> None:
        """Show an event's sources (None or an unknown id: the empty hint)."""
        found = self.store.events_by_id([event_id]) if event_id is not None and event_id >= 0 else []
        self.shown_event = found[0] if found else None
        shown = self.current_tab()
        current_article = shown.article.id if shown is not None else None
        old = [self.tabs.widget(i) for i in range(self.tabs.count())]
        self.tabs.clear()
        for widget in old:
            if widget is not None:
                widget.deleteLater()
        if self.shown_event is None:
            self.stack.setCurrentIndex(0)
            return
        event = self.shown_event
        self.heading.setText(event.title)
        parts = [datefmt.period_phrase(event.first, event.last), datefmt.certainty_label(event.certainty)]
        if event.happening:
            parts.append(french.kind_name(event.happening))
        if event.importance == "context":
            parts.append(self.tr("contexte"))
        if event.actors:
            parts.append(", ".join(event.actors))
        if event.places:
            parts.append(", ".join(event.places))
        parts.append(datefmt.count_phrase(len(event.sources), self.tr("{n} source"), self.tr("{n} sources")))
        details = " · ".join(parts)
        if event.conflicting:
            details += "\n" + self.tr("⚠ Les sources ne s'accordent pas sur la date.")
        self.details.setText(details)
        self.stack.setCurrentIndex(1)
        chosen = 0
        for number, source in enumerate(event.sources):
            tab = self._tab(source)
            if tab is None:
                continue
            label = source.outlet or _short(source.title)
            index = self.tabs.addTab(tab, label.replace("&", "&&"))  # an "&" is shown, not made a shortcut
            self.tabs.setTabToolTip(index, plain_tooltip(source.title))
            if source.article_id == current_article:
                chosen = number
        self.tabs.setCurrentIndex(chosen)

    def refresh(self) -> None:
        """Read the shown event again (its articles were re-dated or re-imported). When it no
        longer exists, because re-dating an article rebuilt its events, show the event that now
        holds the same date expression, and say so through `eventActivated`."""
        previous = self.shown_event
        if previous is None:
            return
        if self.store.events_by_id([previous.id]):
            self.show_event(previous.id)
            return
        tab = self.current_tab()
        focus = tab.text.focus if tab is not None else None
        successor = self._successor(tab.article.id, focus) if tab is not None and focus is not None else None
        self.show_event(successor)
        if successor is not None:
            self.eventActivated.emit(successor)

    def _successor(self, article_id: int, focus: Focus) -> int | None:
        candidates = self.store.events_by_id(events_of_article(self.store, article_id))
        fallback = None
        for event in candidates:
            for source in event.sources:
                if source.article_id != article_id:
                    continue
                if source.expression_start == focus.expression_start:
                    return event.id
                if fallback is None and source.start <= focus.expression_start < source.end:
                    fallback = event.id
        return fallback

    def current_tab(self) -> ArticleTab | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, ArticleTab) else None

    def tab_for_article(self, article_id: int) -> ArticleTab | None:
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if isinstance(widget, ArticleTab) and widget.article.id == article_id:
                return widget
        return None

    def _tab(self, source: Source) -> ArticleTab | None:
        article = self.store.article(source.article_id)
        text = self.store.article_text(source.article_id)
        if article is None or text is None:
            return None
        tab = ArticleTab(article)
        focus = Focus(source.start, source.end, source.expression_start, source.expression_end)
        tab.text.set_article(text, expressions(self.store, source.article_id), focus)
        tab.text.expressionClicked.connect(self._expression_clicked)
        tab.dateRequested.connect(self.dateRequested)
        return tab

    def _expression_clicked(self, expression: Expression) -> None:
        if expression.event_id is not None:
            self.eventActivated.emit(expression.event_id)


def _short(text: str, limit: int = 32) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
