"""Statistics, small-cell suppression and the unit's reports (PDF, CSV, XLSX). No Qt here."""
