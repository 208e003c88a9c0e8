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
// Pinyin over every character: the ruby text is in the page; this only shows it. The button
// stays hidden without JavaScript, where the text reads normally.
(function () {
  "use strict";
  var root = document.documentElement;
  var ideograph = /\p{Ideographic}/u;
  // Each paragraph carries one syllable per Han character in data-py; build <ruby> from it once.
  function rubify(el) {
    var py = el.getAttribute("data-py").split(" "), k = 0, nodes = [];
    var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) nodes.push(walker.currentNode);
    nodes.forEach(function (node) {
      var frag = document.createDocumentFragment(), plain = "";
      Array.from(node.nodeValue).forEach(function (ch) {
        if (!ideograph.test(ch)) { plain += ch; return; }
        if (plain) { frag.appendChild(document.createTextNode(plain)); plain = ""; }
        var r = document.createElement("ruby"), rt = document.createElement("rt");
        var open = document.createElement("rp"), close = document.createElement("rp");
        open.textContent = "("; close.textContent = ")"; rt.textContent = py[k++] || "";
        r.append(ch, open, rt, close);
        frag.appendChild(r);
      });
      if (plain) frag.appendChild(document.createTextNode(plain));
      node.parentNode.replaceChild(frag, node);
    });
    el.removeAttribute("data-py");
  }
  function set(on) {
    if (on) document.querySelectorAll("[data-py]").forEach(rubify);
    root.classList.toggle("show-pinyin", on);
    document.querySelectorAll("[data-pinyin-toggle]").forEach(function (b) { b.setAttribute("aria-pressed", on ? "true" : "false"); });
    try { localStorage.setItem("sitegen-pinyin", on ? "1" : "0"); } catch (e) {}
  }
  function init() {
    var saved = null;
    try { saved = localStorage.getItem("sitegen-pinyin"); } catch (e) {}
    document.querySelectorAll("[data-pinyin-toggle]").forEach(function (b) {
      b.hidden = false;
      b.addEventListener("click", function () { set(!root.classList.contains("show-pinyin")); });
    });
    if (saved === "1") set(true);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
