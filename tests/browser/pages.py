"""Every staff-facing page, per persona: the browser tests and `make screenshots` use it."""

ANONYMOUS = ["/accounts/login/", "/accounts/password_reset/", "/no-such-page/"]

PERSONA_PAGES = {
    "newstarter": [
        "/",
        "/my/induction/",
        "/my/training/",
        "/my/policies/",
        "/handbook/",
        "/search/?q=safeguarding",
        "/sessions/",
    ],
    "mentor": ["/", "/mentees/"],
    "hlta": ["/", "/sessions/", "/handbook/guidance/"],
    "hr": ["/", "/accounts/two-factor/"],
}

WIDTHS = (375, 1280)
