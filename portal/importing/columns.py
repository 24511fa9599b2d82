"""Match a sheet's headings to fields by meaning, and say what happened to every column.

A vocabulary is plain data: ``{field: [heading, synonym, ...]}`` in order of preference,
plus optional ``{field: reason}`` for columns we recognise but deliberately do not
import (a National Insurance number: we do not store it). Matching is on normalised
headings, exact first, then by words (the heading holds every word of a synonym; the
longest synonym wins). When two columns give one field, the earlier synonym wins and the
choice is written down. Every other column is named as ignored.

A ``ColumnMapping`` serialises to JSON so it can be saved per school and source and
applied to next term's file of the same shape.
"""

import json
import re
from dataclasses import dataclass, field

STOPWORDS = {"the", "of", "a", "an", "in", "on", "for", "to"}
REPLACEMENTS = (
    (r"\be[\s\-]?mail\b", "email"),
    (r"\bd\.?\s?o\.?\s?b\.?(?=\s|$)", "date of birth"),
    (r"\bn\.?\s?i\.?(?=\s|$)", "ni"),
    (r"\bnumber\b|\bnum\b|\bno\b\.?|#|\bnº", " no "),
    (r"&|\+", " and "),
    (r"[’‘`´]", "'"),
)


def normalise_heading(text):
    """'E-mail Address', 'email_address', ' EMAIL ADDRESS: ' all read 'email address';
    'Staff No.', 'Staff Number', 'Staff #' all read 'staff no'."""
    text = " ".join(str(text if text is not None else "").split()).lower()
    for pattern, replacement in REPLACEMENTS:
        text = re.sub(pattern, replacement, text)
    text = re.sub(r"[^\w']+|_", " ", text).replace("'", "")
    return " ".join(text.split())


def heading_words(text):
    return frozenset(normalise_heading(text).split()) - STOPWORDS


@dataclass(frozen=True)
class Vocabulary:
    """``fields``: field -> synonyms, most preferred first; ``not_imported``: field ->
    why we recognise the column but never import it; ``labels``: field -> words shown
    to people ("last name")."""

    fields: dict
    not_imported: dict = field(default_factory=dict)
    labels: dict = field(default_factory=dict)

    def label(self, name):
        return self.labels.get(name, name.replace("_", " "))

    def all_headings(self):
        """Every known heading, for the reader to find the heading row."""
        synonyms = [*self.fields.items(), *self.not_imported_synonyms().items()]
        return [heading for _, headings in synonyms for heading in headings]

    def not_imported_synonyms(self):
        return {name: synonyms for name, (synonyms, _) in self.not_imported.items()}

    def __post_init__(self):
        # Normalised once: the reader asks about every cell of a sheet's first rows.
        exact, by_words = {}, []
        every = [*self.fields.items(), *self.not_imported_synonyms().items()]
        for name, synonyms in every:
            for position, synonym in enumerate(synonyms):
                exact.setdefault(normalise_heading(synonym), (name, position))
                if wanted := heading_words(synonym):
                    by_words.append((wanted, name, position))
        object.__setattr__(self, "_exact", exact)
        object.__setattr__(self, "_by_words", by_words)

    def match(self, heading):
        """(field, rank) for one heading, or None. Rank orders candidates for a field:
        exact matches before word matches, earlier synonyms first."""
        key = normalise_heading(heading)
        if not key:
            return None
        if key in self._exact:
            name, position = self._exact[key]
            return name, (0, position)
        order = key.split()
        words, best = frozenset(order) - STOPWORDS, None
        for wanted, name, position in self._by_words:
            if wanted <= words:
                # Most words matched wins; on a tie the words said last, because a
                # joined heading ends with its specific part ("Right to Work – By whom").
                last = max(i for i, word in enumerate(order) if word in wanted)
                score = (-len(wanted), -last, position)
                if best is None or score < best[1]:
                    best = (name, score)
        if best is None:
            return None
        return best[0], (1, best[1][2], best[1][0])


@dataclass
class ColumnMapping:
    """Which heading gives which field. ``fields``: field -> heading; ``columns``: field
    -> 0-based column index in the sheet it was made from; ``not_imported``: heading ->
    plain-English reason; ``ignored``: headings matched to nothing; ``notes``: choices
    made (two columns for one field)."""

    fields: dict = field(default_factory=dict)
    columns: dict = field(default_factory=dict)
    not_imported: dict = field(default_factory=dict)
    ignored: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    superseded: list = field(default_factory=list)  # headings a preferred column beat

    def to_json(self):
        return json.dumps(
            {"fields": self.fields, "not_imported": self.not_imported, "ignored": self.ignored},
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text):
        data = json.loads(text)
        return cls(
            fields=dict(data.get("fields", {})),
            not_imported=dict(data.get("not_imported", {})),
            ignored=list(data.get("ignored", [])),
        )

    def messages(self):
        """One line per column, as an import command prints them."""
        lines = [f"column “{h}” → {f}" for f, h in self.fields.items()]
        lines += [
            f"column “{h}” not imported: {why}"
            for h, why in self.not_imported.items()
            if h not in self.superseded
        ]
        lines += [f"ignored column “{h}”" for h in self.ignored]
        return lines + list(self.notes)


def match_columns(headings, vocabulary):
    """A ``ColumnMapping`` for a sheet's headings (a list, in column order)."""
    candidates = {}
    mapping = ColumnMapping()
    for index, heading in enumerate(headings):
        text = " ".join(str(heading if heading is not None else "").split())
        if not text:
            continue
        found = vocabulary.match(text)
        if found is None:
            mapping.ignored.append(text)
            continue
        name, rank = found
        candidates.setdefault(name, []).append((rank, index, text))
    for name, found in candidates.items():
        found.sort()
        (_, index, heading), others = found[0], found[1:]
        if name in vocabulary.not_imported:
            reason = vocabulary.not_imported[name][1]
            for _, _, text in found:
                mapping.not_imported[text] = reason
            continue
        mapping.fields[name] = heading
        mapping.columns[name] = index
        label = vocabulary.label(name)
        for _, _, text in others:
            mapping.not_imported[text] = f"“{heading}” used for {label} instead"
            mapping.superseded.append(text)
            mapping.notes.append(
                f"“{heading}” used for {label}; “{text}” also present, not imported"
            )
    return mapping


def apply_mapping(saved, headings):
    """Re-apply a saved mapping to a new file's headings: (ColumnMapping, problems).

    A saved heading no longer in the file is a problem; a new heading the saved mapping
    does not mention is ignored and named, so nothing is dropped silently.
    """
    by_key = {}
    for index, heading in enumerate(headings):
        by_key.setdefault(normalise_heading(heading), (index, str(heading)))
    mapping, problems, used = ColumnMapping(), [], set()
    for name, heading in saved.fields.items():
        found = by_key.get(normalise_heading(heading))
        if found is None:
            problems.append(f"The saved column “{heading}” (for {name}) is not in this file")
            continue
        mapping.fields[name], mapping.columns[name] = found[1], found[0]
        used.add(found[0])
    known_reasons = {normalise_heading(h): why for h, why in saved.not_imported.items()}
    for index, heading in enumerate(headings):
        text = " ".join(str(heading if heading is not None else "").split())
        if index in used or not text:
            continue
        if normalise_heading(text) in known_reasons:
            mapping.not_imported[text] = known_reasons[normalise_heading(text)]
        else:
            mapping.ignored.append(text)
    return mapping, problems
