// sitegen search: offline, client-side, over the one index search/index.json built by sitegen.
// Tokens are made exactly as Sources/Site/SearchIndex.swift makes them: NFKC, accents removed,
// lower case, traditional characters folded to simplified (the index's t2s map), Chinese as
// character bigrams, Latin text as words. Every query token must match (AND); Latin words
// also match as prefixes (taic → taicang).
(function () {
  "use strict";
  var root = document.getElementById("search");
  if (!root) return;
  var data = root.dataset;
  var form = document.getElementById("search-form");
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var lang = data.lang || "en";
  var index = null;
  var fold = null;
  var keys = null;
  var STOP = {};
  "a an and are as at be by for from in is it its of on or that the this to was were with".split(" ")
    .forEach(function (w) { STOP[w] = true; });
  var HAN = /\p{Ideographic}/u;
  var WORD = /[a-z0-9]/;

  function t(key, values) {
    var s = data["t" + key.charAt(0).toUpperCase() + key.slice(1)] || "";
    for (var k in values) s = s.split("{" + k + "}").join(values[k]);
    return s;
  }

  function prepare(ix) {
    index = ix;
    fold = new Map();
    var pairs = Array.from(ix.t2s || "");
    for (var i = 0; i + 1 < pairs.length; i += 2) fold.set(pairs[i], pairs[i + 1]);
    keys = Object.keys(ix.tokens);
  }

  function normalize(text) {
    var s = text.normalize("NFKC").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    var out = [];
    for (var ch of s) out.push(fold.get(ch) || ch);
    return out;
  }

  // Query → groups of alternative tokens; an entry must match one token of every group.
  function queryGroups(text) {
    var groups = [];
    var han = [], word = "";
    var words = [];
    function flushHan() {
      if (han.length === 1) {
        var c = han[0];
        var alts = keys.filter(function (k) { return k.indexOf(c) >= 0 && HAN.test(k); });
        groups.push(alts.map(function (k) { return [k, k === c ? 1 : 0.5]; }));
      } else {
        for (var i = 0; i + 1 < han.length; i++) groups.push([[han[i] + han[i + 1], 1]]);
      }
      han = [];
    }
    function flushWord() {
      if (word && !STOP[word]) {
        words.push(word);
        var w = word;
        var alts = keys.filter(function (k) { return k.length > w.length && k.lastIndexOf(w, 0) === 0; })
          .map(function (k) { return [k, 0.5]; });
        if (index.tokens[w]) alts.unshift([w, 1]);
        groups.push(alts);
      }
      word = "";
    }
    normalize(text).forEach(function (ch) {
      if (HAN.test(ch)) { flushWord(); han.push(ch); }
      else if (WORD.test(ch)) { flushHan(); word += ch; }
      else { flushHan(); flushWord(); }
    });
    flushHan(); flushWord();
    return { groups: groups, words: words };
  }

  function run(groups) {
    var scores = null;
    groups.forEach(function (alts) {
      var local = new Map();
      alts.forEach(function (pair) {
        var posting = index.tokens[pair[0]] || [];
        for (var i = 0; i + 1 < posting.length; i += 2) {
          var e = posting[i], s = posting[i + 1] * pair[1];
          local.set(e, Math.max(local.get(e) || 0, s));
        }
      });
      if (scores === null) { scores = local; return; }
      var next = new Map();
      scores.forEach(function (s, e) { if (local.has(e)) next.set(e, s + local.get(e)); });
      scores = next;
    });
    return scores || new Map();
  }

  function search(text) {
    var q = queryGroups(text);
    if (!q.groups.length) return [];
    var scores = run(q.groups);
    // "tai cang" also finds what "taicang" finds.
    if (q.words.length > 1 && q.groups.length === q.words.length) {
      run(queryGroups(q.words.join("")).groups).forEach(function (s, e) {
        scores.set(e, Math.max(scores.get(e) || 0, s));
      });
    }
    var order = { program: 0, place: 1, article: 2 };
    return Array.from(scores.entries()).sort(function (a, b) {
      return b[1] - a[1] || order[index.entries[a[0]].type] - order[index.entries[b[0]].type] || a[0] - b[0];
    }).map(function (p) { return index.entries[p[0]]; });
  }

  function pick(map) {
    if (!map) return null;
    if (map[lang]) return { text: map[lang], lang: null };
    var other = lang === "zh" ? "en" : "zh";
    if (map[other]) return { text: map[other], lang: other === "zh" ? "zh-Hans" : "en" };
    return null;
  }

  function el(tag, cls, text, langAttr) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    if (langAttr) e.lang = langAttr;
    return e;
  }

  function render(text) {
    results.textContent = "";
    var q = text.trim();
    if (!q) { status.textContent = ""; return; }
    var found = search(q);
    if (!found.length) { status.textContent = t("none", { q: q }); return; }
    status.textContent = t(found.length === 1 ? "one" : "many", { n: String(found.length), q: q });
    var list = el("ol", "results");
    found.forEach(function (entry) {
      var li = el("li", "result result-" + entry.type);
      var title = pick(entry.title);
      var a = el("a", "title", title.text, title.lang);
      a.href = (data.langRoot || "../") + entry.url;
      li.appendChild(a);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(el("span", "badge", t(entry.type)));
      var meta = pick(entry.meta);
      if (meta) li.appendChild(el("span", "meta", meta.text, meta.lang));
      var snippet = pick(entry.text);
      if (snippet) li.appendChild(el("span", "snippet", snippet.text, snippet.lang));
      list.appendChild(li);
    });
    results.appendChild(list);
  }

  function update(push) {
    var q = input.value;
    render(q);
    if (push && window.history && history.replaceState) {
      var url = location.pathname + (q.trim() ? "?q=" + encodeURIComponent(q.trim()) : "");
      try { history.replaceState(null, "", url); } catch (e) { /* file: URLs in some browsers */ }
    }
  }

  function ready(ix) {
    prepare(ix);
    var params = new URLSearchParams(location.search);
    if (params.get("q")) input.value = params.get("q");
    update(false);
    var timer = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { update(true); }, 120);
    });
    form.addEventListener("submit", function (ev) { ev.preventDefault(); update(true); });
  }

  function failed() { status.textContent = t("failed"); }

  status.textContent = t("loading");
  if (location.protocol === "file:") {
    // Browsers do not let pages opened from disk fetch files: load the same index as a script.
    var s = document.createElement("script");
    s.src = data.indexScript;
    s.onload = function () { window.SITEGEN_SEARCH_INDEX ? ready(window.SITEGEN_SEARCH_INDEX) : failed(); };
    s.onerror = failed;
    document.head.appendChild(s);
  } else {
    fetch(data.index).then(function (r) {
      if (!r.ok) throw new Error(String(r.status));
      return r.json();
    }).then(ready, failed);
  }
})();
