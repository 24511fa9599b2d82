"""Guess a policy's category from its title, e.g. "Child Protection Policy" -> Safeguarding."""

from __future__ import annotations

import re

# Other words schools use in titles for the seeded categories (matched whole-word).
SYNONYMS = {
    "Safeguarding and child protection": ["safeguarding", "child protection"],
    "Positive handling and reasonable force": [
        "positive handling",
        "reasonable force",
        "physical intervention",
        "restraint",
    ],
    "Data protection": ["gdpr", "privacy", "data protection"],
    "Online safety": ["e-safety", "esafety", "acceptable use", "internet safety"],
    "SEND": ["send", "sen", "special educational needs"],
    "Behaviour": ["behaviour", "behavior", "anti-bullying"],
    "Code of conduct": ["code of conduct", "staff conduct"],
}


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[^\w-]+", " ", text.lower().replace("&", " and ")).split())


def guess_category(title: str, categories):
    """The category whose name (or a known synonym) appears in the title; the longest wins."""
    text = f" {_normal(title)} "
    best, best_len = None, 0
    for category in categories:
        phrases = [_normal(category.name), *SYNONYMS.get(category.name, [])]
        for phrase in phrases:
            if phrase and f" {phrase} " in text and len(phrase) > best_len:
                best, best_len = category, len(phrase)
    return best
