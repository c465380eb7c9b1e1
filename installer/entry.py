"""PyInstaller's entry script: the frozen program starts exactly like ``python -m yhteisoneuvonta``."""
import sys

from yhteisoneuvonta.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
