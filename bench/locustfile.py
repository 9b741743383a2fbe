"""A Fachkraft's day at city scale, for ``make loadtest`` (see bench/loadtest.py).

Each simulated user logs in once, as people do (a session lasts the working day), then
searches with varied words and filters, opens offers from the results, looks at the map data
and area pages and reads minutes (the Gremien list, a Gremium, one of its released minutes;
bench/gremien.py makes them), thinking 5–15 s between two steps. ``BENCH_DENKZEIT``
("min-max" in seconds, "0" for none) changes the think time: bench/loadtest.py sets "0" for
its saturation run.
"""

import json
import os
import random
import re

from locust import HttpUser, between, constant, events, task

BENUTZER = os.environ.get("BENCH_BENUTZER", "bench-fachkraft")
DENKZEIT = os.environ.get("BENCH_DENKZEIT", "5-15")
PASSWORT = os.environ.get("BENCH_PASSWORT", "bench-passwort-lasttest")
WOERTER = [
    "hausaufgaben",
    "Hausaufgabenhilfe",
    "familie",
    "Elterncafé",
    "maedchen",
    "Mädchentreff",
    "beratung",
    "deutschkurs",
    "jugendtreff",
    "krabbelgruppe",
    "fussball",
    "theater",
    "zirkus",
    "ferien",
    "schwimmen",
    "Erziehungsberatung",
    "hausaufgabenhife",
    "bewerbung",
    "musik",
    "kinder",
    "Lesepaten",
    "streetwork",
    "babymassage",
    "schach",
    "kochen",
    "computer",
    "Trennung",
    "schulden",
    "väter",
    "alleinerziehend",
]
FILTER = [
    {"kategorie": "bildung"},
    {"kategorie": "jugendarbeit"},
    {"zielgruppe": "eltern"},
    {"zielgruppe": "kinder"},
    {"alter": "9"},
    {"alter": "15"},
    {"kostenfrei": "on"},
    {"wochentag": "2"},
    {"tageszeit": "nachmittags"},
    {"sprache": "ar"},
    {"sprache": "tr"},
    {"barrierefrei": "on"},
    {"ohne_anmeldung": "on"},
]
GEBIETE = [f"G{r:02d}" for r in range(1, 9)]
ANGEBOT = re.compile(r'href="/angebote/(\d+)/"')
GREMIUM = re.compile(r'href="/gremien/(\d+)/"')
# On a Gremium page: a past meeting whose minutes are released.
PROTOKOLL = re.compile(r'href="/gremien/sitzung/(\d+)/">[^<]*</a> · Protokoll freigegeben')


# Every request's name and time, written at the end to BENCH_ZEITEN (JSON) if set:
# bench/loadtest.py computes the percentiles without the logins from them.
ZEITEN: list[tuple[str, float]] = []


@events.request.add_listener
def _gemessen(name, response_time, **kwargs):
    ZEITEN.append((name, response_time))


@events.quitting.add_listener
def _schreiben(environment, **kwargs):
    if ziel := os.environ.get("BENCH_ZEITEN"):
        with open(ziel, "w") as datei:
            json.dump(ZEITEN, datei)


def denkzeit(angabe: str):
    """Locust's wait time for "min-max" seconds, or none for "0"."""
    if angabe.strip() in ("", "0"):
        return constant(0)
    kurz, _, lang = angabe.partition("-")
    return between(float(kurz), float(lang or kurz))


class Fachkraft(HttpUser):
    wait_time = denkzeit(DENKZEIT)

    def on_start(self):
        self.angebote = []
        self.anmelden()

    def anmelden(self):
        self.client.get("/anmelden/", name="/anmelden/ (Formular)")
        token = self.client.cookies.get("csrftoken", "")
        with self.client.post(
            "/anmelden/",
            {"username": BENUTZER, "password": PASSWORT, "csrfmiddlewaretoken": token},
            headers={"Referer": f"{self.host}/anmelden/"},
            name="/anmelden/ (POST)",
            catch_response=True,
        ) as antwort:
            if antwort.status_code != 200 or "/anmelden/" in antwort.url:
                antwort.failure("Anmeldung fehlgeschlagen")

    def _suchen(self, params, name):
        with self.client.get("/", params=params, name=name, catch_response=True) as antwort:
            if antwort.status_code != 200:
                antwort.failure(f"HTTP {antwort.status_code}")
                return
            gefunden = ANGEBOT.findall(antwort.text)
            if gefunden:
                self.angebote = (gefunden[:5] + self.angebote)[:30]

    @task(6)
    def suche_text(self):
        params = {"q": random.choice(WOERTER)}
        for f in random.sample(FILTER, random.choice((0, 0, 1, 2))):
            params.update(f)
        self._suchen(params, "/?q=… (Text, 0–2 Filter)")

    @task(2)
    def suche_filter(self):
        params = {"gebiet": f"r-{random.choice(GEBIETE)}"}
        for f in random.sample(FILTER, 2):
            params.update(f)
        self._suchen(params, "/?gebiet=… (nur Filter)")

    @task(1)
    def seite_zwei(self):
        self._suchen({"q": random.choice(WOERTER), "seite": "2"}, "/?q=…&seite=2")

    @task(4)
    def angebot(self):
        if self.angebote:
            self.client.get(f"/angebote/{random.choice(self.angebote)}/", name="/angebote/[id]/")

    @task(2)
    def karte(self):
        self.client.get(
            "/angebote/karte.json",
            params={"q": random.choice(WOERTER)},
            name="/angebote/karte.json",
        )

    @task(1)
    def gebiet(self):
        sr = f"{random.choice(GEBIETE)}{random.randint(1, 15):02d}"
        self.client.get(f"/gebiete/sozialraum/{sr}/", name="/gebiete/sozialraum/[key]/")

    @task(2)
    def protokoll_lesen(self):
        """The Gremien list, one Gremium from it, one of its released minutes."""
        with self.client.get("/gremien/", name="/gremien/", catch_response=True) as antwort:
            gremien = GREMIUM.findall(antwort.text)
            if antwort.status_code == 200 and not gremien:
                antwort.failure("keine Gremien sichtbar (bench/gremien.py anlegen)")
        if not gremien:
            return
        with self.client.get(
            f"/gremien/{random.choice(gremien)}/", name="/gremien/[id]/", catch_response=True
        ) as antwort:
            sitzungen = PROTOKOLL.findall(antwort.text)
        if sitzungen:
            self.client.get(
                f"/gremien/sitzung/{random.choice(sitzungen)}/",
                name="/gremien/sitzung/[id]/ (Protokoll)",
            )
