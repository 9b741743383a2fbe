// The error summary of a form (templates/formular/fehleruebersicht.html), WCAG 3.3.1:
// the focus moves to it when it appears, after a page load or an htmx swap (the summary
// brings this script along, so it runs again then), and the page title starts with
// "Fehler:" (the server does that for whole pages). Its links jump to the field and show
// the field's label and hint above it, not just the input at the window's top edge.
(function () {
  "use strict";
  var neue = document.querySelectorAll(".fehleruebersicht:not([data-gesehen])");
  if (!neue.length) return;
  neue.forEach(function (uebersicht) {
    uebersicht.setAttribute("data-gesehen", "");
    uebersicht.addEventListener("click", function (ereignis) {
      var link = ereignis.target.closest("a[href^='#']");
      var feld = link && document.getElementById(link.getAttribute("href").slice(1));
      if (!feld) return;
      ereignis.preventDefault();
      var details = feld.closest("details:not([open])");
      if (details) details.open = true;
      (feld.closest(".formfeld, tr, fieldset") || feld).scrollIntoView();
      feld.focus({ preventScroll: true });
    });
  });
  var praefix = neue[0].getAttribute("data-titel-praefix");
  if (praefix && document.title.indexOf(praefix) !== 0) document.title = praefix + document.title;
  neue[0].focus();
})();
