"""Every notebook in `nbs/` is a test: its cells run top to bottom, as `nbdev_test` runs them.

One pytest test per notebook, so CI gets pytest's summary line. Cells flagged `#|slow` run only with
`pytest --slow`; cells with `#|eval: false` never run.
"""
from pathlib import Path

import pytest
from nbdev.config import get_config
from nbdev.test import test_nb as run_notebook

NBS = Path(__file__).resolve().parents[1] / 'nbs'
NOTEBOOKS = sorted(p for p in NBS.rglob('*.ipynb')
                   if not p.name.startswith('_') and '.ipynb_checkpoints' not in p.parts)


@pytest.mark.parametrize('nb', NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook(nb, request):
    wanted = request.config.getoption('--nb')
    if wanted and not any(w in nb.name for w in wanted): pytest.skip('not selected with --nb')
    flags = get_config().tst_flags.split()
    force = flags if request.config.getoption('--slow') else []
    ok, secs = run_notebook(nb, skip_flags=flags, force_flags=force, basepath=NBS.parent)
    assert ok, f'{nb.name} failed after {secs:.0f}s (its traceback is printed above)'
