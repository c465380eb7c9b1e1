"""Screen modules of the main window, in no particular order (each sets its own ``order``).

To add a page or a menu action: write a module that calls ``registry.register_page`` /
``registry.register_action`` at import time, and add its name here.
"""
MODULES: list[str] = [
    ".quick_log",
    ".encounter_form",
    ".form_help_form",
    ".group_form",
    ".observation_form",
    ".instrument_form",
    ".history_page",
    ".settings_page",
    ".help_menu",
    ".send_week",
    ".reference_page",
    ".import_page",
    ".status_board",
    ".summaries_page",
    ".statistics_page",
    ".reports_page",
    ".backups_dialog",
]
