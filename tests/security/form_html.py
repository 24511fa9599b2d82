"""The data a browser would post back from the first form on an HTML page, unchanged."""

from html.parser import HTMLParser


class _FormReader(HTMLParser):
    def __init__(self):
        super().__init__()
        self.data, self._select, self._textarea, self._done = {}, None, None, False
        self._in_form = False

    def _add(self, name, value):
        self.data.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if self._done:
            return
        if tag == "form" and a.get("method", "").lower() == "post":
            self._in_form = True
        if not self._in_form or "name" not in a and tag not in ("option",):
            return
        if tag == "input":
            kind = a.get("type", "text")
            if kind in ("submit", "button", "file", "image", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            self._add(a["name"], a.get("value") or ("on" if kind == "checkbox" else ""))
        elif tag == "select":
            self._select = a["name"]
            self.data.setdefault(self._select, [])
        elif tag == "option" and self._select and "selected" in a:
            self._add(self._select, a.get("value", ""))
        elif tag == "textarea":
            self._textarea = a["name"]
            self._add(self._textarea, "")

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None
        elif tag == "form" and self._in_form:
            self._in_form, self._done = False, True

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea][-1] += data


def form_data(html):
    reader = _FormReader()
    reader.feed(html)
    return {k: v if len(v) != 1 else v[0] for k, v in reader.data.items()}
