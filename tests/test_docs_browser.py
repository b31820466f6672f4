"""The documentation pages as a reader sees them: built offline, opened in a real headless browser.

`hns_docs` turns the notebooks' TeX into MathML when it builds the pages (no MathJax, no network), and
shows docstrings with their formulas as code. Here a page with maths and such docstrings (the
estimators chapter) is built and opened in Debian's `chromium`: the page's visible text must hold no
raw TeX (`$$`, `$\\`), the DOM must hold MathML `<math>` elements, and the screenshot must be written.
Skipped, with the reason in pytest's summary, only when chromium is not installed.
"""
import html, os, re, shutil, subprocess, tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which('chromium') or ('/usr/bin/chromium' if Path('/usr/bin/chromium').exists() else None)
FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
         '--disable-sync', '--no-first-run', '--hide-scrollbars']


class VisibleText(HTMLParser):
    "The text a reader sees: everything outside <script>, <style>, <head> and <template>."
    HIDDEN = {'script', 'style', 'head', 'template', 'noscript'}
    def __init__(self):
        super().__init__(convert_charrefs=True); self.depth, self.parts, self.maths = 0, [], 0
    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN: self.depth += 1
        if tag == 'math': self.maths += 1
    def handle_endtag(self, tag):
        if tag in self.HIDDEN: self.depth = max(0, self.depth - 1)
    def handle_data(self, data):
        if not self.depth: self.parts.append(data)
    @property
    def text(self): return ' '.join(self.parts)


def chromium(*args, profile, timeout=120):
    return subprocess.run([CHROMIUM, *FLAGS, f'--user-data-dir={profile}', *args], capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope='module')
def site(request):
    "The estimators page, built by build_docs into a temporary folder."
    wanted = request.config.getoption('--nb')
    if wanted and not any(w in '21_docs.ipynb' for w in wanted): pytest.skip('not selected with --nb (the docs tests go with --nb 21_docs)')
    from nbdev.config import get_config
    from hidenseek.docs import build_docs
    dest = Path(tempfile.mkdtemp(prefix='hns-docs-'))
    cwd = os.getcwd(); os.chdir(ROOT)
    try: written, failed = build_docs(dest=dest, only=['02_estimators'], log=lambda m: None)
    finally: os.chdir(cwd)
    assert not failed and [p.name for p in written] == ['estimators.html'], (written, failed)
    return dest


def test_page_source_has_mathml_and_no_mathjax(site):
    page = (site/'estimators.html').read_text(encoding='utf-8')
    assert page.count('<math') >= 10 and 'mathjax' not in page.lower() and 'require.min.js' not in page
    body = VisibleText(); body.feed(page)
    assert '$$' not in body.text and '$\\' not in body.text
    assert re.search(r'<code>sigmoid\(slope\*a\) = slope \* sigmoid\(slope\*a\)', page)   # a docstring's formula, as code
    assert '<em>a) = slope' not in page                                                   # not lost to italics


@pytest.mark.skipif(CHROMIUM is None, reason='chromium is not installed (sudo apt-get install chromium): '
                                             'the docs pages were not checked in a browser')
def test_page_in_chromium(site, tmp_path):
    page = (site/'estimators.html').resolve().as_uri()
    dom = chromium('--dump-dom', '--virtual-time-budget=5000', page, profile=tmp_path/'profile1')
    assert dom.returncode == 0, dom.stderr[-2000:]
    seen = VisibleText(); seen.feed(dom.stdout)
    assert seen.maths >= 10, seen.maths                                       # MathML elements in the DOM the browser built
    assert '$$' not in seen.text and '$\\' not in seen.text, re.findall(r'.{40}\$[\\$].{40}', seen.text)[:3]
    assert 'Sigmoid and its derivative' in seen.text or 'sigmoid' in seen.text.lower()
    shot = tmp_path/'estimators.png'
    run = chromium(f'--screenshot={shot}', '--window-size=1280,2400', '--virtual-time-budget=5000', page, profile=tmp_path/'profile2')
    assert run.returncode == 0 and shot.is_file() and shot.stat().st_size > 20_000, (run.returncode, run.stderr[-2000:])
    keep = os.environ.get('HNS_DOCS_SCREENSHOT')                              # to look at it: HNS_DOCS_SCREENSHOT=/tmp/page.png
    if keep: shutil.copy(shot, keep)
