"""The French temporal engine: text + reference date -> Timex records. No Qt.

See `engine.py` for which part does what.
"""

from frise.temporal.engine import extract
from frise.temporal.model import Reference, Timex

__all__ = ["Reference", "Timex", "extract"]
