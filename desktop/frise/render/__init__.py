"""Layout and painting of the timeline with QtGui, shared by the screen and every export.

`layout.py` decides where things go (pure Python, no Qt); `painter.py` draws a layout on any
QPaintDevice; `surface.py` does both in one call for images and PDF pages.
"""
