"""The veil shown over the window while something is dragged over it: where to let go, and what
will happen. It draws itself and lets every mouse event through."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from frise.ui import theme


class DropOverlay(QWidget):
    """Covers its parent, following its size; hidden until `show_for_drag()`."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("dropOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.message = self.tr("Déposez vos articles ici")
        self.detail = self.tr("Fichiers texte, HTML, PDF, Word ou Markdown, dossiers entiers, "
                              "texte sélectionné ou liens")
        self._covered = parent
        parent.installEventFilter(self)
        self.hide()

    def show_for_drag(self, detail: str | None = None) -> None:
        if detail:
            self.detail = detail
        self.setGeometry(self._covered.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._covered and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self._covered.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(255, 255, 255, 205))
        frame = QRectF(self.rect()).adjusted(24, 24, -24, -24)
        pen = QPen(QColor(theme.ACCENT), 3, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QColor(47, 111, 179, 22))
        painter.drawRoundedRect(frame, 18, 18)
        title = QFont(self.font())
        title.setPointSizeF(title.pointSizeF() * 2)
        title.setBold(True)
        painter.setFont(title)
        painter.setPen(QColor(theme.ACCENT))
        upper = QRectF(frame.left(), frame.center().y() - 60, frame.width(), 50)
        painter.drawText(upper, Qt.AlignmentFlag.AlignCenter, self.message)
        body = QFont(self.font())
        body.setPointSizeF(body.pointSizeF() * 1.15)
        painter.setFont(body)
        painter.setPen(QColor(theme.HEADING_TEXT))
        lower = QRectF(frame.left() + 40, frame.center().y(), frame.width() - 80, 60)
        painter.drawText(lower, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
                         | int(Qt.TextFlag.TextWordWrap), self.detail)
        painter.end()
