"""``python -m swadaya``."""

import sys

from .cli import main

sys.exit(main())
