"""The chapters read forward: each notebook uses only the modules of the chapters before it.

A chapter `NN_name.ipynb` exports one module (`#|default_exp`). Every `from hidenseek.x import ...` or
`import hidenseek.x` in any of its code cells (exported code and tests alike, lazy imports inside
functions included) must name a module exported by a chapter with a smaller number. The README's
chapter table (in `nbs/index.ipynb`) must list every chapter, in order, and every local file that the
README or a notebook's markdown links to (figures above all) must exist.
"""
import json, re
from pathlib import Path

NBS = Path(__file__).resolve().parents[1] / 'nbs'
IMPORT = re.compile(r'(?:from\s+hidenseek\.(\w+)\s+import|import\s+hidenseek\.(\w+))')


def chapters():
    "{notebook stem: (number, exported module or None, source of its code cells)}."
    out = {}
    for p in sorted(NBS.glob('[0-9][0-9]_*.ipynb')):
        cells = json.loads(p.read_text(encoding='utf-8'))['cells']
        code = '\n'.join(''.join(c['source']) for c in cells if c['cell_type'] == 'code')
        m = re.search(r'#\|\s*default_exp\s+(\w+)', code)
        out[p.stem] = (int(p.name[:2]), m.group(1) if m else None, code)
    return out


def test_every_chapter_imports_only_earlier_ones():
    found = chapters()
    number = {mod: n for n, mod, _ in found.values() if mod}
    forward = [(stem, mod) for stem, (n, own, code) in found.items()
               for a, b in IMPORT.findall(code) for mod in [a or b]
               if mod in number and mod != own and number[mod] >= n]
    assert forward == [], f'chapters that read forward (notebook, module of a later chapter): {forward}'


def test_numbers_are_unique_and_the_readme_lists_every_chapter():
    found = chapters()
    numbers = [n for n, _, _ in found.values()]
    assert len(set(numbers)) == len(numbers), sorted(numbers)
    index = ''.join(''.join(c['source']) for c in json.loads((NBS/'index.ipynb').read_text(encoding='utf-8'))['cells'])
    listed = re.findall(r'^\| `(\d\d_\w+)` \|', index, flags=re.M)
    assert listed == sorted(found), (listed, sorted(found))


LINK = re.compile(r'!?\[[^\]]*\]\(([^)\s]+)')


def local_links(text):
    "The link targets of markdown text that name files of this repository (no URL, no page anchor)."
    return [t.split('#')[0] for t in LINK.findall(text) if not re.match(r'[a-z]+:', t) and not t.startswith('#')]


def test_every_local_link_of_the_readme_and_the_notebooks_exists():
    root = NBS.parent
    missing = [('README.md', t) for t in local_links((root/'README.md').read_text(encoding='utf-8')) if not (root/t).exists()]
    for p in sorted(NBS.glob('*.ipynb')):
        md = '\n'.join(''.join(c['source']) for c in json.loads(p.read_text(encoding='utf-8'))['cells'] if c['cell_type'] == 'markdown')
        missing += [(p.name, t) for t in local_links(md) if not t.endswith('.html') and not (NBS/t).exists()]
    assert missing == [], f'links to files that do not exist (file, target): {missing}'
