/* The maps (Leaflet 1.9 + Leaflet.markercluster 1.5): the search map and the page maps.
 *
 * Both read their settings from their element's attributes (no inline script, for the CSP):
 *   data-kacheln      tile URL template; empty: no tile layer, no request to another server
 *   data-attribution  the tile provider's attribution (plain text)
 *
 * The search map, #karte beside the results: data-url gives GeoJSON of the current results,
 * {orte: FeatureCollection, grenzen: [Feature]}. Built on page load and again after every
 * htmx swap of #ergebnisse.
 *
 * A page map, [data-karte="seite"] (includes/karte.html: area, Einrichtung, Angebot pages):
 * its data is on the page, in JSON script tags. "karte-grenzen": [Feature] with properties
 * {name, art: "haupt" | "unter", url}; every script whose id starts "karte-orte" (put there
 * by whichever section has places): {url: "/…/{id}/", arten: {art: label},
 * orte: [{id, name, lat, lon, art}]}. Its frame stays hidden when there is nothing to draw.
 *
 * A map is a supplement to the lists, which hold the same places: it takes no keyboard
 * focus except its zoom buttons and attribution links, the mouse wheel scrolls the page,
 * and its drawing is hidden from screen readers.
 */
(function () {
  "use strict";

  const CLUSTER_AB = 40; // page maps cluster their markers above this many

  let karte = null; // the current search map (L.Map)
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

  // A marker's or an area's popup: its name as a link to its page, and a line below.
  function popupInhalt(p) {
    const div = document.createElement("div");
    const url = typeof p.url === "string" && /^\/(?!\/)/.test(p.url) ? p.url : "";
    const name = document.createElement(url ? "a" : "strong");
    if (url) name.href = url;
    name.textContent = p.name || "";
    div.append(name);
    if (p.zusatz) {
      div.append(document.createElement("br"), p.zusatz);
    }
    return div;
  }

  // An empty map in el: zoom buttons, panes hidden from screen readers, tiles if configured.
  function grundkarte(el, optionen) {
    el.replaceChildren(); // leftovers of a map in an htmx history snapshot
    const neu = L.map(el, {
      keyboard: false, // no tab stop on the map itself
      scrollWheelZoom: false, // scrolling the page must not get stuck in the map
      dragging: !L.Browser.mobile,
      zoomControl: false,
      maxZoom: 18, // also without tiles: clustering needs it
      ...optionen,
    });
    L.control.zoom({ zoomInTitle: "Vergrößern", zoomOutTitle: "Verkleinern" }).addTo(neu);
    for (const pane of ["tilePane", "overlayPane", "shadowPane", "markerPane"]) {
      neu.getPane(pane).setAttribute("aria-hidden", "true");
    }
    if (el.dataset.kacheln) {
      L.tileLayer(el.dataset.kacheln, {
        maxZoom: 18,
        attribution: alsText(el.dataset.attribution || ""),
      }).addTo(neu);
    }
    return neu;
  }

  const HAUPTGRENZE = { color: "#0b3b60", weight: 2, dashArray: "6 4", fillOpacity: 0.04 };

  // orte: [{lat, lon, name, url, zusatz}]; clustered when there are many (or always).
  function markerSchicht(orte, immerClustern) {
    let gruppe;
    if (immerClustern || orte.length > CLUSTER_AB) {
      L.MarkerCluster.mergeOptions({ keyboard: false }); // cluster icons: no tab stops either
      gruppe = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 50 });
    } else {
      gruppe = L.featureGroup();
    }
    for (const ort of orte) {
      gruppe.addLayer(
        L.marker([ort.lat, ort.lon], { keyboard: false, title: ort.name || "", alt: "" }).bindPopup(
          () => popupInhalt(ort)
        )
      );
    }
    return gruppe;
  }

  // --- the search map ----------------------------------------------------------------

  function zeichnen(el, daten) {
    const orte = ((daten && daten.orte && daten.orte.features) || [])
      .filter((f) => f && f.geometry && f.geometry.type === "Point")
      .map((f) => {
        const p = f.properties || {};
        const [lon, lat] = f.geometry.coordinates;
        return { lat, lon, name: p.name, url: p.url, zusatz: p.adresse };
      });
    if (!orte.length) {
      ausblenden(el);
      return;
    }
    karte = grundkarte(el);
    L.geoJSON(daten.grenzen || [], { interactive: false, style: HAUPTGRENZE }).addTo(karte);
    const gruppe = markerSchicht(orte, true).addTo(karte);
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

  // --- page maps ---------------------------------------------------------------------

  function jsonAus(script) {
    try {
      return JSON.parse(script.textContent);
    } catch (fehler) {
      console.error(fehler);
      return null;
    }
  }

  // The places of every karte-orte-… script on the page, as [{lat, lon, name, url, zusatz}].
  function seitenorte() {
    const orte = [];
    for (const script of document.querySelectorAll(
      'script[type="application/json"][id^="karte-orte"]'
    )) {
      const daten = jsonAus(script);
      if (!daten || !Array.isArray(daten.orte)) continue;
      const muster = typeof daten.url === "string" ? daten.url : "";
      const arten = daten.arten || {};
      for (const o of daten.orte) {
        if (!o || !Number.isFinite(o.lat) || !Number.isFinite(o.lon)) continue;
        orte.push({
          lat: o.lat,
          lon: o.lon,
          name: o.name,
          url: muster && Number.isInteger(o.id) ? muster.replace("{id}", String(o.id)) : "",
          zusatz: arten[o.art] || "",
        });
      }
    }
    return orte;
  }

  function seitenkarte(el) {
    const script = document.getElementById("karte-grenzen");
    const grenzen = ((script && jsonAus(script)) || []).filter((f) => f && f.geometry);
    const orte = seitenorte();
    if (!grenzen.length && !orte.length) return;
    const rahmen = el.closest(".karte-rahmen");
    if (rahmen) rahmen.hidden = false; // before Leaflet measures the element
    // Half zoom steps: an area fills its map better than at whole ones.
    const seite = grundkarte(el, { zoomSnap: 0.5 });

    // Child areas lightly, each a popup with the link to its page; the page's own area on
    // top. No tooltips: Leaflet gives a layer with a tooltip focus listeners, and Chromium
    // then puts every SVG path in the tab order (inside the aria-hidden drawing).
    const unter = grenzen.filter((f) => (f.properties || {}).art === "unter");
    const haupt = grenzen.filter((f) => (f.properties || {}).art !== "unter");
    const leicht = { color: "#5a6b7b", weight: 1, opacity: 0.8, fillOpacity: 0.03 };
    L.geoJSON(unter, {
      style: leicht,
      onEachFeature: (f, schicht) => {
        const p = f.properties || {};
        schicht.bindPopup(() => popupInhalt({ name: p.name, url: p.url }));
        schicht.on("mouseover", () => schicht.setStyle({ weight: 3, fillOpacity: 0.1 }));
        schicht.on("mouseout", () => schicht.setStyle(leicht));
      },
    }).addTo(seite);
    const hauptSchicht = L.geoJSON(haupt, { interactive: false, style: HAUPTGRENZE }).addTo(seite);
    const marker = markerSchicht(orte, false).addTo(seite);

    // The area decides the view; without a boundary the places do (one place: close up).
    const rand = { padding: [16, 16], maxZoom: 16 };
    if (haupt.length) {
      seite.fitBounds(hauptSchicht.getBounds(), rand);
    } else if (orte.length === 1) {
      seite.setView([orte[0].lat, orte[0].lon], 16);
    } else if (orte.length) {
      seite.fitBounds(marker.getBounds(), rand);
    } else {
      seite.fitBounds(L.geoJSON(unter).getBounds(), rand);
    }
  }

  function seitenkartenAufbauen() {
    if (typeof L === "undefined" || !L.markerClusterGroup) return;
    for (const el of document.querySelectorAll('[data-karte="seite"]')) {
      try {
        seitenkarte(el);
      } catch (fehler) {
        ausblenden(el);
        console.error(fehler);
      }
    }
  }

  document.addEventListener("DOMContentLoaded", seitenkartenAufbauen);

  // --- the search map's life cycle ---------------------------------------------------

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
