// sitegen: small progressive enhancements; every page works without this script.
(function () {
  "use strict";
  // A link to a paragraph of the original text (…/index.html#b12) opens the collapsed
  // <details> that holds it, also in browsers that do not do so by themselves.
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (!el) return;
    for (var p = el.parentElement; p; p = p.parentElement) {
      if (p.tagName === "DETAILS" && !p.open) p.open = true;
    }
    el.scrollIntoView();
  }
  window.addEventListener("hashchange", openTarget);
  // Printing shows the collapsed original text too.
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details.original").forEach(function (d) { d.open = true; });
  });
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", openTarget);
  else openTarget();
})();
