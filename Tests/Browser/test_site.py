#!/usr/bin/env python3
"""Browser checks of the built site: headless Chromium driven by Selenium (Debian packages
chromium, chromium-driver, python3-selenium; plus python3-html5lib and tidy for validity).

Builds the five seeds into a temporary folder with the built `sitegen` binary, serves it on
127.0.0.1 (a free port, loopback only) and checks pages in both languages: no console errors,
search (思源, Taicang, traditional 太倉, pinyin), the language switch, the skip link and focus,
contrast, line length and leading, no sideways scrolling at 375 and 360 px, the original text
opening from a link, search from disk (file:), and every page against html5lib's strict parser
and tidy. Screenshots at 1280 and 375 px go to Tests/Browser/screenshots/ (git-ignored).

    python3 Tests/Browser/test_site.py [--sitegen PATH] [--keep]

Prints one line per check and a closing `N passed, M failed`; exits 1 when a check fails.
"""
import argparse
import base64
import functools
import http.server
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "Tests" / "Browser" / "screenshots"
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

CHECKS = []


def check(fn):
    CHECKS.append(fn)
    return fn


class Failure(AssertionError):
    pass


def expect(cond, message):
    if not cond:
        raise Failure(message)


# ---------------------------------------------------------------- build and serve

def find_sitegen(explicit):
    if explicit:
        return Path(explicit)
    if os.environ.get("SITEGEN"):
        return Path(os.environ["SITEGEN"])
    try:
        bin_path = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, capture_output=True,
                                  text=True, check=True).stdout.strip()
        candidate = Path(bin_path) / "sitegen"
        if candidate.exists():
            return candidate
    except (OSError, subprocess.CalledProcessError):
        pass
    return ROOT / ".build" / "debug" / "sitegen"


def build_site(sitegen, out):
    # Run from the repository like `sitegen build`, so the report shows seeds/… paths.
    subprocess.run([str(sitegen), "build", "--seeds", "seeds", "--templates", "Templates",
                    "--output", str(out), "--quiet"], cwd=ROOT, check=True)


class Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code == 404 and page.exists():
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)


def serve(directory):
    handler = functools.partial(Handler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


# ---------------------------------------------------------------- browser

def start_browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    opts = webdriver.ChromeOptions()
    for binary in ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"):
        if os.path.exists(binary):
            opts.binary_location = binary
            break
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,900", "--force-color-profile=srgb", "--hide-scrollbars",
                "--allow-file-access-from-files", "--lang=en-US"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    return webdriver.Chrome(service=Service(driver_path), options=opts)


class Site:
    def __init__(self, driver, base, out):
        self.driver = driver
        self.base = base
        self.out = out

    def url(self, path):
        return self.base + path

    def open(self, path, width=1280, dark=False):
        self.viewport(width, dark)
        self.driver.get(self.url(path) if "://" not in path else path)
        self.wait(lambda d: d.execute_script("return document.readyState") == "complete")
        return self.driver

    def viewport(self, width, dark=False):
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": 900 if width > 600 else 740, "deviceScaleFactor": 1, "mobile": width < 600})
        self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
            "features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]})

    def wait(self, condition, timeout=10):
        from selenium.webdriver.support.ui import WebDriverWait
        return WebDriverWait(self.driver, timeout).until(condition)

    def console_errors(self):
        return [e for e in self.driver.get_log("browser") if e.get("level") == "SEVERE"]

    def screenshot(self, name, width):
        d = self.driver
        height = d.execute_script("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)")
        height = min(int(height), 5000)
        shot = d.execute_cdp_cmd("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
        SHOTS.mkdir(parents=True, exist_ok=True)
        path = SHOTS / f"{name}-{width}.png"
        path.write_bytes(base64.b64decode(shot["data"]))
        return path

    def pages(self, pattern):
        return sorted(str(p.relative_to(self.out)) for p in self.out.glob(pattern))


# ---------------------------------------------------------------- checks

def first_article(site):
    return sorted(p.parent.name for p in (site.out / "zh" / "articles").glob("*/index.html"))


@check
def every_page_is_valid_html5(site):
    import html5lib
    problems = []
    pages = site.pages("**/*.html")
    expect(len(pages) > 30, f"only {len(pages)} pages")
    for page in pages:
        parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
        try:
            parser.parse((site.out / page).read_bytes())
        except Exception as e:  # html5lib.html5parser.ParseError
            problems.append(f"{page}: html5lib: {e}")
        tidy = subprocess.run(["tidy", "-e", "-q", "-utf8", str(site.out / page)], capture_output=True, text=True)
        # tidy 5.6 does not know ARIA 1.1's aria-current; every other warning or error counts.
        lines = [l for l in tidy.stderr.splitlines() if l.strip() and 'proprietary attribute "aria-current"' not in l]
        if tidy.returncode == 2 or lines:
            problems.extend(f"{page}: tidy: {l}" for l in lines)
    expect(not problems, "\n".join(problems[:20]))
    return f"{len(pages)} pages, html5lib strict + tidy"


@check
def english_pages_mark_every_chinese_text(site):
    import html5lib
    bad = []
    for page in site.pages("en/**/*.html"):
        tree = html5lib.parse((site.out / page).read_bytes(), namespaceHTMLElements=False)

        def walk(el, lang):
            lang = el.get("lang", lang)
            texts = [el.text] + [c.tail for c in el]
            if el.tag not in ("script", "style", "title") and not lang.startswith("zh"):
                for t in texts:
                    if t and HAN.search(t):
                        bad.append(f"{page}: <{el.tag}> {t.strip()[:40]}")
            if el.tag == "title" and not lang.startswith("zh") and el.text and HAN.search(el.text):
                bad.append(f"{page}: <title> {el.text[:40]}")
            for c in el:
                walk(c, lang)
        walk(tree, "")
    expect(not bad, f"{len(bad)} Chinese texts outside lang=zh:\n" + "\n".join(bad[:15]))


@check
def pages_load_without_console_errors(site):
    slugs = first_article(site)
    programs = sorted(p.parent.name for p in (site.out / "zh" / "programs").glob("*/index.html"))
    regions = sorted(p.parent.name for p in (site.out / "zh" / "regions").glob("*/index.html"))
    paths = ["index.html", "report/index.html"]
    for lang in ("zh", "en"):
        paths += [f"{lang}/index.html", f"{lang}/articles/index.html", f"{lang}/programs/index.html",
                  f"{lang}/regions/index.html", f"{lang}/glossary/index.html", f"{lang}/search/index.html?q=%E6%80%9D%E6%BA%90"]
        paths += [f"{lang}/articles/{s}/index.html" for s in slugs]
        paths += [f"{lang}/programs/{p}/index.html" for p in programs[:6]]
        paths += [f"{lang}/regions/{r}/index.html" for r in regions[:4]]
    site.driver.get_log("browser")
    errors = []
    for p in paths:
        site.open(p)
        expect(site.driver.title and "404" not in site.driver.title, f"{p}: title {site.driver.title!r}")
        errors += [f"{p}: {e['message']}" for e in site.console_errors()]
    expect(not errors, "\n".join(errors[:10]))
    return f"{len(paths)} pages"


@check
def missing_page_gets_the_404_page(site):
    site.open("zh/no/such/page/")
    h1 = site.driver.find_element("css selector", "h1").text
    expect(h1 == "404", f"h1 {h1!r}")
    # The browser reports the 404 status of the page itself; nothing else may fail.
    other = [e for e in site.console_errors() if "404" not in e["message"]]
    expect(not other, str(other))
    link = site.driver.find_element("css selector", "a[href$='zh/index.html']")
    link.click()
    site.wait(lambda d: d.current_url.endswith("/zh/index.html"))


def run_search(site, lang, query, width=1280):
    from selenium.webdriver.common.by import By
    site.open(f"{lang}/search/index.html", width)
    box = site.driver.find_element(By.ID, "q")
    box.clear()
    box.send_keys(query)
    site.wait(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li")
              or "0" in d.find_element(By.ID, "search-status").text
              or d.find_element(By.ID, "search-status").text.startswith(("No", "没有")))
    items = site.driver.find_elements(By.CSS_SELECTOR, "#search-results li")
    return [(i.find_element(By.CSS_SELECTOR, "a").text, i.find_element(By.CSS_SELECTOR, "a").get_attribute("href"), i.text)
            for i in items]


@check
def search_finds_siyuan_in_chinese(site):
    results = run_search(site, "zh", "思源")
    expect(results, "no results for 思源")
    expect(any(t == "思源工程" for t, _, _ in results), f"no 思源工程 among {[t for t, _, _ in results]}")
    site.screenshot("zh-search", 1280)
    expect(not site.console_errors(), str(site.console_errors()))
    # Following a result lands on its page.
    site.driver.find_element("css selector", "#search-results li a").click()
    site.wait(lambda d: "/programs/" in d.current_url or "/articles/" in d.current_url)
    expect("404" not in site.driver.title, site.driver.title)
    return f"{len(results)} results"


@check
def search_finds_taicang_in_english_and_pinyin(site):
    results = run_search(site, "en", "Taicang")
    titles = [t for t, _, _ in results]
    expect(any(t == "Taicang" for t in titles), f"no place Taicang among {titles}")
    expect(any("/articles/" in h for _, h, _ in results), "no article for Taicang")
    site.screenshot("en-search", 1280)
    run_search(site, "en", "Taicang", 375)
    site.screenshot("en-search", 375)
    lower = run_search(site, "zh", "taicang")
    expect(any(t == "太仓市" for t, _, _ in lower), f"zh page, taicang: {[t for t, _, _ in lower]}")
    partial = run_search(site, "en", "taic")
    expect(partial, "no results for the prefix taic")
    spaced = run_search(site, "en", "tai cang")
    expect(spaced and spaced[0][0] == "Taicang", f"tai cang: {[t for t, _, _ in spaced]}")
    return f"{len(results)} results; prefix taic: {len(partial)}"


@check
def traditional_query_finds_simplified_text(site):
    results = run_search(site, "zh", "太倉")
    expect(any(t == "太仓市" for t, _, _ in results), f"太倉: {[t for t, _, _ in results]}")
    results = run_search(site, "zh", "基層黨建")
    expect(results, "no results for 基層黨建")
    return f"{len(results)} results for 基層黨建"


@check
def search_reads_the_query_from_the_url_and_works_from_disk(site):
    from selenium.webdriver.common.by import By
    site.open("en/search/index.html?q=siyuan")
    site.wait(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li"))
    expect(site.driver.find_element(By.ID, "q").get_attribute("value") == "siyuan", "query not in the box")
    path = (site.out / "zh" / "search" / "index.html").as_uri() + "?q=" + urllib.parse.quote("思源")
    site.open(path)
    site.wait(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li"))
    errors = site.console_errors()
    expect(not errors, str(errors))


@check
def header_search_form_leads_to_results(site):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    site.open("zh/index.html")
    box = site.driver.find_element(By.ID, "site-q")
    box.send_keys("海曙" + Keys.ENTER)
    site.wait(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li"))
    expect("/zh/search/index.html?q=" in site.driver.current_url, site.driver.current_url)


@check
def language_switch_goes_to_the_same_page(site):
    from selenium.webdriver.common.by import By
    slug = first_article(site)[0]
    for start, other, html_lang in (("zh", "en", "en"), ("en", "zh", "zh-Hans")):
        for path in ("index.html", f"articles/{slug}/index.html", "programs/index.html", "glossary/index.html",
                     "search/index.html", "regions/index.html"):
            site.open(f"{start}/{path}")
            site.driver.find_element(By.CSS_SELECTOR, "a.lang-switch").click()
            site.wait(lambda d: d.current_url.endswith(f"/{other}/{path}"))
            lang = site.driver.find_element(By.TAG_NAME, "html").get_attribute("lang")
            expect(lang == html_lang, f"{other}/{path}: lang {lang}")
            expect("404" not in site.driver.title, f"{other}/{path}: {site.driver.title}")


@check
def pinyin_toggle(site):
    from selenium.webdriver.common.by import By
    slug = first_article(site)[0]
    site.open(f"zh/articles/{slug}/index.html")
    toggles = site.driver.find_elements(By.CSS_SELECTOR, "[data-pinyin-toggle], .pinyin-toggle")
    if not toggles:
        return "SKIP: no pinyin toggle on article pages yet (the reading aid of issue 5)"
    toggles[0].click()
    site.wait(lambda d: any(r.is_displayed() for r in d.find_elements(By.CSS_SELECTOR, "rt")))
    expect(toggles[0].get_attribute("aria-pressed") == "true", "toggle not pressed")
    # The ruby readings follow the text: the first ruby's base is a Han character with a reading.
    ruby = site.driver.find_elements(By.CSS_SELECTOR, "ruby")[0]
    rt = ruby.find_element(By.CSS_SELECTOR, "rt").get_attribute("textContent")
    expect(rt and rt.isascii() is False or rt.isalpha(), f"no reading in the first ruby: {rt!r}")
    # Turning it off again hides the pinyin (and leaves the preference off for later checks).
    toggles[0].click()
    site.wait(lambda d: not any(r.is_displayed() for r in d.find_elements(By.CSS_SELECTOR, "rt")))
    expect(not site.console_errors(), str(site.console_errors()))


@check
def article_pages_have_outline_figures_and_original(site):
    from selenium.webdriver.common.by import By
    slug = first_article(site)
    for s in slug:
        site.open(f"zh/articles/{s}/index.html")
        d = site.driver
        expect(d.find_elements(By.CSS_SELECTOR, "main h1"), f"{s}: no h1")
        toc = d.find_elements(By.CSS_SELECTOR, "nav.toc a")
        for a in toc[:3]:
            target = a.get_attribute("href").split("#")[1]
            expect(d.find_elements(By.ID, target), f"{s}: outline target #{target} missing")
        site.open(f"en/articles/{s}/index.html")
        details = d.find_element(By.CSS_SELECTOR, "details.original")
        expect(details.get_attribute("lang") == "zh-Hans", "original not marked zh-Hans")
        expect(details.get_attribute("open") is None, "original not collapsed")
    # The outline of an English page opens the collapsed original at the heading.
    for s in slug:
        site.open(f"en/articles/{s}/index.html")
        links = site.driver.find_elements(By.CSS_SELECTOR, "nav.toc a")
        if links:
            links[0].click()
            target = links[0].get_attribute("href").split("#")[1]
            site.wait(lambda d: d.find_element(By.ID, target).is_displayed())
            return f"{len(slug)} articles; outline opens the original on en/{s}"
    return f"{len(slug)} articles"


@check
def program_page_links_back_into_articles(site):
    from selenium.webdriver.common.by import By
    site.open("en/programs/siyuan-gongcheng/index.html")
    d = site.driver
    expect(d.find_element(By.CSS_SELECTOR, "main h1").text == "Siyuan Project", d.find_element(By.CSS_SELECTOR, "main h1").text)
    site.screenshot("en-program", 1280)
    link = d.find_element(By.CSS_SELECTOR, "a.in-context")
    target = link.get_attribute("href").split("#")[1]
    link.click()
    site.wait(lambda d: d.find_element(By.ID, target).is_displayed())
    expect(d.find_element(By.CSS_SELECTOR, "details.original").get_attribute("open") is not None, "original still closed")


@check
def skip_link_and_visible_focus(site):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    site.open("zh/index.html")
    d = site.driver
    d.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    active = d.switch_to.active_element
    expect("skip" in (active.get_attribute("class") or ""), "first Tab does not reach the skip link")
    rect = d.execute_script("var r = arguments[0].getBoundingClientRect(); return [r.left, r.top, r.width];", active)
    expect(rect[0] >= 0 and rect[2] > 0, f"skip link not on screen when focused: {rect}")
    outline = d.execute_script("var s = getComputedStyle(arguments[0]); return [s.outlineStyle, s.outlineWidth];", active)
    expect(outline[0] != "none" and outline[1] != "0px", f"no focus outline: {outline}")
    active.send_keys(Keys.ENTER)
    site.wait(lambda d: d.current_url.endswith("#main"))
    landmarks = d.execute_script("""return ['header', 'nav', 'main', 'footer'].map(function (t) {
        return document.querySelectorAll('body > ' + t + ', body > header > ' + t).length; });""")
    expect(landmarks == [1, 1, 1, 1], f"landmarks header/nav/main/footer: {landmarks}")
    # Every focusable element shows an outline when focused from the keyboard.
    missing = d.execute_script("""
        var out = [];
        document.querySelectorAll('a[href], button, input').forEach(function (el, i) {
          if (i > 40) return;
          el.focus();
          var s = getComputedStyle(el);
          if (el.matches(':focus-visible') && (s.outlineStyle === 'none' || s.outlineWidth === '0px')) out.push(el.outerHTML.slice(0, 60));
        });
        return out;""")
    expect(not missing, f"no focus outline: {missing[:3]}")


CONTRAST_JS = """
function lum(c) {
  var m = c.match(/[\\d.]+/g).map(Number);
  var a = m.slice(0, 3).map(function (v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
  return 0.2126 * a[0] + 0.7152 * a[1] + 0.0722 * a[2];
}
function bg(el) {
  for (; el; el = el.parentElement) {
    var c = getComputedStyle(el).backgroundColor;
    var m = c.match(/[\\d.]+/g);
    if (m && (m.length < 4 || Number(m[3]) > 0.5)) return c;
  }
  return getComputedStyle(document.documentElement).backgroundColor;
}
var worst = [];
document.querySelectorAll(arguments[0]).forEach(function (el) {
  if (!el.offsetParent && el.tagName !== 'BODY') return;
  var l1 = lum(getComputedStyle(el).color), l2 = lum(bg(el));
  var ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
  if (ratio < 4.5) worst.push(el.tagName + '.' + el.className + ' ' + ratio.toFixed(2));
});
return worst;
"""


@check
def text_contrast_is_aa_in_light_and_dark(site):
    selectors = "body, p, a, .meta, .badge, .other, .pinyin, .count, .site-nav a, .card .name, .chips a, td, th, h1, h2, button, .stats, .tagline"
    slug = first_article(site)[0]
    bad = []
    for dark in (False, True):
        for path in ("zh/index.html", f"en/articles/{slug}/index.html", "en/programs/siyuan-gongcheng/index.html",
                     "report/index.html", "zh/search/index.html?q=%E6%80%9D%E6%BA%90"):
            site.open(path, dark=dark)
            bad += [f"{'dark' if dark else 'light'} {path}: {w}" for w in site.driver.execute_script(CONTRAST_JS, selectors)]
    expect(not bad, "\n".join(bad[:10]))


@check
def typography_line_length_and_leading(site):
    slug = first_article(site)[0]
    site.open(f"zh/articles/{slug}/index.html")
    d = site.driver
    zh = d.execute_script("""var p = document.querySelector('.body p'); var s = getComputedStyle(p);
        return [parseFloat(s.lineHeight) / parseFloat(s.fontSize), p.getBoundingClientRect().width / parseFloat(s.fontSize), s.fontFamily];""")
    expect(1.7 <= zh[0] <= 1.9, f"zh line height {zh[0]:.2f}")
    expect(zh[1] <= 40.5, f"zh line length {zh[1]:.1f} em")
    expect("Noto Sans CJK SC" in zh[2] or "PingFang" in zh[2], f"zh font stack {zh[2]}")
    site.open(f"en/articles/{slug}/index.html")
    en = d.execute_script("""var p = document.querySelector('.summary p') || document.querySelector('main p'); var s = getComputedStyle(p);
        return [parseFloat(s.lineHeight) / parseFloat(s.fontSize), p.getBoundingClientRect().width / parseFloat(s.fontSize)];""")
    expect(1.5 <= en[0] <= 1.7, f"en line height {en[0]:.2f}")
    expect(en[1] <= 40.5, f"en line length {en[1]:.1f} em")
    return f"zh {zh[0]:.2f}/{zh[1]:.1f}em, en {en[0]:.2f}/{en[1]:.1f}em"


@check
def no_sideways_scrolling_on_phones(site):
    slug = first_article(site)[0]
    paths = ["index.html", "report/index.html"]
    for lang in ("zh", "en"):
        paths += [f"{lang}/index.html", f"{lang}/articles/{slug}/index.html", "en/programs/siyuan-gongcheng/index.html",
                  f"{lang}/glossary/index.html", f"{lang}/search/index.html?q=taicang", f"{lang}/regions/index.html"]
    wide = []
    for width in (375, 360):
        for p in paths:
            site.open(p, width)
            sw = site.driver.execute_script("return document.documentElement.scrollWidth")
            if sw > width:
                wide.append(f"{p} at {width}px: {sw}px")
    expect(not wide, "\n".join(wide))


@check
def screenshots(site):
    slug = first_article(site)[0]
    shots = []
    for width in (1280, 375):
        for name, path in (("landing", "index.html"), ("zh-home", "zh/index.html"), ("en-home", "en/index.html"),
                           ("zh-article", f"zh/articles/{slug}/index.html"), ("en-article", f"en/articles/{slug}/index.html"),
                           ("zh-program", "zh/programs/siyuan-gongcheng/index.html"), ("zh-region", "zh/regions/taicang/index.html"),
                           ("report", "report/index.html"), ("en-glossary", "en/glossary/index.html")):
            site.open(path, width)
            shots.append(site.screenshot(name, width))
    site.open("zh/index.html", 1280, dark=True)
    shots.append(site.screenshot("zh-home-dark", 1280))
    site.open(f"en/articles/{slug}/index.html", 375, dark=True)
    shots.append(site.screenshot("en-article-dark", 375))
    return f"{len(shots)} screenshots in {SHOTS.relative_to(ROOT)}"


@check
def print_stylesheet_shows_the_original(site):
    slug = first_article(site)[0]
    site.open(f"en/articles/{slug}/index.html")
    d = site.driver
    d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    hidden = d.execute_script("""return ['.site-nav', '.site-search', '.lang-switch', '.site-footer'].map(function (s) {
        var e = document.querySelector(s); return !e || getComputedStyle(e).display === 'none'; });""")
    expect(all(hidden), f"navigation printed: {hidden}")
    pdf = d.execute_cdp_cmd("Page.printToPDF", {})
    expect(len(base64.b64decode(pdf["data"])) > 10000, "empty PDF")
    d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sitegen", help="the sitegen binary (default: swift build --show-bin-path)")
    ap.add_argument("--keep", action="store_true", help="keep the built site")
    args = ap.parse_args()
    sitegen = find_sitegen(args.sitegen)
    if not sitegen.exists():
        print(f"browser tests: sitegen binary not found at {sitegen}; run swift build first", file=sys.stderr)
        return 1
    tmp = Path(tempfile.mkdtemp(prefix="sitegen-browser-"))
    out = tmp / "public"
    passed = failed = skipped = 0
    server = driver = None
    try:
        build_site(sitegen, out)
        server = serve(out)
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        driver = start_browser()
        site = Site(driver, base, out)
        print(f"browser tests: {sitegen} → {out}, served at {base}")
        for fn in CHECKS:
            start = time.time()
            try:
                note = fn(site)
                if note and note.startswith("SKIP"):
                    skipped += 1
                    print(f"skip  {fn.__name__}: {note[5:].strip()}")
                    continue
                passed += 1
                print(f"ok    {fn.__name__} ({time.time() - start:.1f} s){': ' + note if note else ''}")
            except Exception as e:
                failed += 1
                detail = str(e) if isinstance(e, Failure) else traceback.format_exc()
                print(f"FAIL  {fn.__name__}: {detail}")
    finally:
        if driver:
            driver.quit()
        if server:
            server.shutdown()
        if args.keep:
            print(f"site kept in {out}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
