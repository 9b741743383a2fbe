/* The map beside the search results (Leaflet 1.9 + Leaflet.markercluster 1.5).
 *
 * Reads everything from the attributes of #karte (no inline script, for the CSP):
 *   data-url          GeoJSON of the current results: {orte: FeatureCollection, grenzen: [Feature]}
 *   data-kacheln      tile URL template; empty: no background tiles
 *   data-attribution  the tile provider's attribution (plain text)
 * Built on page load and again after every htmx swap of #ergebnisse. The map is a
 * supplement to the list, which holds the same places: it takes no keyboard focus except
 * its zoom buttons, and its drawing is hidden from screen readers.
 */
(function () {
  "use strict";

  let karte = null; // the current L.Map
  let abbruch = null; // AbortController of the pending request

  function entfernen() {
    if (abbruch) abbruch.abort();
    abbruch = null;
    if (karte) karte.remove();
    karte = null;
  }

  function ausblenden(el) {
    (el.closest(".karte-rahmen") || el).hidden = true;
  }

  function alsText(text) {
    // Leaflet inserts attributions as HTML; ours is plain text.
    const span = document.createElement("span");
    span.textContent = text;
    return span.innerHTML;
  }

  function popupInhalt(p) {
    const div = document.createElement("div");
    const url = typeof p.url === "string" && /^\/(?!\/)/.test(p.url) ? p.url : "";
    const name = document.createElement(url ? "a" : "strong");
    if (url) name.href = url;
    name.textContent = p.name || "";
    div.append(name);
    if (p.adresse) {
      div.append(document.createElement("br"), p.adresse);
    }
    return div;
  }

  function zeichnen(el, daten) {
    const orte = ((daten && daten.orte && daten.orte.features) || []).filter(
      (f) => f && f.geometry && f.geometry.type === "Point"
    );
    if (!orte.length) {
      ausblenden(el);
      return;
    }
    el.replaceChildren(); // leftovers of a map in an htmx history snapshot
    karte = L.map(el, {
      keyboard: false, // no tab stop on the map itself
      scrollWheelZoom: false, // scrolling the page must not get stuck in the map
      dragging: !L.Browser.mobile,
      zoomControl: false,
      maxZoom: 18, // also without tiles: clustering needs it
    });
    L.control.zoom({ zoomInTitle: "Vergrößern", zoomOutTitle: "Verkleinern" }).addTo(karte);
    for (const pane of ["tilePane", "overlayPane", "shadowPane", "markerPane"]) {
      karte.getPane(pane).setAttribute("aria-hidden", "true");
    }
    if (el.dataset.kacheln) {
      L.tileLayer(el.dataset.kacheln, {
        maxZoom: 18,
        attribution: alsText(el.dataset.attribution || ""),
      }).addTo(karte);
    }
    L.geoJSON(daten.grenzen || [], {
      interactive: false,
      style: { color: "#0b3b60", weight: 2, dashArray: "6 4", fillOpacity: 0.04 },
    }).addTo(karte);

    L.MarkerCluster.mergeOptions({ keyboard: false }); // cluster icons: no tab stops either
    const gruppe = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 50 });
    for (const ort of orte) {
      const [lon, lat] = ort.geometry.coordinates;
      const p = ort.properties || {};
      gruppe.addLayer(
        L.marker([lat, lon], { keyboard: false, title: p.name || "", alt: "" }).bindPopup(() =>
          popupInhalt(p)
        )
      );
    }
    gruppe.addTo(karte);
    karte.fitBounds(gruppe.getBounds(), { padding: [24, 24], maxZoom: 16 });
  }

  function aufbauen() {
    entfernen();
    const el = document.getElementById("karte");
    if (!el || !el.dataset.url || typeof L === "undefined" || !L.markerClusterGroup) return;
    const eigene = new AbortController();
    abbruch = eigene;
    fetch(el.dataset.url, {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
      signal: eigene.signal,
    })
      .then((antwort) => {
        if (!antwort.ok) throw new Error("Karte: HTTP " + antwort.status);
        return antwort.json();
      })
      .then((daten) => {
        if (abbruch !== eigene || !el.isConnected) return; // a newer swap took over
        abbruch = null;
        zeichnen(el, daten);
      })
      .catch((fehler) => {
        if (fehler.name === "AbortError") return;
        if (abbruch === eigene) abbruch = null;
        ausblenden(el);
        console.error(fehler);
      });
  }

  document.addEventListener("DOMContentLoaded", aufbauen);
  // htmx: new results swapped into #ergebnisse, or a page restored from htmx's history.
  document.body.addEventListener("htmx:afterSettle", (e) => {
    const ziel = e.detail && e.detail.target;
    if (ziel && (ziel.id === "ergebnisse" || ziel.querySelector("#karte"))) aufbauen();
  });
  document.body.addEventListener("htmx:historyRestore", aufbauen);
  // htmx keeps a copy of the page for the back button. Leaflet styles the map through the
  // DOM, which the CSP allows; in that copy the styles become style attributes, which
  // style-src 'self' blocks on restore. So the drawn map leaves while htmx copies the page
  // and comes back right after (same task, nothing is painted in between); after a restore
  // the map is drawn anew (htmx:historyRestore above).
  document.body.addEventListener("htmx:beforeHistorySave", () => {
    const el = document.getElementById("karte");
    if (!el || !el.firstChild) return;
    const gezeichnet = document.createDocumentFragment();
    gezeichnet.append(...el.childNodes);
    const stil = el.style.cssText;
    el.removeAttribute("style");
    queueMicrotask(() => {
      el.append(gezeichnet);
      el.style.cssText = stil;
    });
  });
})();
