"""Hide-and-Seek variants judged by the faithfulness protocol (hidenseek.faithfulness): the README's original variants and the three seeker modes.

    python run_faithfulness.py mnist_sample   # 3 variants x 5 seeds, about 40 minutes on 2 CPU cores
    python run_faithfulness.py fashion        # 2 variants x 3 seeds, about 60 minutes
    python run_faithfulness.py mnist_sample_frozen   # the REAL-X recipe, 3 seeds, about 20 minutes
    python run_faithfulness.py modes          # joint, frozen and mixed seeker on mnist_sample, 5 seeds: about 90 minutes
                                              # (or modes_a and modes_b side by side, then merge: about 65 minutes)
    python run_faithfulness.py modes_unet     # the quick start's recipe (U-Net hider, shifts), frozen and joint seeker, 5 seeds: about 50 minutes
                                              # (or modes_unet_frozen and modes_unet_joint side by side, then merge_unet)
    python run_faithfulness.py figure_modes_unet   # the masks of that recipe's two modes (seed 0) on the same test images
    python run_faithfulness.py relaxed        # that recipe through the relaxed threshold (--relaxed), frozen seeker, 5 seeds: about 30 minutes
                                              # (or relaxed_a and relaxed_b side by side, then merge_relaxed; figure_relaxed draws its masks)
    python run_faithfulness.py relaxed_modes  # that recipe with a joint and a mixed seeker, seed 0 (MODE_SEEDS=5 for five)
    python run_faithfulness.py sparsity       # that recipe at alpha 0.5, 0.4, 0.3 and 0.2 (seed 0; SPARSITY_SEEDS=5 for five): how far below 4% kept the masks stay read
    python run_faithfulness.py figure_sparsity   # the evaluator's accuracy against the kept fraction: the references as curves, those runs as points
    python run_faithfulness.py figure_sparsity_masks   # the masks of those runs (seed 0) on the same test images, beside brightest and IG at alpha 0.2's counts
    python run_faithfulness.py relaxed_modes_fashion   # that recipe with a joint and a mixed seeker, seed 0 (MODE_SEEDS=5 for five): 10-20 minutes a run
    python run_faithfulness.py figure_relaxed_modes_fashion   # joint, mixed, frozen and 3 frozen seekers on Fashion-MNIST (seed FIGURE_SEED=0), same test images
    python run_faithfulness.py relaxed_fashion   # the quick start's recipe on Fashion-MNIST (preset fashion_frozen), 5 seeds: about 25 minutes a seed
                                              # (or relaxed_fashion_a and relaxed_fashion_b side by side, then merge_fashion)
    python run_faithfulness.py patterns       # that recipe on the generated patterns and patterns_trap sets (ground truth known), seed 0
    python run_faithfulness.py ensemble_seekers   # the random-mask seekers of seeds 0-6, once (ensemble_a and ensemble_b then share them)
    python run_faithfulness.py ensemble       # that recipe against the product of 3 frozen seekers (seekers=3; ENSEMBLE_K=5 for five), 5 seeds: about 45 minutes
                                              # (or ensemble_a and ensemble_b side by side, then merge_ensemble; figure_ensemble draws its masks)
    python run_faithfulness.py ensemble_fashion   # the Fashion-MNIST quick start (fashion_frozen) against 3 frozen seekers, seed 0: about 10 minutes (relaxed_fashion's seekers reused)
    python run_faithfulness.py ensemble_patterns_alpha   # patterns (alpha 0.3, 5 seeds) and patterns_trap (alpha 0.3, seed 0) against three seekers; figure_ensemble_patterns_alphas draws alpha 0.4 and 0.3
    python run_faithfulness.py ensemble_fashion_alpha   # the same at alpha FASHION_ALPHA=0.2 (seed 0): more hiding, where IG of the seekers reads less
    python run_faithfulness.py curve_fashion   # the evaluator's accuracy at fixed kept fractions on 2,000 Fashion-MNIST test images: random, brightest, IG of ensemble_fashion's seekers (~10 minutes)
    python run_faithfulness.py recheck_training   # the verdicts of the modes tables with the training check added (from the saved histories; seconds)
    python run_faithfulness.py rejudge_patterns   # those patterns runs judged again by the 200-epoch evaluator of these sets (no retraining)
    python run_faithfulness.py ensemble_patterns   # the same on patterns (alpha 0.4) and patterns_trap (alpha 0.6), seed 0 (figure_ensemble_patterns: its masks)
    python run_faithfulness.py figure_relaxed_modes   # joint, mixed, frozen and 3 frozen seekers (seed FIGURE_SEED=1) on the same test images
    python run_faithfulness.py modes_fashion  # joint and frozen on Fashion-MNIST (not run here: hours on 2 cores)
    python run_faithfulness.py figure_modes   # the masks of the three modes (seed 0) on the same test images
    python run_faithfulness.py figure         # the masks of each mnist_sample variant on the same test images

Every run is trained with `train_hns` and evaluated with `evaluate_run` (the one evaluation, the protocol
included; the evaluator is trained once per dataset, on random masks, with its own seed). Resumable: finished
runs are kept, the tables are rewritten after every run.
"""
import json, logging, os, sys
from pathlib import Path
from hidenseek.experiments import variant, run_experiment

HERE = Path(__file__).resolve().parent
OUT = Path(os.environ.get('HNS_RUNS', '/tmp/hns_runs_faithfulness'))
MODES = Path(os.environ.get('HNS_RUNS_MODES', '/tmp/hns_runs_modes'))   # hiders pretrained longer than OUT's
logging.basicConfig(level=logging.INFO, format='%(asctime)s %(message)s')

def mnist_sample(seeds=range(5)):
    run_experiment([variant('quick start: ST1, pretrained seeker, adaptive alpha (patience 50), 20 epochs', init='seeker',
                            stochastic=True, estimator='st1', patience=50, max_epochs=20),
                    variant('deterministic, pretrained both, adaptive alpha (patience 20), 12 epochs (RQ1)', patience=20),
                    variant('ST2, pretrained both, alpha 0.3, 12 epochs, select by val FII', stochastic=True, estimator='st2',
                            alpha=0.3, select='val_fii')],
                   seeds=seeds, data='mnist_sample', output_dir=OUT, max_epochs=12, batch_size=64, learning_rate=1e-3,
                   seeker_epochs=8, hider_epochs=2, table=HERE/'faithfulness_mnist_sample.csv',
                   histories=HERE/'faithfulness_mnist_sample_histories.json')

def mnist_sample_frozen(seeds=range(3)):
    "The REAL-X recipe: a seeker pretrained on random masks (its own seed, not the evaluator's), frozen while the hider learns."
    run_experiment([variant('ST2, frozen seeker (random masks), adaptive alpha (patience 50), 20 epochs, select by val FII',
                            stochastic=True, estimator='st2', patience=50, max_epochs=20, select='val_fii', seeker='frozen')],
                   seeds=seeds, data='mnist_sample', output_dir=OUT, batch_size=64, learning_rate=1e-3, seeker_epochs=8, hider_epochs=2,
                   table=HERE/'faithfulness_mnist_sample_frozen.csv', histories=HERE/'faithfulness_mnist_sample_frozen_histories.json')

MODE = dict(alpha=0.7, select='val_fii', max_epochs=60, learning_rate=3e-4)   # BDN, pretrained both; the README's quick start

def modes(seeds=range(5), part=''):
    "The three ways to train the seeker, the rest alike: joint (the original's), frozen (the preset's) and mixed; 5 seeds each."
    run_experiment([variant(f'{mode}: deterministic, pretrained both, alpha 0.7, lr 3e-4, 60 epochs, select by val FII', seeker=mode, **MODE)
                    for mode in ('joint', 'frozen', 'mixed')],
                   seeds=seeds, data='mnist_sample', output_dir=MODES, batch_size=64, learning_rate=1e-3, seeker_epochs=60, hider_epochs=10,
                   table=HERE/f'modes_mnist_sample{part}.csv', histories=HERE/f'modes_mnist_sample{part}_histories.json')

UNET = dict(model='hns_unet', init='seeker', alpha=0.8, shift=2, select='val_fii', max_epochs=60, learning_rate=3e-4)   # U-Net hider from scratch, straight-through BDN

def modes_unet(seeds=range(5), part='', which=('frozen', 'joint')):
    "The quick start's recipe (U-Net hider from scratch, shifts of up to 2 px, alpha 0.8) with a frozen and a joint seeker; 5 seeds each."
    run_experiment([variant(f'{mode}: U-Net hider, shifts of 2 px, alpha 0.8, lr 3e-4, 60 epochs, select by val FII', seeker=mode, **UNET)
                    for mode in which],
                   seeds=seeds, data='mnist_sample', output_dir=MODES, batch_size=64, learning_rate=1e-3, seeker_epochs=60, hider_epochs=10,
                   table=HERE/f'modes_unet_mnist_sample{part}.csv', histories=HERE/f'modes_unet_mnist_sample{part}_histories.json')

RELAXED = dict(UNET, relaxed=True, alpha=float(os.environ.get('RELAXED_ALPHA', 0.6)))   # the same, trained on the relaxation sigmoid(a); the presets' alpha 0.6

def relaxed(seeds=range(5), part=''):
    "The U-Net recipe through the relaxed threshold (sigmoid(a) in training; the 0/1 mask validated and measured), frozen seeker, 5 seeds."
    run_experiment([variant(f'frozen: relaxed BDN, U-Net hider, shifts of 2 px, alpha {RELAXED["alpha"]:g}, lr 3e-4, 60 epochs, select by val FII',
                            seeker='frozen', **RELAXED)],
                   seeds=seeds, data='mnist_sample', output_dir=MODES, batch_size=64, learning_rate=1e-3, seeker_epochs=60, hider_epochs=10,
                   table=HERE/f'relaxed_mnist_sample{part}.csv', histories=HERE/f'relaxed_mnist_sample{part}_histories.json')

def relaxed_modes(seeds=range(int(os.environ.get('MODE_SEEDS', 1))), which=('joint', 'mixed')):
    "The relaxed recipe with the seeker trained jointly (the original's way) and mixed (a share of every seeker batch randomly masked)."
    run_experiment([variant(f'{mode}: relaxed BDN, U-Net hider, shifts of 2 px, alpha {RELAXED["alpha"]:g}, lr 3e-4, 60 epochs, select by val FII',
                            seeker=mode, **RELAXED) for mode in which],
                   seeds=seeds, data='mnist_sample', output_dir=MODES, batch_size=64, learning_rate=1e-3, seeker_epochs=60, hider_epochs=10,
                   table=HERE/'relaxed_modes_mnist_sample.csv', histories=HERE/'relaxed_modes_mnist_sample_histories.json')

def relaxed_modes_fashion(seeds=range(int(os.environ.get('MODE_SEEDS', 1))), which=('joint', 'mixed'), part=''):
    "The Fashion-MNIST quick start's recipe (fashion_frozen: 10 epochs of 128) with a joint and a mixed seeker, beside relaxed_fashion's frozen runs."
    run_experiment([variant(f'{mode}: relaxed BDN, U-Net hider, shifts of 2 px, alpha {RELAXED["alpha"]:g}, lr 3e-4, 10 epochs, select by val FII',
                            seeker=mode, **dict(RELAXED, max_epochs=10)) for mode in which],
                   seeds=seeds, data='fashion', output_dir=MODES, batch_size=128, learning_rate=1e-3, seeker_epochs=10, hider_epochs=1,
                   table=HERE/f'relaxed_modes_fashion{part}.csv', histories=HERE/f'relaxed_modes_fashion{part}_histories.json')

def patterns(seeds=range(int(os.environ.get('PATTERN_SEEDS', 1))), sets=('patterns', 'patterns_trap'), alphas=(RELAXED['alpha'],)):
    "The relaxed recipe (frozen seeker) on the generated sets whose relevant pixels are known: TPR and FDR, and the trap's encoding check."
    for name in sets:
        run_experiment([variant(f'frozen: relaxed BDN, U-Net hider, shifts of 2 px, alpha {a:g}, lr 3e-4, 60 epochs, select by val FII',
                                seeker='frozen', **dict(RELAXED, alpha=a)) for a in alphas],
                       seeds=seeds, data=name, output_dir=MODES, batch_size=64, learning_rate=1e-3, seeker_epochs=60, hider_epochs=10,
                       table=HERE/f'relaxed_{name}.csv', histories=HERE/f'relaxed_{name}_histories.json')

def ensemble_patterns_alpha(alpha=0.3):
    "Three frozen seekers on patterns at a lower alpha (5 seeds; the random-mask seekers of seeds 0-6) and on the trap (seed 0)."
    ensemble_seekers(range(7), 'patterns')
    ensemble(range(5), 'patterns', alpha, part=f'_alpha_{alpha:g}'); ensemble((0,), 'patterns_trap', alpha, part=f'_alpha_{alpha:g}')

def rejudge_patterns():
    "The three-seeker patterns runs judged again by the evaluator these sets now get (200 epochs, PATTERN_EVALUATOR_EPOCHS): results recomputed from the saved weights, nothing retrained."
    from hidenseek.experiments import load_table
    from hidenseek.runs import run_dirs, finished
    for t, name in (('ensemble_patterns', 'patterns'), ('ensemble_patterns_trap', 'patterns_trap')):   # the single-seeker runs are not kept here
        for r in load_table(HERE/f'{t}.csv'):
            dirs = run_dirs(MODES, name, 'hns', f"{r['key']}/seed_{r['seed']}", stochastic=False, estimator='st1', rate=0.5)
            assert finished(dirs), dirs                          # only runs that exist are judged again
            (dirs['results']/'results.json').unlink(missing_ok=True)
    ensemble((0,), 'patterns', 0.4); ensemble((0,), 'patterns_trap', 0.6)

SPARSITY_ALPHAS = (0.5, 0.4, 0.3, 0.2)   # below the presets' 0.6: more hiding

def sparsity(seeds=(0,), alphas=SPARSITY_ALPHAS, part=''):
    "The relaxed recipe (frozen seeker) at lower alphas: how the evaluator's accuracy and the margins over the references change as the masks keep less."
    run_experiment([variant(f'frozen: relaxed BDN, U-Net hider, shifts of 2 px, alpha {a:g}, lr 3e-4, 60 epochs, select by val FII',
                            seeker='frozen', **dict(RELAXED, alpha=a)) for a in alphas],
                   seeds=seeds, data='mnist_sample', output_dir=MODES, batch_size=64, learning_rate=1e-3, seeker_epochs=60, hider_epochs=10,
                   table=HERE/f'sparsity_mnist_sample{part}.csv', histories=HERE/f'sparsity_mnist_sample{part}_histories.json')

def figure_sparsity(seed=0, fractions=(0.005, 0.01, 0.015, 0.02, 0.03, 0.04, 0.05, 0.1)):
    "The evaluator's accuracy against the kept fraction: brightest pixels and post-hoc saliency of seed `seed`'s frozen seeker (curves), the relaxed runs of that seed (points)."
    from hidenseek.data import DataSpec
    from hidenseek.experiments import load_table
    from hidenseek.faithfulness import kept_curve, plot_kept_curve, get_evaluator
    from hidenseek.metrics import save_figure
    from hidenseek.models import load_component, check_model
    data = DataSpec('mnist_sample')
    x, y = data.arrays('test')
    seeker = load_component(check_model('hns_small', data.input_shape).seeker(data.input_shape, data.num_classes),
                            MODES/'weights'/'mnist_sample'/'seeker'/f'seed_{seed}_random_masks'/'best.weights.h5', 'seeker')
    evaluator = get_evaluator(data, output_dir=MODES)
    curve = kept_curve(x, y, evaluator, seeker, fractions,
                       methods=('random', 'brightest', 'saliency', 'smoothgrad', 'integrated_gradients', 'gradcam', 'rise'), rise_masks=500)
    rows = [r for t in ('relaxed_mnist_sample.csv', 'sparsity_mnist_sample.csv') for r in load_table(HERE/t) if r['seed'] == seed]
    (HERE/'sparsity_mnist_sample_curve.json').write_text(json.dumps(dict(curve, reads=both_judges(data, x, y, seeker, evaluator, rows, seed)), indent=1))
    points = {f"HnS, alpha {float(r['alpha_mode']):g}": (r['kept_fraction'], r['evaluator_accuracy']) for r in sorted(rows, key=lambda r: -float(r['alpha_mode']))}
    save_figure(plot_kept_curve(curve, points, f'mnist_sample, 1,000 test digits read by the evaluator; saliency of the frozen seeker of seed {seed}', zoom=(0.9, 0.98)),
                HERE/'sparsity_mnist_sample_curve.png')

def curve_fashion(n=2000, fractions=(0.005, 0.01, 0.015, 0.02, 0.03, 0.05, 0.1)):
    "The evaluator's accuracy on the first n Fashion-MNIST test images at fixed kept fractions: random, brightest and IG of the product of the random-mask seekers of seeds 0-2 (ensemble_fashion's)."
    from hidenseek.data import DataSpec
    from hidenseek.faithfulness import kept_curve, get_evaluator
    from hidenseek.models import load_component, check_model, product_seeker
    data = DataSpec('fashion')
    x, y = (a[:n] for a in data.arrays('test'))
    seekers = [load_component(check_model('hns_small', data.input_shape).seeker(data.input_shape, data.num_classes),
                              MODES/'weights'/'fashion'/'seeker'/f'seed_{s}_random_masks'/'best.weights.h5', 'seeker') for s in (0, 1, 2)]
    curve = kept_curve(x, y, get_evaluator(data, output_dir=MODES), product_seeker(seekers), fractions, methods=('random', 'brightest', 'integrated_gradients'))
    (HERE/'sparsity_fashion_curve.json').write_text(json.dumps(dict(curve, images=n), indent=1))

def both_judges(data, x, y, seeker, evaluator, rows, seed):
    "How the runs' own frozen seeker and the evaluator read the HnS masks and IG's masks at the same per-image counts, on every test image: {alpha: {...}} (runs found under MODES)."
    from hidenseek.evaluation import _load_hns_weights
    from hidenseek.faithfulness import saliency_maps, topk_masks, kept_counts
    from hidenseek.metrics import predict_masks, predict_probs, accuracy
    from hidenseek.models import build_hns
    from hidenseek.runs import run_dirs, BEST
    from hidenseek.settings import from_record
    ig = saliency_maps(seeker, x, ('integrated_gradients',), cls=predict_probs(seeker, x).argmax(-1))['integrated_gradients']
    out = {}
    for r in rows:
        dirs = run_dirs(MODES, 'mnist_sample', 'hns', f"{r['key']}/seed_{seed}")
        if not (dirs['weights']/BEST).exists(): continue
        m = build_hns(data.input_shape, data.num_classes, from_record(json.loads((dirs['results']/'run.json').read_text())).changed(baseline=None), weights=False)
        _load_hns_weights(m, dirs['weights']/BEST)
        masks = predict_masks(m, x)[1]
        ig_masks = topk_masks(ig, kept_counts(masks))
        reads = {f'{judge}_{name}': accuracy(predict_probs(clf, x * mk), y) for judge, clf in (('seeker', seeker), ('evaluator', evaluator))
                 for name, mk in (('hns', masks), ('integrated_gradients', ig_masks))}
        out[f"{float(r['alpha_mode']):g}"] = dict(kept_fraction=float(masks.mean()), **reads)
    return out

ENSEMBLE = int(os.environ.get('ENSEMBLE_K', 3))   # how many frozen seekers

def ensemble_seekers(seeds=range(7), data='mnist_sample'):
    "The random-mask seekers the ensemble runs share (seed s uses those of s .. s+K-1), trained once, one after the other, before runs go side by side."
    from hidenseek.experiments import pretrained
    for seed in seeds: pretrained(data, seed, MODES, model='hns_unet', hider=False, seeker_epochs=60, random_seeker=True, whole_seeker=False)

def ensemble(seeds=range(5), data='mnist_sample', alpha=None, part='', K=ENSEMBLE, epochs=60, batch_size=64):
    "The relaxed recipe (frozen) against the product of K random-mask seekers (`seekers=K`: the run's own and those of the next K-1 seeds)."
    a = RELAXED['alpha'] if alpha is None else alpha
    run_experiment([variant(f'frozen, {K} seekers: relaxed BDN, U-Net hider, shifts of 2 px, alpha {a:g}, lr 3e-4, {epochs} epochs, select by val FII',
                            seeker='frozen', seekers=K, **dict(RELAXED, alpha=a, max_epochs=epochs))],
                   seeds=seeds, data=data, output_dir=MODES, batch_size=batch_size, learning_rate=1e-3, seeker_epochs=epochs, hider_epochs=10,
                   table=HERE/f'ensemble_{data}{part}.csv', histories=HERE/f'ensemble_{data}{part}_histories.json')

def ensemble_fashion(seeds=(0,), part=''):
    "The Fashion-MNIST quick start (preset fashion_frozen: 10 epochs of 128) against 3 frozen seekers; the random-mask seekers of relaxed_fashion are reused."
    ensemble(seeds, 'fashion', part=part, epochs=10, batch_size=128)

def ensemble_fashion_alpha(alpha=float(os.environ.get('FASHION_ALPHA', 0.2)), seeds=(0,)):
    "ensemble_fashion at a lower alpha (more hiding): is the margin over IG wider where IG has few pixels to rank?"
    ensemble(seeds, 'fashion', alpha, part=f'_alpha_{alpha:g}', epochs=10, batch_size=128)

def recheck_training(names=('relaxed_modes_mnist_sample', 'relaxed_modes_fashion', 'modes_unet_mnist_sample')):
    "The verdicts of finished tables with the training check added (training_warning on each run's saved history at its selected epoch); nothing retrained or measured again."
    from hidenseek.evaluation import training_warning
    from hidenseek.experiments import load_table, save_table, verdict
    from hidenseek.settings import Settings
    for name in names:
        rows, hist = load_table(HERE/f'{name}.csv'), json.loads((HERE/f'{name}_histories.json').read_text())
        for r in rows:
            h = hist.get(r['variant'], {}).get(str(r['seed']))
            if h is None: print(f"{name}: no history kept for {r['variant'].split(':')[0]}, seed {r['seed']}: not checked"); continue
            kinds = [] if r['verdict'] in ('explanation', None) else r['verdict'].split('; ')
            w = training_warning(h['epochs'], r['selected_epoch'], Settings(relaxed=bool(r.get('relaxed')), stochastic=bool(r.get('stochastic'))))
            if w and 'training and validation disagree' not in kinds: r['verdict'] = verdict(kinds + [w])
        save_table(rows, HERE/f'{name}.csv')

def relaxed_fashion(seeds=range(5), part=''):
    "The quick start's recipe on Fashion-MNIST (the preset fashion_frozen: 10 epochs of 128, seeker pretrained 10 epochs on random masks), 5 seeds."
    run_experiment([variant(f'frozen: relaxed BDN, U-Net hider, shifts of 2 px, alpha {RELAXED["alpha"]:g}, lr 3e-4, 10 epochs, select by val FII',
                            seeker='frozen', **dict(RELAXED, max_epochs=10))],
                   seeds=seeds, data='fashion', output_dir=MODES, batch_size=128, learning_rate=1e-3, seeker_epochs=10, hider_epochs=1,
                   table=HERE/f'relaxed_fashion{part}.csv', histories=HERE/f'relaxed_fashion{part}_histories.json')

def modes_fashion(seeds=range(2), part=''):
    run_experiment([variant(f'{mode}: deterministic, pretrained both, alpha 0.7, 8 epochs, select by val FII', seeker=mode,
                            **dict(MODE, max_epochs=8)) for mode in ('joint', 'frozen')],
                   seeds=seeds, data='fashion', output_dir=MODES, batch_size=128, learning_rate=1e-3, seeker_epochs=8, hider_epochs=8,
                   table=HERE/f'modes_fashion{part}.csv', histories=HERE/f'modes_fashion{part}_histories.json')

def merge(name='modes_mnist_sample', parts=('_a', '_b')):
    "One table (and one histories file) from the parts that ran side by side."
    import json
    from hidenseek.experiments import load_table, save_table
    rows = [r for p in parts if (HERE/f'{name}{p}.csv').exists() for r in load_table(HERE/f'{name}{p}.csv')]
    save_table(sorted(rows, key=lambda r: (r['variant'], r['seed'])), HERE/f'{name}.csv')
    hist = {}
    for p in parts:
        f = HERE/f'{name}{p}_histories.json'
        if f.exists(): hist.update(json.loads(f.read_text())); f.unlink()
    (HERE/f'{name}_histories.json').write_text(json.dumps(hist, indent=1))
    for p in parts: (HERE/f'{name}{p}.csv').unlink(missing_ok=True)

def fashion(seeds=range(3)):
    run_experiment([variant('deterministic, pretrained both, adaptive alpha, 6 epochs (RQ7)', max_epochs=6),
                    variant('ST2, pretrained both, alpha 0.3, 12 epochs, select by val FII', stochastic=True, estimator='st2',
                            alpha=0.3, max_epochs=12, select='val_fii')],
                   seeds=seeds, data='fashion', output_dir=OUT, batch_size=128, learning_rate=1e-3, seeker_epochs=8, hider_epochs=1,
                   table=HERE/'faithfulness_fashion.csv', histories=HERE/'faithfulness_fashion_histories.json')

def figure(name='mnist_sample', seed=0, n=8, tables=None, root=None, out=None, counts_of=-1, label=None):
    "The same test images as the masks of each variant (seed `seed`) leave them, beside brightest-pixel and IG masks at the counts of variant `counts_of`."
    import json
    import numpy as np
    from hidenseek.experiments import load_table
    from hidenseek.faithfulness import plot_reference_masks, topk_masks, kept_counts, trivial_scores, saliency_maps
    from hidenseek.metrics import predict_masks, save_figure
    from hidenseek.models import load_component, check_model
    from hidenseek.data import DataSpec
    from hidenseek.runs import run_dirs
    from hidenseek.evaluation import evaluate_run, _load_hns_weights
    from hidenseek.settings import from_record, read_baseline
    from hidenseek.models import build_hns
    tables = tables or [HERE/f'faithfulness_{name}.csv', HERE/f'faithfulness_{name}_frozen.csv']
    root = Path(root or OUT)
    rows = [r for t in tables if t.exists() for r in load_table(t) if r['seed'] == seed]
    data = DataSpec(name)
    x, y = data.arrays('test')
    pick = np.random.default_rng(0).choice(len(x), n, replace=False)
    xs, masks, records, models = x[pick], {}, [], []
    for r in rows:
        stochastic = bool(r['stochastic'])
        dirs = run_dirs(root, name, 'hns', f"{r['key']}/seed_{seed}", stochastic=stochastic, estimator=r['estimator'] or 'st1', rate=r['rate'] or 0.5)
        rec = json.loads((dirs['results']/'run.json').read_text())
        records.append(from_record(rec))
        m = build_hns(data.input_shape, data.num_classes, records[-1].changed(baseline=None), weights=False)
        _load_hns_weights(m, dirs['weights']/'epochs'/f"epoch_{int(r['selected_epoch']):03d}.weights.h5"); models.append(m)
        short = r['variant'].split(':')[0].split(', 12 epochs')[0].split(', 20 epochs')[0] + (', relaxed' if r.get('relaxed') else '')
        short = f"{short}, hidden {r['interpretability']:.3f}, evaluator {r['evaluator_accuracy']:.3f}" if len(short) < 20 else short
        masks[label(r) if label else f"{short} -- {r['verdict'] or '?'}"] = predict_masks(m, xs)[1]
    which = counts_of if isinstance(counts_of, int) else [i for i, key in enumerate(masks) if key.startswith(counts_of)][0]
    k = kept_counts(list(masks.values())[which])       # the counts of that variant's masks
    tag = 'the row above' if which in (-1, len(masks) - 1) else f'the {list(masks)[which].split(",")[0]} row'
    if records[which].extra_seekers: seeker = models[which].seeker       # several frozen seekers: the protocol explains their product
    else:                                                                # else that run's baseline seeker
        explained = read_baseline(records[which].baseline)['seeker_weights']
        seeker = load_component(check_model('hns_small', data.input_shape).seeker(data.input_shape, data.num_classes), explained, 'seeker')
    masks[f'brightest (counts of {tag})'] = topk_masks(trivial_scores(xs)['brightest'], k)
    masks['integrated gradients (same counts)'] = topk_masks(saliency_maps(seeker, xs, ('integrated_gradients',))['integrated_gradients'], k)
    save_figure(plot_reference_masks(xs, masks), out or HERE/f'faithfulness_{name}_masks.png')

if __name__ == '__main__':
    for w in sys.argv[1:] or ['mnist_sample']: {'mnist_sample': mnist_sample, 'mnist_sample_frozen': mnist_sample_frozen, 'modes': modes, 'modes_fashion': modes_fashion, 'merge': merge,
                                               'figure_modes': lambda: figure(tables=[HERE/'modes_mnist_sample.csv'], root=MODES, out=HERE/'modes_mnist_sample_masks.png', counts_of='frozen'),
                                               'modes_a': lambda: modes((0, 1, 2), '_a'), 'modes_unet': modes_unet, 'modes_unet_frozen': lambda: modes_unet(range(5), '_frozen', ('frozen',)),
                                               'modes_unet_joint': lambda: modes_unet(range(int(os.environ.get('JOINT_SEEDS', 5))), '_joint', ('joint',)),
                                               'merge_unet': lambda: merge('modes_unet_mnist_sample', ('_frozen', '_joint')),
                                               'relaxed': relaxed, 'relaxed_a': lambda: relaxed((0, 1, 2), '_a'), 'relaxed_b': lambda: relaxed((3, 4), '_b'),
                                               'merge_relaxed': lambda: merge('relaxed_mnist_sample'), 'patterns': patterns, 'relaxed_modes': relaxed_modes, 'sparsity': sparsity, 'figure_sparsity': figure_sparsity,
                                               'figure_sparsity_masks': lambda: figure(tables=[HERE/'relaxed_mnist_sample.csv', HERE/'sparsity_mnist_sample.csv'], root=MODES, out=HERE/'sparsity_mnist_sample_masks.png', counts_of=-1,
                                                                               label=lambda r: f"alpha {float(r['alpha_mode']):g}: hidden {r['interpretability']:.3f}, evaluator {r['evaluator_accuracy']:.3f}"), 'relaxed_fashion': relaxed_fashion,
                                               'relaxed_fashion_a': lambda: relaxed_fashion((0, 1, 2), '_a'), 'relaxed_fashion_b': lambda: relaxed_fashion((3, 4), '_b'), 'merge_fashion': lambda: merge('relaxed_fashion'),
                                               'figure_relaxed': lambda: figure(tables=[HERE/'modes_unet_mnist_sample.csv', HERE/'relaxed_mnist_sample.csv'], root=MODES, out=HERE/'relaxed_mnist_sample_masks.png', counts_of=-1),
                                               'figure_modes_unet': lambda: figure(tables=[HERE/'modes_unet_mnist_sample.csv'], root=MODES, out=HERE/'modes_unet_mnist_sample_masks.png', counts_of='frozen'), 'modes_b': lambda: modes((3, 4), '_b'), 'fashion': fashion, 'figure': figure,
                                               'figure_fashion': lambda: figure('fashion'),
                                               'ensemble_seekers': ensemble_seekers, 'ensemble_fashion': ensemble_fashion, 'ensemble_fashion_alpha': ensemble_fashion_alpha, 'recheck_training': recheck_training, 'curve_fashion': curve_fashion, 'rejudge_patterns': rejudge_patterns, 'ensemble_patterns_alpha': ensemble_patterns_alpha, 'relaxed_modes_fashion': relaxed_modes_fashion, 'ensemble': ensemble, 'ensemble_a': lambda: ensemble((0, 1, 2), part='_a'),
                                               'ensemble_b': lambda: ensemble((3, 4), part='_b'), 'merge_ensemble': lambda: merge('ensemble_mnist_sample'),
                                               'ensemble_patterns': lambda: (ensemble((0,), 'patterns', 0.4), ensemble((0,), 'patterns_trap', 0.6)),
                                               **{f'figure_ensemble{"_" + d if d != "mnist_sample" else ""}': (lambda d=d: figure(d, tables=[HERE/f'ensemble_{d}.csv'], root=MODES, out=HERE/f'ensemble_{d}_masks.png', counts_of=-1,
                                                  label=lambda r: f"HnS, {r['seekers']} frozen seekers: hidden {r['interpretability']:.3f}, evaluator {r['evaluator_accuracy']:.3f}")) for d in ('mnist_sample', 'patterns')},
                                               'figure_ensemble_patterns_alphas': lambda: figure('patterns', tables=[HERE/'ensemble_patterns.csv', HERE/'ensemble_patterns_alpha_0.3.csv'], root=MODES,
                                                                               out=HERE/'ensemble_patterns_masks.png', counts_of=-1,
                                                                               label=lambda r: f"3 frozen seekers, alpha {float(r['alpha_mode']):g}: hidden {r['interpretability']:.3f}, evaluator {r['evaluator_accuracy']:.3f}"),
                                               'figure_relaxed_modes_fashion': lambda: figure('fashion', tables=[HERE/'relaxed_modes_fashion.csv', HERE/'relaxed_fashion.csv', HERE/'ensemble_fashion.csv'],
                                                                               root=MODES, seed=int(os.environ.get('FIGURE_SEED', 0)), out=HERE/'relaxed_modes_fashion_masks.png', counts_of=2,
                                                                               label=lambda r: f"{r['variant'].split(':')[0]}: hidden {r['interpretability']:.3f}, evaluator {r['evaluator_accuracy']:.3f} ({r['verdict']})"),
                                               'figure_relaxed_modes': lambda: figure(tables=[HERE/'relaxed_modes_mnist_sample.csv', HERE/'relaxed_mnist_sample.csv', HERE/'ensemble_mnist_sample.csv'],
                                                                               root=MODES, seed=int(os.environ.get('FIGURE_SEED', 1)), out=HERE/'relaxed_modes_mnist_sample_masks.png', counts_of=2,
                                                                               label=lambda r: f"{r['variant'].split(':')[0]}: hidden {r['interpretability']:.3f}, evaluator {r['evaluator_accuracy']:.3f} ({r['verdict']})")}[w]()
