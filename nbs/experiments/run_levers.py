"""Levers towards the mnist_sample targets (07_experiments): longer training and selection by validation FII.

    python run_levers.py mnist_sample   # 5 seeds, about 15 minutes on 2 shared CPU cores
"""
import logging, os, sys
from pathlib import Path
from hidenseek.experiments import setting, run_experiment

HERE, OUT = Path(__file__).resolve().parent, Path(os.environ.get('HNS_RUNS', '/tmp/hns_runs_levers'))
logging.basicConfig(level=logging.INFO, format='%(asctime)s %(message)s')
def mnist_sample():
    run_experiment([setting('pretrained both, 20 epochs, select by val FII', patience=20, max_epochs=20, select='val_fii')],
                   seeds=range(5), data='mnist_sample', out=OUT, batch_size=64, learning_rate=1e-3, seeker_epochs=8, hider_epochs=2,
                   table=HERE/'levers_mnist_sample.csv', histories=HERE/'levers_mnist_sample_histories.json')

if __name__ == '__main__': {'mnist_sample': mnist_sample}[sys.argv[1] if len(sys.argv) > 1 else 'mnist_sample']()
