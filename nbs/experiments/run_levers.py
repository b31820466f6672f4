"""Levers towards the targets of 17_experiments: longer training, the ST2 estimator, selection by validation FII.

    python run_levers.py mnist_sample   # 3 variants x 5 seeds, about 20 minutes on 2 CPU cores
    python run_levers.py fashion        # 1 variant x 5 seeds, about 30 minutes on 2 CPU cores
    python run_levers.py fashion_alpha  # constant alpha 0.3, 5 seeds, about 20 minutes

Resumable like run_sweeps.py: finished runs are kept, tables are rewritten after every run. The Fashion
levers reuse the pretrained seekers and hiders of run_sweeps.py (same folder, same pretraining).
"""
import logging, os, sys
from pathlib import Path
from hidenseek.experiments import variant, run_experiment

HERE = Path(__file__).resolve().parent
logging.basicConfig(level=logging.INFO, format='%(asctime)s %(message)s')

def mnist_sample():
    out = Path(os.environ.get('HNS_RUNS', '/tmp/hns_runs_levers'))
    run_experiment([variant('pretrained both, 20 epochs, select by val FII', patience=20, max_epochs=20, select='val_fii'),
                    variant('ST2, pretrained both, 20 epochs, select by val FII', stochastic=True, estimator='st2', patience=20,
                            max_epochs=20, select='val_fii'),
                    variant('ST2, pretrained both, alpha 0.3, 12 epochs, select by val FII', stochastic=True, estimator='st2', alpha=0.3,
                            max_epochs=12, select='val_fii')],
                   seeds=range(5), data='mnist_sample', output_dir=out, batch_size=64, learning_rate=1e-3, seeker_epochs=8, hider_epochs=2,
                   table=HERE/'levers_mnist_sample.csv', histories=HERE/'levers_mnist_sample_histories.json')

def _fashion(name, lever, seeds):
    "A lever on Fashion-MNIST, from the pretrained seekers and hiders of run_sweeps.py (same folder, same recipe)."
    out = Path(os.environ.get('HNS_RUNS', '/tmp/hns_runs'))
    run_experiment([lever], seeds=seeds, data='fashion', output_dir=out, batch_size=128, learning_rate=1e-3, seeker_epochs=8, hider_epochs=1,
                   table=HERE/f'{name}.csv', histories=HERE/f'{name}_histories.json')

def fashion():
    _fashion('levers_fashion', variant('ST2, pretrained both, patience 150, 12 epochs, select by val FII', stochastic=True,
                                       estimator='st2', patience=150, max_epochs=12, select='val_fii'), range(5))

def fashion_alpha():
    _fashion('levers_fashion_alpha', variant('ST2, pretrained both, alpha 0.3, 12 epochs, select by val FII', stochastic=True,
                                             estimator='st2', alpha=0.3, max_epochs=12, select='val_fii'), range(5))

if __name__ == '__main__':
    which = sys.argv[1:] or ['mnist_sample']
    for w in which: {'mnist_sample': mnist_sample, 'fashion': fashion, 'fashion_alpha': fashion_alpha}[w]()
