"""Layout and painting of the timeline with QtGui, shared by the screen and every export."""
