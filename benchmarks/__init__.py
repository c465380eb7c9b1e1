"""Benchmarks: `benchmarks/run [--devices N] [--weeks W] [--json FILE]`.

Only :mod:`benchmarks.gui_child` imports Qt, and only in the child processes it runs in.
"""
