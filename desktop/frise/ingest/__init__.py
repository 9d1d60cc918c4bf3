"""Files and pasted text become Articles: clean text, title, outlet, publication date.

No Qt here: the GUI's workers call these functions off the main thread, and the CLI and tests call
them with no display at all.
"""

from .discover import discover
from .load import SUPPORTED_SUFFIXES, load_file, load_text
from .model import Article, IngestError

__all__ = ["SUPPORTED_SUFFIXES", "Article", "IngestError", "discover", "load_file", "load_text"]
