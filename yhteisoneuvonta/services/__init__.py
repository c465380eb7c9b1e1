"""Use cases shared by the CLI and the GUI. Plain Python: nothing here imports Qt."""
