"""What every package above the store shares: the workspace, the clock, roles, record kinds.

It sits below ``sync/`` and ``reports/`` (and ``services/``), so none of them has to reach
back up into the use cases. It never imports Qt.
"""
