// What axe-core cannot check, run in the page by pruefe_barrierefreiheit (conftest.py).
// One object of three checks; each returns a list of German findings (empty: all well).
({
  // WCAG 3.3.1: after a form was sent with errors, its summary (templates/formular/
  // fehleruebersicht.html) has the focus, the title starts with "Fehler:", and each link
  // leads to an element of the page; a title "Fehler: …" without a summary is wrong too.
  fehleruebersicht() {
    const uebersicht = document.querySelector(".fehleruebersicht");
    const titel = document.title;
    if (!uebersicht) {
      return titel.startsWith("Fehler:")
        ? [`Titel „${titel}“ meldet einen Fehler, aber die Seite hat keine Fehlerübersicht`]
        : [];
    }
    const fehler = [];
    if (!titel.startsWith("Fehler:")) {
      fehler.push(`Fehlerübersicht, aber der Titel „${titel}“ beginnt nicht mit „Fehler:“`);
    }
    const aktiv = document.activeElement;
    if (!aktiv || !aktiv.closest(".fehleruebersicht")) {
      const wo = aktiv ? aktiv.tagName.toLowerCase() + (aktiv.id ? "#" + aktiv.id : "") : "nichts";
      fehler.push(`Fehlerübersicht, aber der Fokus liegt auf ${wo}`);
    }
    for (const link of uebersicht.querySelectorAll("a[href^='#']")) {
      const id = decodeURIComponent(link.getAttribute("href").slice(1));
      if (!document.getElementById(id)) {
        fehler.push(`Link „${link.textContent.trim()}“ der Fehlerübersicht führt ins Leere (#${id})`);
      }
    }
    return fehler;
  },

  // WCAG 1.4.11 and 2.4.7: each focusable element of the header and the first `weitere`
  // after it shows a ring (outline or box-shadow) of at least 3:1 against what lies beside
  // it. The focus and the scroll position are as before afterwards.
  fokusrahmen([auswahl, weitere]) {
    const leinwand = document.createElement("canvas").getContext("2d", { willReadFrequently: true });
    const rgba = (farbe) => { // any CSS colour (also oklch, color-mix) as [r, g, b, a]
      leinwand.clearRect(0, 0, 1, 1);
      leinwand.fillStyle = "#000";
      leinwand.fillStyle = farbe;
      leinwand.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = leinwand.getImageData(0, 0, 1, 1).data;
      return [r, g, b, a / 255];
    };
    const ueber = (oben, unten) =>
      oben.slice(0, 3).map((w, i) => w * oben[3] + unten[i] * (1 - oben[3])).concat(1);
    const hintergrund = (el) => { // the colour painted behind el, its layers composited
      const schichten = [];
      for (let e = el; e; e = e.parentElement) {
        const farbe = rgba(getComputedStyle(e).backgroundColor);
        if (farbe[3] > 0) schichten.push(farbe);
        if (farbe[3] >= 1) break;
      }
      return schichten.reduceRight((unten, oben) => ueber(oben, unten), [255, 255, 255, 1]);
    };
    const leuchte = (farbe) => farbe.slice(0, 3)
      .map((w) => (w /= 255) <= 0.04045 ? w / 12.92 : ((w + 0.055) / 1.055) ** 2.4)
      .reduce((summe, w, i) => summe + w * [0.2126, 0.7152, 0.0722][i], 0);
    const kontrast = (a, b) => {
      const [hell, dunkel] = [leuchte(a), leuchte(b)].sort((x, y) => y - x);
      return (hell + 0.05) / (dunkel + 0.05);
    };
    const name = (el) => (el.getAttribute("aria-label") || el.textContent || el.value || el.id || el.tagName)
      .trim().replace(/\s+/g, " ").slice(0, 40);
    const sichtbar = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";

    const kopf = document.querySelector("header");
    const alle = [...document.querySelectorAll(auswahl)].filter((el) => !el.closest("[inert], [hidden]"));
    const imKopf = alle.filter((el) => kopf && kopf.contains(el) && sichtbar(el));
    // The skip link is hidden until focused: it counts among the first ones after the header.
    const danach = alle
      .filter((el) => !(kopf && kopf.contains(el)) && (sichtbar(el) || el.matches(".skip-link")))
      .slice(0, weitere);
    const vorher = document.activeElement;
    const [x, y] = [scrollX, scrollY];
    const fehler = new Set();
    for (const el of [...imKopf, ...danach]) {
      // In view for the hit test below; "instant", as KERN scrolls smoothly.
      el.scrollIntoView({ block: "center", inline: "nearest", behavior: "instant" });
      el.focus({ preventScroll: true, focusVisible: true });
      if (document.activeElement !== el) continue; // not focusable after all
      const stil = getComputedStyle(el);
      if (stil.outlineStyle === "auto") continue; // the browser's own two-coloured ring
      let ring = null;
      let abstand = 0;
      if (stil.outlineStyle !== "none" && parseFloat(stil.outlineWidth) >= 1) {
        ring = rgba(stil.outlineColor);
        abstand = parseFloat(stil.outlineOffset) || 0;
      } else if (stil.boxShadow !== "none") {
        ring = rgba(stil.boxShadow.match(/(rgba?|oklch|color)\([^)]*\)|#[0-9a-f]+/i)?.[0] || "transparent");
      }
      if (!ring || ring[3] === 0) {
        fehler.add(`Fokus auf „${name(el)}“ (${el.tagName.toLowerCase()}) ohne sichtbaren Rahmen`);
        continue;
      }
      // What lies under the ring beside the element, by hit-testing the ring's middle left
      // of and above it (a positioned element, such as the skip link over the header, is
      // not on its parent's background). A ring on or inside the element's edge also
      // touches the element's own background.
      const rand = el.getBoundingClientRect();
      const mitte = abstand + (parseFloat(stil.outlineWidth) || 0) / 2;
      const daneben = [];
      if (abstand >= 0) {
        const punkte = [[rand.left - mitte, rand.top + rand.height / 2], [rand.left + rand.width / 2, rand.top - mitte]];
        for (const [px, py] of punkte) {
          const unter = document.elementsFromPoint(Math.max(px, 0), Math.max(py, 0))
            .find((e) => e !== el && !el.contains(e));
          daneben.push(hintergrund(unter || el.parentElement || el));
        }
      }
      if (abstand <= 0 && rgba(stil.backgroundColor)[3] > 0) daneben.push(hintergrund(el));
      for (const farbe of daneben) {
        const k = kontrast(ueber(ring, farbe), farbe);
        if (k < 3) {
          fehler.add(`Fokusrahmen von „${name(el)}“: Kontrast ${k.toFixed(2)}:1 (rgb(${ring.slice(0, 3)}) `
            + `auf rgb(${farbe.slice(0, 3).map(Math.round)})), nötig 3:1`);
        }
      }
    }
    if (vorher && vorher !== document.body) vorher.focus({ preventScroll: true });
    else document.activeElement?.blur();
    scrollTo({ left: x, top: y, behavior: "instant" });
    return [...fehler];
  },

  // WCAG 1.4.10, run at 320 CSS pixels: the page does not scroll sideways. A wide table may
  // scroll in its own frame, which must then be reachable by keyboard (WCAG 2.1.1):
  // focusable with a name (a labelled region), or holding something focusable.
  umbruch(auswahl) {
    const wurzel = document.documentElement;
    const beschreibe = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
      + [...el.classList].slice(0, 2).map((k) => "." + k).join("");
    const mitText = (el) => `${beschreibe(el)} („${(el.querySelector("caption, h1, h2, h3") || el)
      .textContent.trim().replace(/\s+/g, " ").slice(0, 50)}“)`;
    const fehler = [];
    for (const el of document.body.querySelectorAll("*")) {
      const ueberlauf = getComputedStyle(el).overflowX;
      if ((ueberlauf !== "auto" && ueberlauf !== "scroll") || el.scrollWidth <= el.clientWidth + 1) continue;
      if (el.tabIndex >= 0) {
        if (!el.getAttribute("aria-label") && !el.getAttribute("aria-labelledby")) {
          fehler.push(`${mitText(el)} scrollt seitlich und ist fokussierbar, hat aber keinen Namen (aria-label/-labelledby)`);
        }
      } else if (!el.querySelector(auswahl)) {
        fehler.push(`${mitText(el)} scrollt seitlich, ist aber mit der Tastatur nicht erreichbar `
          + `(tabindex="0", role="region" und aria-labelledby)`);
      }
    }
    if (wurzel.scrollWidth <= wurzel.clientWidth) return fehler;

    // Who sticks out: the outermost elements past the right edge, or whose text runs past
    // it. Inside an element with its own overflow nothing counts: that one clips or scrolls.
    const breite = wurzel.clientWidth;
    const taeter = [];
    const suche = (el) => {
      const rand = el.getBoundingClientRect();
      if (rand.right > breite + 1) {
        taeter.push(`${beschreibe(el.parentElement)} > ${beschreibe(el)} (${Math.round(rand.width)} px breit)`);
        return;
      }
      if (getComputedStyle(el).overflowX !== "visible") return;
      const bisher = taeter.length;
      for (const kind of el.children) suche(kind);
      if (taeter.length === bisher && el.clientWidth && rand.left + el.scrollWidth > breite + 1) {
        taeter.push(`${beschreibe(el)}: Text ragt ${el.scrollWidth - el.clientWidth} px heraus `
          + `(„${el.textContent.trim().slice(0, 40)}“)`);
      }
    };
    for (const kind of document.body.children) suche(kind);
    if (!taeter.length) { // a positioned element escapes a frame that is not its containing block
      for (const el of document.body.querySelectorAll("*")) {
        if (el.getBoundingClientRect().right > breite + 1) {
          taeter.push(`${beschreibe(el.parentElement)} > ${beschreibe(el)}`);
        }
      }
    }
    fehler.push(`Bei ${breite} px Breite scrollt die Seite seitlich (${wurzel.scrollWidth} px breit); `
      + `heraus ragen: ${taeter.slice(0, 5).join("; ") || "?"}`);
    return fehler;
  },
})
