/*
 * The Merkliste in the browser (angebote/merkliste_views.py, templates/angebote/_merken.html).
 *
 * 1. After "Merken" a short polite live region says what happened ("Zur Merkliste „X“
 *    hinzugefügt."): the button swapped in by htmx carries the sentence in data-meldung. The
 *    region (#merkliste-meldung, aria-live without role="status": the page's own messages
 *    keep that role) is created once when the page loads, so that screen readers know it
 *    before it speaks; a page may bring its own. The focus stays on the pressed
 *    button: it keeps its id across the swap, and htmx focuses the element with that id.
 * 2. Buttons with data-drucken print the page (window.print); they are hidden until this
 *    script runs, since without it they would do nothing.
 *
 * Every Merken button brings this script along, also in content swapped in by htmx: it
 * starts once per page.
 */
(function () {
  "use strict";
  if (window.merklisteGestartet) return;
  window.merklisteGestartet = true;

  function region() {
    let meldung = document.getElementById("merkliste-meldung");
    if (!meldung) {
      meldung = document.createElement("div");
      meldung.id = "merkliste-meldung";
      meldung.className = "visually-hidden";
      meldung.setAttribute("aria-live", "polite");
      meldung.setAttribute("aria-atomic", "true");
      (document.getElementById("inhalt") || document.body).appendChild(meldung);
    }
    return meldung;
  }

  function sagen(text) {
    const meldung = region();
    // Emptied first: the same sentence twice in a row is announced twice.
    meldung.textContent = "";
    window.setTimeout(function () {
      meldung.textContent = text;
    }, 100);
  }

  function druckknoepfe(wurzel) {
    wurzel.querySelectorAll("[data-drucken]").forEach(function (knopf) {
      if (knopf.dataset.druckenBereit) return;
      knopf.dataset.druckenBereit = "1";
      knopf.hidden = false;
      knopf.addEventListener("click", function () {
        window.print();
      });
    });
  }

  function starten() {
    region();
    druckknoepfe(document);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", starten);
  } else {
    starten();
  }

  // htmx:load fires for every element htmx has just put into the page.
  document.addEventListener("htmx:load", function (ereignis) {
    const neu = ereignis.detail && ereignis.detail.elt;
    if (!neu || !neu.matches) return;
    if (neu.matches("form.merken[data-meldung]")) {
      sagen(neu.dataset.meldung);
      neu.removeAttribute("data-meldung");
      // htmx moves the focus to the new button already; this covers a browser that did
      // not focus the button on click (Safari) only if the focus was lost to the page.
      const knopf = neu.querySelector("button");
      if (knopf && (document.activeElement === document.body || !document.activeElement)) {
        knopf.focus();
      }
    }
    druckknoepfe(neu);
  });
})();
