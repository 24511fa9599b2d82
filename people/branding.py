"""A trust's look in the staff header: its name, logo and accent colour.

The accent is the header's background behind white text, so it must reach the
WCAG 2.2 AA contrast ratio for normal text (SC 1.4.3, 4.5:1). The header is on
every staff page, so what it needs is cached per trust under the content token, which
saving a trust or its branding changes.
The colour reaches the page as a tiny stylesheet (``accent_css``) rather than inline
CSS, so the strict CSP needs no nonce.
"""

from django.http import Http404, HttpResponse

from portal import content_version

WHITE = "#ffffff"
DEFAULT_ACCENT = "#0b0c0c"  # GOV.UK Frontend's header black
MIN_CONTRAST = 4.5  # WCAG 2.2 SC 1.4.3, normal-size text
LOGO_HEIGHT = 48  # CSS pixels; the rendition is twice that for high-density screens


def _channel(value):
    # WCAG 2.x relative luminance: sRGB channel linearised.
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(hex_colour):
    hex_colour = hex_colour.lstrip("#")
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(first, second):
    """WCAG contrast ratio of two ``#rrggbb`` colours, from 1 to 21."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)))[::-1]
    return (lighter + 0.05) / (darker + 0.05)


def forget(trust_id):
    """A trust or its branding changed: every trust's entry (and the only-trust answer)
    is out of reach from now on."""
    content_version.bump()


def branding_for_trust(trust_id):
    """``{"name", "accent", "logo"}`` for the header of a trust's staff, cached.

    ``logo`` is ``{"url", "width", "height"}`` or None. Nothing personal is in it,
    so one cached copy serves everyone in the trust.
    """
    if trust_id is None:
        return None
    # Cannot be stale: saving a trust or its branding changes the content token in the key;
    # nothing personal is kept, so everyone in the trust shares the entry.
    return content_version.remember(("branding", trust_id), lambda: _build(trust_id))


def _build(trust_id):
    from people.models import Trust, TrustBranding

    trust = Trust.objects.filter(pk=trust_id).first()
    if trust is None:
        return None
    branding = TrustBranding.objects.select_related("logo").filter(trust=trust).first()
    found = {"id": trust.pk, "name": trust.name, "accent": DEFAULT_ACCENT, "logo": None}
    if branding is None:
        return found
    found["accent"] = branding.accent_colour or DEFAULT_ACCENT
    if branding.logo_id:
        rendition = branding.logo.get_rendition(f"height-{LOGO_HEIGHT * 2}")
        found["logo"] = {
            "url": rendition.url,
            "width": round(rendition.width / 2),
            "height": round(rendition.height / 2),
        }
    return found


def only_trust_id():
    """The trust of a single-trust install, for pages seen before logging in."""
    from people.models import Trust

    def find():
        ids = list(Trust.objects.values_list("pk", flat=True)[:2])
        return ids[0] if len(ids) == 1 else None

    # Cannot be stale: adding or deleting a trust changes the content token in the key.
    return content_version.remember(("branding", "only-trust"), find)


def accent_css(request, trust_id):
    """``/branding/<trust>/accent.css``: the header colour. Not personal, so public and
    cached by browsers for a year: the link carries the colour, so a change is a new URL."""
    found = branding_for_trust(trust_id)
    if found is None:
        raise Http404
    response = HttpResponse(
        f":root {{ --app-accent: {found['accent']}; }}\n", content_type="text/css"
    )
    response["Cache-Control"] = "public, max-age=31536000, immutable"
    return response
