"""Word list numbering: which lists are bulleted, and the numbers Word draws before headings."""

from __future__ import annotations

import re

from handbook.importers.word import W


class Numbering:
    """Reads numbering.xml once; counts numbered headings as Word would ("1.", "3.1")."""

    def __init__(self, document):
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {}
        for node in root.findall(W + "abstractNum"):
            levels = {}
            for lvl in node.findall(W + "lvl"):
                fmt, text, start = (
                    lvl.find(W + "numFmt"),
                    lvl.find(W + "lvlText"),
                    lvl.find(W + "start"),
                )
                levels[int(lvl.get(W + "ilvl", "0"))] = (
                    fmt.get(W + "val") if fmt is not None else "decimal",
                    text.get(W + "val") if text is not None else "",
                    int(start.get(W + "val")) if start is not None else 1,
                )
            abstract[node.get(W + "abstractNumId")] = levels
        for num in root.findall(W + "num"):
            ref = num.find(W + "abstractNumId")
            levels = abstract.get(ref.get(W + "val") if ref is not None else None, {})
            for ilvl, value in levels.items():
                self.levels[(num.get(W + "numId"), ilvl)] = value

    def is_bullet(self, num_id: str, ilvl: int) -> bool | None:
        level = self.levels.get((num_id, ilvl))
        return None if level is None else level[0] in ("bullet", "none")

    def label(self, num_id: str, ilvl: int) -> str:
        """The next number for this list level, as Word shows it ("3.1"), or "" for bullets."""
        level = self.levels.get((num_id, ilvl))
        if level is None or level[0] in ("bullet", "none"):
            return ""
        counts = self.counters.setdefault(num_id, {})
        counts[ilvl] = counts.get(ilvl, level[2] - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]

        def number(match):
            i = int(match[1]) - 1
            start = self.levels.get((num_id, i), ("", "", 1))[2]
            return str(counts.get(i, start))

        return re.sub(r"%(\d)", number, level[1]).strip()


def num_pr(paragraph, style) -> tuple[str | None, int | None]:
    """(numId, ilvl) from the paragraph, else from its style; (None, None) when not a list."""
    p_pr = paragraph._p.pPr
    own = p_pr.numPr if p_pr is not None else None
    style_pr = None
    while style is not None and style_pr is None:
        s_ppr = style.element.pPr
        style_pr = s_ppr.numPr if s_ppr is not None else None
        style = style.base_style
    num_id = ilvl = None
    for source in (style_pr, own):  # the paragraph's own setting wins
        if source is not None:
            if source.numId is not None:
                num_id = str(source.numId.val)
            if source.ilvl is not None:
                ilvl = source.ilvl.val
    if num_id == "0":  # numId 0 switches numbering off
        return None, None
    return num_id, ilvl
