"""``python -m swadaya``."""

import sys

from swadaya.cli import main

sys.exit(main())
