"""Run the research-question sweeps of 17_experiments on the real data (resumable; about 45 minutes for mnist_sample and an hour for fashion on 2 CPU cores).

    python run_sweeps.py mnist_sample   # RQ1-RQ4 on the 5,000-image MNIST sample
    python run_sweeps.py fashion        # RQ7 on Fashion-MNIST
    python run_sweeps.py cifar          # RQ5-RQ6, when the CIFAR files are on disk (else says so and skips)

Runs (weights, logs) go to $HNS_RUNS (default /tmp/hns_runs); the tables and histories this notebook
reads are written here after every run, so a stopped sweep loses at most one run and continues when rerun.
"""
import logging, os, sys
from pathlib import Path
from hidenseek.experiments import research_questions, run_experiment, data_available

HERE, OUT = Path(__file__).resolve().parent, Path(os.environ.get('HNS_RUNS', '/tmp/hns_runs'))
logging.basicConfig(level=logging.INFO, format='%(asctime)s %(message)s')
MNIST = dict(data='mnist_sample', output_dir=OUT, max_epochs=12, batch_size=64, learning_rate=1e-3, seeker_epochs=8, hider_epochs=2)
FASHION = dict(data='fashion', output_dir=OUT, max_epochs=6, batch_size=128, learning_rate=1e-3, seeker_epochs=8, hider_epochs=1)

def sweep(name, variants, seeds, **kw):
    return run_experiment(variants, seeds=seeds, table=HERE/f'{name}.csv', histories=HERE/f'{name}_histories.json', **kw)

if __name__ == '__main__':
    which = sys.argv[1] if len(sys.argv) > 1 else 'mnist_sample'
    if which == 'mnist_sample':
        rq = research_questions(patience=20)
        sweep('rq2_estimators', rq['rq2']['variants'], range(5), **MNIST)
        sweep('rq1_initialisation', rq['rq1']['variants'], range(5), **MNIST)      # includes RQ4 and RQ3's deterministic half
    elif which == 'fashion':
        rq = research_questions(patience=60)
        sweep('rq7_fashion', rq['rq7']['variants'], range(5), **FASHION)
    elif which == 'cifar':
        for q in ('rq5', 'rq6'):
            rq = research_questions(patience=100)[q]
            ok, why = data_available(rq['dataset'])
            if not ok: print(f'{q} ({rq["title"]}) skipped: {why}'); continue
            sweep(f'{q}_{rq["dataset"]}', rq['variants'], range(5), data=rq['dataset'], output_dir=OUT, max_epochs=100, batch_size=128)
    else: sys.exit(f'unknown sweep {which!r}: mnist_sample, fashion or cifar')
