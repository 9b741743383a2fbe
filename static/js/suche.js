/* The search page (templates/angebote/suche.html): a phone's filter panel, the sort select,
 * and one short spoken line after each search.
 *
 * Everything here enhances a page that works without it (a plain GET form, <details> open):
 *  - On a narrow screen (below 50rem, as in static/css/app.css) the filters and the facets,
 *    <details data-klappe>, start closed behind their summary, "Filter (N aktiv)"; N follows
 *    every change. "Filter anwenden" there closes the panel and takes the focus to the count.
 *    On a wide screen they are always open (their summary is hidden).
 *  - The sort select (in the results, form="suchformular") applies at once.
 *  - After htmx swapped the results, the live region #treffer-meldung says the count
 *    ("24 Angebote gefunden", from the count heading's data-meldung): the results area
 *    itself is not a live region, a screen reader would read all of it.
 */
(function () {
  "use strict";

  const SCHMAL = window.matchMedia("(max-width: 50rem)");
  const KEINE_FILTER = new Set(["q", "sortierung", "seite", "csrfmiddlewaretoken"]);

  let nachAnwenden = false; // the phone's "Filter anwenden" was pressed: focus to the count
  let sortiert = false; // the sort select started the request

  function formular() {
    return document.getElementById("suchformular");
  }

  // Close the panels on a phone (unless they hold an error message), open them on a wide screen.
  function klappenAnpassen(wurzel) {
    for (const klappe of wurzel.querySelectorAll("details[data-klappe]")) {
      if (!SCHMAL.matches) {
        klappe.open = true;
      } else if (!klappe.querySelector(".kern-error")) {
        klappe.open = false;
      }
    }
  }

  // The same count as the template filter aktive_filter (angebote/templatetags/suchseite.py).
  function aktiveFilter(panel) {
    let n = 0;
    for (const feld of panel.querySelectorAll("input[name], select[name]")) {
      if (feld.disabled || KEINE_FILTER.has(feld.name)) continue;
      if (feld.type === "checkbox" || feld.type === "radio") {
        if (feld.checked) n += 1;
      } else if (feld.tagName === "SELECT") {
        for (const option of feld.selectedOptions) if (option.value !== "") n += 1;
      } else if (feld.value.trim() !== "") {
        n += 1;
      }
    }
    return n;
  }

  function filterzahlZeigen() {
    const panel = document.getElementById("suche-filter");
    const zahl = panel && panel.querySelector("[data-filterzahl]");
    if (!zahl) return;
    const neu = zahl.textContent.replace(/\d+/, String(aktiveFilter(panel)));
    if (neu !== zahl.textContent) zahl.textContent = neu;
  }

  function melden() {
    const region = document.getElementById("treffer-meldung");
    const kopf = document.getElementById("treffer-zahl");
    if (!region || !kopf) return;
    let text = kopf.dataset.meldung || kopf.textContent.trim();
    if (sortiert) {
      const auswahl = document.getElementById("id_sortierung_anzeige");
      const label = document.querySelector('label[for="id_sortierung_anzeige"]');
      if (auswahl && label && auswahl.selectedOptions.length) {
        text += ", " + label.textContent.trim() + " " + auswahl.selectedOptions[0].textContent.trim();
      }
    }
    // Emptied first, so that the same count after another search is read out again.
    region.textContent = "";
    window.setTimeout(function () {
      region.textContent = text;
    }, 100);
  }

  document.addEventListener("DOMContentLoaded", function () {
    const form = formular();
    if (!form) return;
    klappenAnpassen(document);
    filterzahlZeigen();
    SCHMAL.addEventListener("change", function () {
      klappenAnpassen(document);
    });

    form.addEventListener("change", filterzahlZeigen);
    form.addEventListener("input", filterzahlZeigen);

    form.addEventListener("submit", function (event) {
      const knopf = event.submitter;
      if (SCHMAL.matches && knopf && knopf.hasAttribute("data-filter-anwenden")) {
        nachAnwenden = true;
        const panel = document.getElementById("suche-filter");
        if (panel) panel.open = false;
      }
    });

    // The sort select lives in the swapped results; the event reaches the document.
    document.addEventListener("change", function (event) {
      if (event.target.id !== "id_sortierung_anzeige") return;
      sortiert = true;
      if (typeof form.requestSubmit === "function") form.requestSubmit();
      else form.submit();
    });

    document.body.addEventListener("htmx:afterSwap", function (event) {
      if (!event.detail.target || event.detail.target.id !== "ergebnisse") return;
      klappenAnpassen(event.detail.target);
      melden();
      sortiert = false;
      if (nachAnwenden) {
        nachAnwenden = false;
        const kopf = document.getElementById("treffer-zahl");
        if (kopf) kopf.focus();
      }
    });
    // Back and forward: htmx puts back the page as it was, panels open or closed.
    document.body.addEventListener("htmx:historyRestore", function () {
      klappenAnpassen(document);
      filterzahlZeigen();
    });
    // A failed request: no count to say, and the next one starts afresh.
    document.body.addEventListener("htmx:responseError", function () {
      sortiert = false;
      nachAnwenden = false;
    });
  });
})();
