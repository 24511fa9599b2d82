"""The one shared reader for every spreadsheet import (staff, SCR, training).

Nothing here knows a model: ``reader`` turns a file into sheets of rows, ``columns``
matches headings to fields by meaning, ``dates`` and ``cells`` interpret values the way
a UK school writes them. The ``vocab_*`` modules are plain data the domain apps own.
"""
