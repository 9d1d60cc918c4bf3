"""`python -m frise`: the window, as the `frise` command starts it."""

import sys

from frise.app import main

sys.exit(main())
