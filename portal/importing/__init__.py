"""The one shared spreadsheet reader every import uses.

Nothing here knows a model: ``reader`` turns a file into sheets of rows, ``columns``
matches headings to fields by meaning, ``dates`` and ``cells`` interpret values the way
a UK school writes them. The vocabularies (which headings mean which field) are plain
data the domain apps own, next to their importers.
"""
