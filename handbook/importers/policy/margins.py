"""Text outside a Word policy's body: headers, footers, footnotes, endnotes and comments.

None of it belongs in the body as written, and none of it may be dropped, so each
paragraph becomes a labelled line for the editor's Unsorted list.
"""

from __future__ import annotations

from docx.oxml import parse_xml

from handbook.importers.word import W, element_text

_KINDS = {
    "/header": "Header",
    "/footer": "Footer",
    "/footnotes": "Footnote",
    "/endnotes": "Endnote",
    "/comments": "Comment",
}


def _element(part):
    for attribute in ("element", "_element"):
        element = getattr(part, attribute, None)
        if element is not None:
            return element
    return parse_xml(part.blob)


def outside_parts(document):
    """(label, root element) for each header, footer, note and comments part, once each."""
    seen = set()
    for rel in document.part.rels.values():
        if rel.is_external:
            continue
        kind = next((k for suffix, k in _KINDS.items() if rel.reltype.endswith(suffix)), None)
        if kind and rel.target_part.partname not in seen:
            seen.add(rel.target_part.partname)
            yield kind, _element(rel.target_part)


def _fold(text: str) -> str:
    return " ".join(text.split())


def outside_lines(document) -> list[str]:
    """Labelled, de-duplicated lines: "Footer: Review due September 2026"."""
    lines: list[str] = []
    for kind, root in outside_parts(document):
        if kind in ("Footnote", "Endnote", "Comment"):
            tag = {"Footnote": "footnote", "Endnote": "endnote", "Comment": "comment"}[kind]
            for note in root.iter(W + tag):
                text = _fold(" ".join(element_text(p) for p in note.iter(W + "p")))
                if not text:
                    continue  # Word's separator notes are empty
                author = note.get(W + "author")
                label = f"Comment by {author}" if kind == "Comment" and author else kind
                lines.append(f"{label}: {text}")
        else:
            for p in root.iter(W + "p"):
                text = _fold(element_text(p))
                if text:
                    lines.append(f"{kind}: {text}")
    return list(dict.fromkeys(lines))


def source_texts(document) -> list[str]:
    """Every non-blank paragraph of the whole file, whitespace folded: what must survive."""
    roots = [document.element.body] + [root for _, root in outside_parts(document)]
    texts = []
    for root in roots:
        for p in root.iter(W + "p"):
            text = _fold(element_text(p))
            if text:
                texts.append(text)
    return texts
