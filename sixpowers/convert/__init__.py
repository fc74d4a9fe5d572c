"""Department files between YAML, JSON, CSV and XLSX (the project's own tabular layout)."""
