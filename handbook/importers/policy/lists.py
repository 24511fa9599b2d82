"""Nested list HTML from (level, ordered, html) items, as Draftail stores nested lists."""

from __future__ import annotations


def nested_list_html(items: list[tuple[int, bool, str]]) -> str:
    out: list[str] = []
    stack: list[str] = []  # open list tags, outermost first
    for level, ordered, html in items:
        tag = "ol" if ordered else "ul"
        level = min(level, len(stack))  # a list cannot start two levels deeper
        if level == len(stack):
            out.append(f"<{tag}><li>{html}")
            stack.append(tag)
            continue
        while len(stack) - 1 > level:
            out.append(f"</li></{stack.pop()}>")
        out.append("</li>")
        if stack[-1] != tag:  # bullets become numbers at the same level: a new list
            out.append(f"</{stack.pop()}><{tag}>")
            stack.append(tag)
        out.append(f"<li>{html}")
    while stack:
        out.append(f"</li></{stack.pop()}>")
    return "".join(out)
