"""Allow ``python -m dialogue_desk``."""

import sys

from dialogue_desk.cli import main

sys.exit(main())
