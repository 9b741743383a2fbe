"""URLs an anonymous visitor may open.

Reviewed: add a name here only for a page that must work without login (and say why); every
other URL must send anonymous visitors to a login. Used by
``tests/test_sicherheit.py::test_jede_url_verlangt_anmeldung_ausser_public_urls`` (anonymous
walk of every URL) and by ``tests/test_rechte_matrix.py`` (a matrix row may allow anonymous
visitors only for a URL listed here).
"""

PUBLIC_URLS = {
    "healthz",  # load balancers and monitoring, shows only "ok"
    "anmelden",  # the login form
    "admin:login",  # the admin's login form (same accounts, same lockout)
    # Calendar subscriptions: calendar apps cannot log in, a secret token in the URL stands
    # for the user (gremien/views/zugriff.py); unknown tokens give 404.
    "gremien:kalender_meine",
    "gremien:kalender_gremium",
    # A Träger answers a Prüfrunde without an account: the signed link (angebote/pruefrunde/
    # token.py) stands for one request and reaches only its records; a bad one gives 404.
    "angebote:pruefrunde_antwort",
    "angebote:pruefrunde_bestaetigen",
    "angebote:pruefrunde_korrigieren",
}
