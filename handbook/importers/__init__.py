"""Importers that turn uploaded documents into handbook content."""
