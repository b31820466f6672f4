"""pytest options shared by the notebook runner and the plain tests, and the summary of skipped checks."""
import os

os.environ.setdefault('TF_CPP_MIN_LOG_LEVEL', '2')  # keep TensorFlow's start-up chatter out of test logs


def pytest_addoption(parser):
    parser.addoption('--slow', action='store_true', default=False,
                     help='also run notebook cells flagged `#|slow` (real-data and long runs)')
    parser.addoption('--nb', action='append', default=[],
                     help='run only notebooks whose file name contains this text (repeatable)')


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    "List the checks the notebooks skipped (their `TEST SKIPPED:` lines), and the slow cells not run."
    skips = getattr(config, 'hns_skips', [])
    if skips:
        terminalreporter.section('checks skipped inside notebooks', sep='=', yellow=True, bold=True)
        for nb, why in skips: terminalreporter.line(f'SKIPPED {nb}: {why}', yellow=True)
        terminalreporter.line('(with CI=true these fail the notebook\'s test)')
    if not config.getoption('--slow'):
        terminalreporter.line('cells flagged #|slow (real data, long runs) were not run: add --slow to run them')
