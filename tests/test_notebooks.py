"""Every notebook in `nbs/` is a test: its cells run top to bottom, as `nbdev_test` runs them.

One pytest test per notebook, so CI gets pytest's summary line. Cells flagged `#|slow` run only with
`pytest --slow`; cells with `#|eval: false` never run.

A cell that cannot check what it is for on this machine (Fashion-MNIST absent, say) prints a line
starting with `TEST SKIPPED:` and the reason. The notebook still passes, and the reason is listed in
pytest's summary (section "checks skipped inside notebooks", and as a warning); with `CI=true` in the
environment (CI, where `.ci/run` installs the data) such a skip fails the notebook's test instead.
"""
import os, sys, time, warnings
from pathlib import Path

import pytest
from execnb.shell import CaptureShell
from fastcore.basics import str2bool
from fastcore.xtras import working_directory
from nbdev.config import get_config
from nbdev.frontmatter import FrontmatterProc
from nbdev.process import NBProcessor, nb_lang

NBS = Path(__file__).resolve().parents[1] / 'nbs'
NOTEBOOKS = sorted(p for p in NBS.rglob('*.ipynb')
                   if not p.name.startswith('_') and '.ipynb_checkpoints' not in p.parts)
SKIP_MARK = 'TEST SKIPPED:' # a line a notebook prints when a check could not run here, then the reason


class NotebookSkip(UserWarning):
    "A check inside a notebook that did not run on this machine."


def skip_lines(text:str) -> list:
    "The reasons of the `TEST SKIPPED:` lines in `text`."
    return [l.split(SKIP_MARK, 1)[1].strip() for l in text.splitlines() if l.lstrip().startswith(SKIP_MARK)]


def _stdout(cell) -> str:
    return ''.join(''.join(o.get('text', '')) for o in (cell.get('outputs') or [])
                   if o.get('output_type') == 'stream' and o.get('name') == 'stdout')


def run_notebook(fn:Path, skip_flags=(), force_flags=(), basepath=None):
    "`nbdev.test.test_nb`, returning also what the cells printed: (ok, seconds, stdout of the run cells)."
    if basepath and str(basepath) not in sys.path: sys.path.insert(0, str(basepath))
    os.environ['IN_TEST'] = '1'
    flags = set(skip_flags) - set(force_flags)
    nb = NBProcessor(fn, procs=FrontmatterProc, process=True).nb
    fm = getattr(nb, 'frontmatter_', {})
    if str2bool(fm.get('skip_exec', False)) or nb_lang(nb) != 'python': return True, 0, ''

    def no_eval(cell):
        if cell.cell_type != 'code': return True
        if 'nbdev_export' + '(' in cell.source: return True
        direc = getattr(cell, 'directives_', {}) or {}
        if direc.get('eval:', [''])[0].lower() == 'false': return True
        return flags & direc.keys()

    for name in [m for m in sys.modules if m == 'hidenseek' or m.startswith('hidenseek.')]:
        del sys.modules[name]   # each notebook imports the package afresh, as a new process would: Keras classes a
                                # notebook defined in __main__ (its exported cells) stay registered under their names otherwise
    printed, start, shell = [], time.time(), CaptureShell(fn)
    try:
        with working_directory(fn.parent):
            shell.run_all(nb, exc_stop=True, preproc=no_eval, postproc=lambda c: printed.append(_stdout(c)))
        ok = True
    except Exception:
        sys.stderr.write(shell.prettytb(fname=fn) + '\n'); ok = False
    return ok, time.time() - start, ''.join(printed)


@pytest.mark.parametrize('nb', NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook(nb, request):
    wanted = request.config.getoption('--nb')
    if wanted and not any(w in nb.name for w in wanted): pytest.skip('not selected with --nb')
    flags = get_config().tst_flags.split()
    force = flags if request.config.getoption('--slow') else []
    ok, secs, printed = run_notebook(nb, skip_flags=flags, force_flags=force, basepath=NBS.parent)
    assert ok, f'{nb.name} failed after {secs:.0f}s (its traceback is printed above)'
    skipped = skip_lines(printed)
    if skipped and str2bool(os.environ.get('CI', 'false')):
        pytest.fail(f'{nb.name}: checks skipped under CI=true: ' + '; '.join(skipped))
    for why in skipped:
        request.config.__dict__.setdefault('hns_skips', []).append((nb.stem, why))   # for conftest's summary
        warnings.warn(NotebookSkip(f'{nb.stem}: {why}'))


def test_skip_lines():
    "The runner's reading of the skip lines (a plain test: the notebooks use it)."
    text = 'one\nTEST SKIPPED: Fashion-MNIST is not here\n  TEST SKIPPED: two\nno TEST SKIPPED: in the middle\n'
    assert skip_lines(text) == ['Fashion-MNIST is not here', 'two']
    assert skip_lines('all ran\n') == []
