"""Training records schools already keep: a row per record, or a matrix of people ×
courses (``records``), with the headings and course names each reads (``vocab_training``)."""
