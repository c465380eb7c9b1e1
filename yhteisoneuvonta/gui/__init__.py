"""The desktop client (PySide6). Nothing outside this package imports Qt."""
