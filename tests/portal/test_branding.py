"""Issue #8: a trust's logo and header colour, kept by Trust HR, checked for contrast."""

import re
from io import BytesIO

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PillowImage

from people.branding import contrast_ratio
from tests.factories import SchoolFactory, StaffMemberFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def home(db):
    from devdata.demo.people import load_home_page

    load_home_page(stdout=_Null())


@pytest.fixture
def logo(db):
    from wagtail.images import get_image_model

    out = BytesIO()
    PillowImage.new("RGB", (300, 100), "#1d4f91").save(out, format="PNG")
    image = get_image_model()(title="Trust logo")
    image.file = ImageFile(BytesIO(out.getvalue()), name="logo.png")
    image.save()
    return image


def brand(trust, **fields):
    from people.models import TrustBranding

    return TrustBranding.objects.update_or_create(trust=trust, defaults=fields)[0]


def test_contrast_ratio_follows_wcag():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    # The lightest grey that passes AA on white is #767676 (4.54:1); #777777 fails.
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#777777", "#ffffff") < 4.5


def test_a_colour_white_text_cannot_be_read_on_is_refused(school_a):
    from django.core.exceptions import ValidationError

    from people.models import TrustBranding

    branding = TrustBranding(trust=school_a.trust, accent_colour="#FFDD00")
    with pytest.raises(ValidationError) as refused:
        branding.full_clean()
    assert "contrast of only 1.3:1" in str(refused.value)
    branding.accent_colour = "#1D4F91"
    branding.full_clean()
    assert branding.accent_colour == "#1d4f91"


def test_staff_pages_show_their_trusts_name_logo_and_colour(client, staff_user, home, logo):
    trust = staff_user.staff_member.school.trust
    brand(trust, accent_colour="#1d4f91", logo=logo)
    client.force_login(staff_user)
    response = client.get("/")
    page = response.content.decode()
    assert trust.name in page
    assert re.search(r'<img class="app-header__logo" src="[^"]+" width="144" height="48"', page)
    # The colour comes in a stylesheet (the CSP allows no inline CSS); no inline styles.
    css_url = re.search(
        r'<link rel="stylesheet" href="(/branding/\d+/accent.css\?v=1d4f91)">', page
    )
    assert css_url, page
    assert " style=" not in page
    css = client.get(css_url.group(1))
    assert css.content.decode().strip() == ":root { --app-accent: #1d4f91; }"
    assert css["Content-Type"] == "text/css"


def test_a_new_colour_shows_at_once(client, staff_user, home):
    trust = staff_user.staff_member.school.trust
    brand(trust, accent_colour="#1d4f91")
    client.force_login(staff_user)
    assert "accent.css?v=1d4f91" in client.get("/").content.decode()
    brand(trust, accent_colour="#00703c")
    assert "accent.css?v=00703c" in client.get("/").content.decode()


def test_each_trusts_staff_see_their_own_trust(client, staff_user, home):
    other = SchoolFactory(name="Far School").trust
    brand(other, accent_colour="#00703c")
    brand(staff_user.staff_member.school.trust, accent_colour="#1d4f91")
    user = UserFactory(username="faraway")
    StaffMemberFactory(school=SchoolFactory(trust=other), user=user)
    client.force_login(user)
    page = client.get("/").content.decode()
    assert other.name in page and "accent.css?v=00703c" in page
    assert staff_user.staff_member.school.trust.name not in page


def test_the_log_in_page_of_a_one_trust_install_shows_the_trust(client, school_a):
    brand(school_a.trust, accent_colour="#1d4f91")
    page = client.get("/accounts/login/").content.decode()
    assert school_a.trust.name in page and "accent.css?v=1d4f91" in page
    SchoolFactory(name="Another trust's school")  # now two trusts: no one to guess
    page = client.get("/accounts/login/").content.decode()
    assert school_a.trust.name not in page


def test_trust_hr_sets_the_branding_in_the_admin(client, trust_hr_user, school_a, logo):
    client.force_login(trust_hr_user)
    response = client.post(
        "/admin/trust_branding/new/",
        {"trust": school_a.trust.pk, "logo": logo.pk, "accent_colour": "#ffdd00"},
    )
    assert response.status_code == 200
    assert "contrast of only 1.3:1" in response.content.decode()
    assert not school_a.trust.__class__.objects.filter(branding__isnull=False).exists()

    response = client.post(
        "/admin/trust_branding/new/",
        {"trust": school_a.trust.pk, "logo": logo.pk, "accent_colour": "#1d4f91"},
    )
    assert response.status_code == 302
    school_a.trust.refresh_from_db()
    assert school_a.trust.branding.accent_colour == "#1d4f91"


def test_school_hr_cannot_brand_or_rename_the_trust(client, hr_user_a, school_a):
    brand(school_a.trust, accent_colour="#1d4f91")
    client.force_login(hr_user_a)
    edit = f"/admin/trust_branding/edit/{school_a.trust.pk}/"
    for url in ("/admin/trust_branding/", edit):
        response = client.get(url)
        assert response.status_code in (302, 403), url
    client.post(edit, {"accent_colour": "#0b0c0c"})
    client.post(f"/admin/trusts/edit/{school_a.trust.pk}/", {"name": "Renamed"})
    school_a.trust.refresh_from_db()
    assert school_a.trust.name != "Renamed"
    assert school_a.trust.branding.accent_colour == "#1d4f91"


def test_trust_hr_cannot_see_another_trusts_branding(client, trust_hr_user, school_a):
    other = SchoolFactory(name="Far School").trust
    brand(other, accent_colour="#00703c")
    client.force_login(trust_hr_user)
    assert client.get(f"/admin/trust_branding/edit/{other.pk}/").status_code == 404
    assert client.get(f"/admin/trusts/edit/{other.pk}/").status_code == 404
    assert other.name not in client.get("/admin/trust_branding/").content.decode()
    response = client.get("/admin/trust_branding/new/").content.decode()
    assert other.name not in response


class _Null:
    def write(self, *args):
        pass
