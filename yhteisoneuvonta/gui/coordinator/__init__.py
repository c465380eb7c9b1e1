"""Helpers of the sync, statistics, reports and printing screens (no user-visible text here:
the texts live in the screen modules one level up, which the translation tools scan)."""
