"""Every import of people data lives here: staff from the MIS (``staff``), the school's
own Single Central Record workbook (``scr``), and the vocabularies of headings each reads
(``vocab_staff``, ``vocab_scr``). The reading itself is ``portal.importing``."""
