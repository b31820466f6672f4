"""A probe, not a library option: the relaxed recipe's hider trained against K frozen random-mask seekers at once.

    python probe_ensemble.py patterns 0.4 3 ensemble_patterns [figure.png]
    python probe_ensemble.py patterns_trap 0.6 3 ensemble_patterns_trap
    python probe_ensemble.py mnist_sample 0.6 3 ensemble_mnist_sample

Arguments: the dataset, alpha, K, the table's name (written beside this file), and optionally a figure of the masks.
Runs go under $HNS_RUNS_ENSEMBLE (default /tmp/hns_runs_ensemble_K), never beside single-seeker runs, whose folders would
be taken for finished runs of the same options. The seekers of the run of seed s are those `pretrained` makes for seeds s to s+K-1 (trained on random masks, each with
its own seed; seed s's is the run's own, as in `relaxed`; PROBE_SEEDS=0,1,2 runs three seeds); the hider is trained on the product of their probabilities, softmax(mean_k log p_k), so a
pixel pays only if every seeker reads it. This script patches `build_hns` (and the copy of the seeker that the evaluation
explains with saliency: seed 0's seeker, as in every frozen run) for its own process; the library has no option for it yet.
Everything else (the data, the protocol, its evaluator, the table) is the library's, as in `run_faithfulness.py`.
"""
import os, sys
from pathlib import Path
import keras
from keras import ops
import hidenseek.models as M, hidenseek.training as T, hidenseek.evaluation as E
from hidenseek.settings import Settings
from hidenseek.experiments import pretrained
from hidenseek.data import DataSpec
import run_faithfulness as rf

data_name, alpha, K, tag = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
out = Path(os.environ.get('HNS_RUNS_ENSEMBLE', f'/tmp/hns_runs_ensemble_{K}'))   # its own root: a run's folder name does not say how many seekers it had
data = DataSpec(data_name)
seeds = [int(v) for v in os.environ.get('PROBE_SEEDS', '0').split(',')]

def extra_seekers(seed):
    "The random-mask seekers of seeds seed+1 .. seed+K-1 (trained once): with the run's own, K seekers of K seeds."
    return [pretrained(data, s, out, model='hns_unet', hider=False, seeker_epochs=60, random_seeker=True)['random_seeker'] for s in range(seed + 1, seed + K)]
build_one = M.build_hns

def build_hns(input_shape=(28, 28, 1), num_classes=10, settings=None, weights=True, **changes):
    "`build_hns`, with the frozen seeker replaced by the product of it and the `extra` seekers."
    hns = build_one(input_shape, num_classes, settings, weights, **changes)
    s = Settings.of(settings, **changes)
    if not s.freeze_seeker: return hns
    seekers = [hns.seeker] + [M.load_component(M.check_model('hns_small', input_shape).seeker(input_shape, num_classes), p, 'seeker') for p in extra_seekers(s.seed)]
    inp = keras.Input(input_shape)
    named = [keras.Model(s.inputs[0], s.outputs[0], name=f'seeker_{k}') for k, s in enumerate(seekers)]   # one name each
    ensemble = keras.Model(inp, ops.softmax(sum(ops.log(s(inp) + 1e-7) for s in named) / len(named)), name='ensemble')
    ensemble.trainable = False
    new = M.HideAndSeek(hns.hider, ensemble, hns.threshold, hns.schedule, hns.baseline, random_share=hns.random_share, shift=hns.shift, name=hns.name)
    new(ops.zeros((1, *input_shape)))
    return new

def explained_seeker(model, seeker):
    "The baseline seeker the protocol's saliency explains: seed 0's seeker (a single `hns_small` seeker, not the product)."
    if seeker is None or isinstance(seeker, keras.Model): return seeker
    shape, n = tuple(model.seeker.input_shape[1:]), int(model.seeker.output_shape[-1])
    return M.load_component(M.check_model('hns_small', shape).seeker(shape, n), seeker, 'baseline seeker')

M.build_hns = T.build_hns = E.build_hns = build_hns
E._baseline_seeker = explained_seeker
name = f'frozen, product of {K} seekers: relaxed BDN, U-Net hider, shifts of 2 px, alpha {alpha:g}, lr 3e-4, 60 epochs, select by val FII'
rf.run_experiment([rf.variant(name, seeker='frozen', **dict(rf.RELAXED, alpha=alpha))], seeds=seeds, data=data_name, output_dir=out,
                  batch_size=64, learning_rate=1e-3, seeker_epochs=60, hider_epochs=10,
                  table=rf.HERE/f'{tag}.csv', histories=rf.HERE/f'{tag}_histories.json')
if len(sys.argv) > 5:
    rf.figure(name=data_name, tables=[rf.HERE/f'{tag}.csv'], root=out, out=Path(sys.argv[5]), counts_of=-1,
              label=lambda r: f"HnS, {K} frozen seekers: hidden {r['interpretability']:.3f}, evaluator {r['evaluator_accuracy']:.3f}")
