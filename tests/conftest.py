"""pytest options shared by the notebook runner and the plain tests."""
import os

os.environ.setdefault('TF_CPP_MIN_LOG_LEVEL', '2')  # keep TensorFlow's start-up chatter out of test logs


def pytest_addoption(parser):
    parser.addoption('--slow', action='store_true', default=False,
                     help='also run notebook cells flagged `#|slow` (real-data and long runs)')
    parser.addoption('--nb', action='append', default=[],
                     help='run only notebooks whose file name contains this text (repeatable)')
