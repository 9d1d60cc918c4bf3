"""The bundle's entry point: PyInstaller freezes this script, which only starts the window."""

import sys

from frise.app import main

if __name__ == "__main__":
    sys.exit(main())
