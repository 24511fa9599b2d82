"""Demo branding: the Riverside Learning Trust's logo (drawn here) and header colour."""

from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images import get_image_model

from people.models import Trust, TrustBranding

LOGO_TITLE = "Riverside Learning Trust logo"
ACCENT = "#1d4f91"  # 8.6:1 with white


def _logo_png():
    """A round badge with three wavy lines: a river, in white on the trust's blue."""
    size = 192
    img = PillowImage.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    draw.ellipse((4, 4, size - 4, size - 4), fill="#ffffff")
    draw.ellipse((16, 16, size - 16, size - 16), fill=ACCENT)
    for row, y in enumerate((70, 100, 130)):
        points = [(x, y + (12 if (x // 24 + row) % 2 else -12)) for x in range(36, 160, 12)]
        draw.line(points, fill="#ffffff", width=10, joint="curve")
    out = BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def load_branding(stdout):
    trust = Trust.objects.get(name="Riverside Learning Trust")
    Image = get_image_model()
    logo = Image.objects.filter(title=LOGO_TITLE).first()
    if logo is None:
        logo = Image(title=LOGO_TITLE)
        logo.file = ImageFile(BytesIO(_logo_png()), name="riverside-logo.png")
        logo.save()
    branding, created = TrustBranding.objects.get_or_create(
        trust=trust, defaults={"logo": logo, "accent_colour": ACCENT}
    )
    stdout.write(f"branding: {'created' if created else 'kept'} for {trust}")
