/*
 * Before the login ends, and after (sozialraum/zugang/sitzung.py, docs/betrieb.md "Sessions").
 *
 * 1. A warning two minutes before the end: a non-modal alertdialog (#sitzung, from the
 *    <template> rendered by {% sitzungsende %}, its German texts in data attributes). Focus moves to
 *    its button, so that a keyboard or screen-reader user hears it and can extend with
 *    Enter or Space; if she is typing at that moment, the move waits for a pause in typing
 *    (at most 20 s), so no keystroke ends up on the button. Escape or "Verstanden" closes
 *    it; the focus goes back where it was. Before the warning appears, and at the end, the
 *    server is asked for the real time left (GET, not counted as activity): another tab may
 *    have extended, and any click or htmx request extends too.
 * 2. Held input back into the form (#sitzung-eingaben): fields are filled by name, in the
 *    form that posts to the address the input was sent to. Nothing is submitted.
 */
(function () {
  "use strict";

  const TIPPPAUSE = 1500;
  const HOECHSTENS_WARTEN = 20000;
  const ABFRAGE_WAEHREND_WARNUNG = 30000;
  const NICHT_EINSETZEN = new Set(["file", "password", "submit", "button", "reset", "image"]);

  // --- 2. held input ------------------------------------------------------------------

  function formularFinden(ziel, namen) {
    const formulare = Array.from(document.forms).filter(
      (f) => f.method === "post" && !f.closest("#sitzung"),
    );
    const treffer = (f) => namen.filter((name) => f.elements.namedItem(name)).length;
    const zumZiel = formulare.filter((f) => new URL(f.action, location.href).pathname === ziel);
    let bestes = null;
    for (const f of zumZiel.length ? zumZiel : formulare) {
      if (treffer(f) > 0 && (!bestes || treffer(f) > treffer(bestes))) bestes = f;
    }
    return bestes;
  }

  function einsetzen(formular, werte) {
    const gesetzt = new Set();
    const jeName = new Map();
    for (const el of formular.elements) {
      if (!el.name || el.disabled || NICHT_EINSETZEN.has(el.type)) continue;
      if (el.name === "csrfmiddlewaretoken") continue;
      if (!jeName.has(el.name)) jeName.set(el.name, []);
      jeName.get(el.name).push(el);
    }
    for (const [name, elemente] of jeName) {
      const gesendet = werte.has(name);
      const liste = werte.get(name) || [];
      let naechster = 0;
      for (const el of elemente) {
        if (el.type === "checkbox" || el.type === "radio") {
          // An unticked box is not sent at all: absent means unticked.
          el.checked = liste.includes(el.value);
        } else if (el.type === "select-multiple") {
          for (const option of el.options) option.selected = liste.includes(option.value);
        } else if (!gesendet || naechster >= liste.length) {
          continue;
        } else if (el.tagName === "SELECT") {
          const wert = liste[naechster++];
          if (!Array.from(el.options).some((o) => o.value === wert)) continue;
          el.value = wert;
        } else {
          el.value = liste[naechster++];
        }
        if (gesendet) gesetzt.add(name);
        el.dispatchEvent(new Event("input", { bubbles: true }));
        el.dispatchEvent(new Event("change", { bubbles: true }));
      }
    }
    return gesetzt;
  }

  function wiederherstellen() {
    const hinweis = document.getElementById("sitzung-eingaben");
    const daten = document.getElementById("sitzung-eingaben-daten");
    if (!hinweis || !daten) return;
    const werte = new Map();
    for (const [name, wert] of JSON.parse(daten.textContent)) {
      if (!werte.has(name)) werte.set(name, []);
      werte.get(name).push(wert);
    }
    const formular = formularFinden(hinweis.dataset.ziel, Array.from(werte.keys()));
    let ergebnis = "keine";
    if (formular) {
      const gesetzt = einsetzen(formular, werte);
      const offen = Array.from(werte.keys()).filter(
        (name) => !gesetzt.has(name) && werte.get(name).some((w) => w.trim()),
      );
      ergebnis = offen.length ? "teilweise" : "alle";
      // The list below keeps only what did not fit into the form.
      for (const el of hinweis.querySelectorAll("dt[data-name], dd[data-name]")) {
        if (!offen.includes(el.dataset.name)) el.remove();
      }
    }
    for (const text of hinweis.querySelectorAll("[data-ergebnis]")) {
      text.hidden = text.dataset.ergebnis !== ergebnis;
    }
    const liste = hinweis.querySelector("details");
    if (ergebnis === "alle") liste.remove();
    else liste.open = true;
  }

  // --- 1. the warning -----------------------------------------------------------------

  function warnen() {
    // The dialog lives in a <template> and enters the page only while it is shown: hidden,
    // it would still be found by its label ("Ihre Sitzung endet bald").
    const vorlage = document.getElementById("sitzung-vorlage");
    if (!vorlage) return;
    const daten = vorlage.dataset;
    const box = vorlage.content.firstElementChild.cloneNode(true);
    const vorwarnung = Number(daten.vorwarnung) * 1000;
    const formular = box.querySelector("form");
    const verlaengern = box.querySelector("[data-knopf=verlaengern]");
    const schliessen = box.querySelector("[data-knopf=schliessen]");
    const titel = box.querySelector("#sitzung-titel");
    const text = box.querySelector("#sitzung-text");
    const uhr = box.querySelector("[data-uhr]");
    const fehler = box.querySelector("[data-fehler]");
    const ansage = document.getElementById("sitzung-ansage");
    const kanal = "BroadcastChannel" in window ? new BroadcastChannel("sozialraum-sitzung") : null;

    let ende = Date.now() + Number(daten.rest) * 1000;
    let zustand = null; // null (hidden), "leerlauf", "absolut" or "abgelaufen"
    let geschlossen = null; // the state she closed; it does not come back by itself
    let zuvor = null; // the element that had the focus before the warning took it
    let letzteTaste = 0;
    let planung = null;
    let takt = null;
    let sendet = false;

    function uhrzeit() {
      return new Date(ende).toLocaleTimeString(document.documentElement.lang || "de", {
        hour: "2-digit",
        minute: "2-digit",
      });
    }

    function fuellen(vorlage, zeit) {
      return vorlage.replace("{uhrzeit}", uhrzeit()).replace("{zeit}", zeit || "");
    }

    function uhrStellen() {
      const rest = Math.max(0, Math.ceil((ende - Date.now()) / 1000));
      uhr.textContent = fuellen(
        daten.countdown,
        Math.floor(rest / 60) + ":" + String(rest % 60).padStart(2, "0"),
      );
    }

    function planen(ms) {
      clearTimeout(planung);
      planung = setTimeout(pruefen, Math.min(Math.max(ms, 0), 2147483647));
    }

    function lesen(antwort) {
      // Logged out, LoginRequiredMiddleware redirects; "manual" keeps fetch from following.
      if (antwort.type === "opaqueredirect") return { angemeldet: false };
      if (!antwort.ok) throw new Error(String(antwort.status));
      return antwort.json();
    }

    function pruefen() {
      clearTimeout(planung);
      return fetch(daten.statusUrl, {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
        redirect: "manual",
        cache: "no-store",
      })
        .then(lesen)
        .then(anwenden)
        .catch(() => planen(ABFRAGE_WAEHREND_WARNUNG)); // offline or a server error: later
    }

    function anwenden(stand) {
      if (!stand.angemeldet) {
        clearTimeout(planung);
        zeigen("abgelaufen");
        return;
      }
      ende = Date.now() + stand.rest * 1000;
      const rest = ende - Date.now();
      if (rest > vorwarnung) {
        if (zustand) verbergen();
        geschlossen = null;
        planen(rest - vorwarnung);
        return;
      }
      zeigen(stand.grenze);
      planen(Math.min(rest + 1000, ABFRAGE_WAEHREND_WARNUNG));
    }

    function zeigen(neu) {
      if (geschlossen === neu) return;
      const gross = neu.charAt(0).toUpperCase() + neu.slice(1);
      titel.textContent = fuellen(daten["titel" + gross]);
      text.textContent = fuellen(daten["text" + gross]);
      if (zustand === neu) return;
      zustand = neu;
      fehler.textContent = "";
      verlaengern.hidden = neu !== "leerlauf";
      schliessen.hidden = neu === "leerlauf";
      uhr.hidden = neu === "abgelaufen";
      clearInterval(takt);
      if (neu !== "abgelaufen") {
        uhrStellen();
        takt = setInterval(uhrStellen, 1000);
      }
      if (!box.isConnected) vorlage.after(box);
      fokussieren(neu === "leerlauf" ? verlaengern : schliessen);
    }

    function tipptGerade() {
      const el = document.activeElement;
      const eingabe =
        el && (el.tagName === "TEXTAREA" || el.isContentEditable || el.tagName === "INPUT");
      return eingabe && Date.now() - letzteTaste < TIPPPAUSE;
    }

    function fokussieren(knopf) {
      if (box.contains(document.activeElement)) {
        knopf.focus();
        return;
      }
      const seit = Date.now();
      const versuchen = () => {
        if (!box.isConnected || knopf.hidden || box.contains(document.activeElement)) return;
        if (tipptGerade() && Date.now() - seit < HOECHSTENS_WARTEN) {
          setTimeout(versuchen, 300);
          return;
        }
        zuvor = document.activeElement;
        knopf.focus();
      };
      versuchen();
    }

    function verbergen() {
      const hatteFokus = box.contains(document.activeElement);
      box.remove();
      zustand = null;
      clearInterval(takt);
      if (hatteFokus) {
        const ziel =
          zuvor && zuvor.isConnected && zuvor !== document.body
            ? zuvor
            : document.getElementById("inhalt");
        if (ziel) ziel.focus({ preventScroll: true });
      }
      zuvor = null;
    }

    function ansagen(meldung) {
      ansage.textContent = "";
      setTimeout(() => {
        ansage.textContent = meldung;
      }, 100);
    }

    formular.addEventListener("submit", (ereignis) => {
      ereignis.preventDefault();
      if (sendet) return;
      sendet = true;
      fetch(formular.action, {
        method: "POST",
        body: new FormData(formular),
        headers: { Accept: "application/json" },
        credentials: "same-origin",
        redirect: "manual",
      })
        .then(lesen)
        .then((stand) => {
          anwenden(stand);
          if (stand.angemeldet && kanal) kanal.postMessage("verlaengert");
          if (stand.angemeldet && !zustand) ansagen(daten.verlaengert);
        })
        .catch(() => {
          fehler.textContent = daten.fehler;
        })
        .finally(() => {
          sendet = false;
        });
    });

    function schliessenDurchNutzerin() {
      geschlossen = zustand;
      verbergen();
    }

    schliessen.addEventListener("click", schliessenDurchNutzerin);
    box.addEventListener("keydown", (ereignis) => {
      if (ereignis.key === "Escape") schliessenDurchNutzerin();
    });
    // Typing: keys, and input without keys (dictation, on-screen keyboards, IMEs).
    for (const art of ["keydown", "input"]) {
      document.addEventListener(
        art,
        () => {
          letzteTaste = Date.now();
        },
        true,
      );
    }
    // An htmx request counts as activity on the server: the warning may be obsolete.
    document.addEventListener("htmx:afterRequest", () => {
      if (zustand === "leerlauf") pruefen();
    });
    // Timers sleep in background tabs and in the back/forward cache; ask again on return.
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "visible" && Date.now() >= ende - vorwarnung) pruefen();
    });
    window.addEventListener("pageshow", (ereignis) => {
      if (ereignis.persisted) pruefen();
    });
    if (kanal) kanal.addEventListener("message", pruefen);

    planen(ende - Date.now() - vorwarnung);
  }

  try {
    wiederherstellen();
  } finally {
    warnen(); // the warning must work even if restoring failed
  }
})();
