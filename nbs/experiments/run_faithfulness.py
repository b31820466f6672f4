"""The README's settings judged by the faithfulness protocol (hidenseek.faithfulness), joint seeker as in the original.

    python run_faithfulness.py mnist_sample   # 3 settings x 5 seeds, about 40 minutes on 2 CPU cores
    python run_faithfulness.py fashion        # 2 settings x 3 seeds, about 60 minutes

Every run is trained with `train_hns` and evaluated with `evaluate_run` (the one evaluation, the protocol
included; the evaluator is trained once per dataset, on random masks, with its own seed). Resumable: finished
runs are kept, the tables are rewritten after every run.
"""
import logging, os, sys
from pathlib import Path
from hidenseek.experiments import setting, run_experiment

HERE = Path(__file__).resolve().parent
OUT = Path(os.environ.get('HNS_RUNS', '/tmp/hns_runs_faithfulness'))
logging.basicConfig(level=logging.INFO, format='%(asctime)s %(message)s')

def mnist_sample(seeds=range(5)):
    run_experiment([setting('quick start: ST1, pretrained seeker, adaptive alpha (patience 50), 20 epochs', init='seeker',
                            stochastic=True, estimator='st1', patience=50, max_epochs=20),
                    setting('deterministic, pretrained both, adaptive alpha, 12 epochs (RQ1)'),
                    setting('ST2, pretrained both, alpha 0.3, 12 epochs, select by val FII', stochastic=True, estimator='st2',
                            alpha=0.3, select='val_fii')],
                   seeds=seeds, data='mnist_sample', out=OUT, max_epochs=12, batch_size=64, learning_rate=1e-3,
                   seeker_epochs=8, hider_epochs=2, table=HERE/'faithfulness_mnist_sample.csv',
                   histories=HERE/'faithfulness_mnist_sample_histories.json')

def fashion(seeds=range(3)):
    run_experiment([setting('deterministic, pretrained both, adaptive alpha, 6 epochs (RQ7)', max_epochs=6),
                    setting('ST2, pretrained both, alpha 0.3, 12 epochs, select by val FII', stochastic=True, estimator='st2',
                            alpha=0.3, max_epochs=12, select='val_fii')],
                   seeds=seeds, data='fashion', out=OUT, batch_size=128, learning_rate=1e-3, seeker_epochs=8, hider_epochs=1,
                   table=HERE/'faithfulness_fashion.csv', histories=HERE/'faithfulness_fashion_histories.json')

if __name__ == '__main__':
    for w in sys.argv[1:] or ['mnist_sample']: {'mnist_sample': mnist_sample, 'fashion': fashion}[w]()
