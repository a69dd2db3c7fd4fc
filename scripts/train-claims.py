#!/usr/bin/env python3
"""Trains the claims model of `claims.unattributed` on the shared claim labels.

Usage (from the project root, after `cargo build --release`; needs ../shared):

    python3 scripts/train-claims.py              # writes rules/claims/en.model.yaml
    python3 scripts/train-claims.py --cv         # only cross-validates on train

The sentences are those `ascribe model --claims FILE` lists for each labelled
train article, with the features the rule computes for them; a sentence's
label is its unit's `claim` in ../shared/corpus/claims/train.jsonl (units
whose only source is vague are left out, as the score leaves them out).
Precision and recall are of the rule's decision, scored as claims_score.py
scores it: a claim with no attribution in its paragraph. The model is a
logistic regression with an L2 penalty, fitted by full-batch gradient
descent from zero: the same data gives the same weights, byte for byte.
Its words are those of at least --min-articles training articles, so that
no word stands for one article's story. Only train is read; dev is for
checking, never for fitting; `--cv` measures how well the model carries to
articles it was not fitted on (`--folds` of whole articles, 4 by default).

It also fits on the findings the rule writers judged by hand on 100
more train articles (scripts/claims-judged; `--no-judged` leaves them
out), each counted `--judged-weight` shared sentences: a sentence holding a
finding judged real is a claim, one judged no claim (background, framing,
scene …) is not; those judged attributed, and every sentence with no
judged finding, are left out. They are only ever on the training side:
`--cv` holds out folds of the shared labels alone, and
`--judged-cv` adds a table of the judged sentences held out by article.

Standard library only.
"""
import argparse
import json
import math
import os
import random
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus"))


def model_sentences(bin_path, doc):
    """The candidate sentences of a PolNeAR train article, as `ascribe model
    --claims` prints them (one JSON object each: start, end, features, ...)."""
    path = os.path.join(SHARED, "polnear", "train", "text", doc + ".txt")
    r = subprocess.run([bin_path, "model", "--claims", path], capture_output=True, text=True, check=True)
    return [json.loads(line) for line in r.stdout.splitlines()]


def load_units(split):
    return [json.loads(l) for l in open(os.path.join(SHARED, "claims", split + ".jsonl"), encoding="utf-8")]


def unseen_positives(units, data):
    """The gold positives (see `gold`) that hold no candidate sentence: the
    rule never reports them (a unit the rule takes for a question, a
    heading ...), whatever the model, so they are misses, as
    claims_score.py counts them.

    >>> units = [{"doc": "a", "sid": 1, "claim": 1, "attr_paragraph": 0, "vague_source": False},
    ...          {"doc": "a", "sid": 2, "claim": 1, "attr_paragraph": 0, "vague_source": False},
    ...          {"doc": "a", "sid": 3, "claim": 1, "attr_paragraph": 0, "vague_source": True},
    ...          {"doc": "a", "sid": 4, "claim": 0, "attr_paragraph": 0, "vague_source": False}]
    >>> unseen_positives(units, [("a", [], {"doc": "a", "sid": 1})])
    1
    """
    seen = {(u["doc"], u["sid"]) for _, _, u in data}
    return sum(1 for u in units if gold(u) and not u["vague_source"] and (u["doc"], u["sid"]) not in seen)


def sentences(bin_path, split):
    """(doc, features, unit) for every candidate sentence of the split."""
    units = load_units(split)
    by_doc = {}
    for u in units:
        by_doc.setdefault(u["doc"], []).append(u)
    out = []
    for doc in sorted(by_doc):
        for s in model_sentences(bin_path, doc):
            unit = next((u for u in by_doc[doc] if u["start"] <= s["start"] < u["end"]), None)
            if unit is None or unit["vague_source"]:
                continue
            # Whether its strongest signal ranks as warning: the rule reports
            # it whatever the score.
            out.append((doc, s["features"], dict(unit, strong=s["strong"])))
    return out


JUDGED = os.path.join(ROOT, "scripts", "claims-judged")
# The judged classes that say a sentence is no claim at all; "source the
# paragraph names" (a claim the rule did not see attributed) is about
# coverage, which the model does not score, so such a sentence is left out.
NOT_A_CLAIM = {"background/public record", "writer's framing", "scene", "narration",
               "schedule", "heading/furniture", "quotation", "other"}


def judged_label(verdicts, start, end):
    """The claim label of the sentence [start, end) from the judged
    findings (start byte, verdict, class) of its article: 1 if one in it is
    real, else 0 if one is no claim, else None (none in it, or only ones
    judged attributed, which says nothing of claim-ness).

    >>> found = [(10, "real", "-"), (40, "false-alarm", "scene"),
    ...          (70, "false-alarm", "source the paragraph names"),
    ...          (75, "false-alarm", "narration"), (95, "false-alarm", "a new class")]
    >>> [judged_label(found, a, b) for a, b in [(0, 30), (30, 60), (60, 72), (60, 80), (90, 99)]]
    [1, 0, None, 0, None]
    >>> judged_label(found, 0, 10), judged_label(found, 10, 11), judged_label(found + [(12, "false-alarm", "scene")], 0, 30)
    (None, 1, 1)
    """
    here = [(v, k) for b, v, k in verdicts if start <= b < end]
    if any(v == "real" for v, _ in here):
        return 1
    if any(v == "false-alarm" and k in NOT_A_CLAIM for v, k in here):
        return 0
    return None


def judged_sentences(bin_path):
    """(doc, features, unit) for every candidate sentence holding a judged
    finding of scripts/claims-judged (see its README): claim 1 when a
    finding in it was real, else 0 when one was judged no claim; the other
    candidate sentences of those articles are not labelled and left out."""
    verdicts = {}
    for name in sorted(os.listdir(JUDGED)):
        if not (name.startswith("round-") and name.endswith(".tsv")):
            continue
        with open(os.path.join(JUDGED, name), encoding="utf-8") as f:
            next(f)
            for line in f:
                doc, start, verdict, kind = line.rstrip("\n").split("\t")[:4]
                verdicts.setdefault(doc, []).append((int(start), verdict, kind))
    out = []
    for doc in sorted(verdicts):
        for s in model_sentences(bin_path, doc):
            y = judged_label(verdicts[doc], s["start"], s["end"])
            if y is None:
                continue
            out.append((doc, s["features"], {"doc": doc, "start": s["start"], "claim": y,
                                             "strong": s["strong"], "judged": True,
                                             "shipped": s["claim"]}))
    return out


def gold(unit):
    """A claim with no attribution in its paragraph."""
    return int(unit["claim"] == 1 and unit["attr_paragraph"] == 0)


class ClaimModel:
    """How likely a sentence is a claim at all (whether a source covers it
    is the rule's own judgement, by its attribution scope)."""

    def __init__(self, data, args):
        claims = [(d, f, u["claim"]) for d, f, u in data]
        weights = [args.judged_weight if u.get("judged") else 1.0 for _, _, u in data]
        vocab = vocabulary(claims, args.min_count, args.min_articles)
        self.claim = fit(claims, vocab, args.l2, args.rounds, args.rate, weights)

    def score(self, feats):
        return score(*self.claim, feats)


def fit(data, vocab, l2, rounds, rate, weights):
    """Weights (name -> float) and bias by full-batch gradient descent, each
    sentence's loss counted `weights[i]` times."""
    index = {name: i for i, name in enumerate(vocab)}
    rows = [([index[f] for f in feats if f in index], y, c) for (_, feats, y), c in zip(data, weights)]
    w = [0.0] * len(vocab)
    b = 0.0
    n = sum(weights)
    # Adagrad: a step per feature scaled by its past gradients, so that rare
    # and common features both settle within the rounds given.
    gw = [1e-8] * len(vocab)
    gb = 1e-8
    for _ in range(rounds):
        grad = [0.0] * len(vocab)
        gbias = 0.0
        for idx, y, c in rows:
            z = b + sum(w[i] for i in idx)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - y) * c
            gbias += g
            for i in idx:
                grad[i] += g
        for i in range(len(vocab)):
            gi = grad[i] / n + l2 * w[i]
            gw[i] += gi * gi
            w[i] -= rate * gi / math.sqrt(gw[i])
        gbias /= n
        gb += gbias * gbias
        b -= rate * gbias / math.sqrt(gb)
    return {vocab[i]: w[i] for i in range(len(vocab))}, b


def score(weights, bias, feats):
    z = bias + sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def vocabulary(data, min_count, min_articles):
    """Every fixed and signal feature, and the words seen in at least
    `min_count` training sentences of at least `min_articles` articles."""
    count = {}
    articles = {}
    for doc, feats, _ in data:
        for f in set(feats):
            count[f] = count.get(f, 0) + 1
            articles.setdefault(f, set()).add(doc)
    return sorted(f for f, c in count.items()
                  if not f.startswith("w:") or (c >= min_count and len(articles[f]) >= min_articles))


COVERED = {"cov:sentence", "cov:says", "cov:content", "cov:between", "cov:evidence"}
# A closing attribution that does not cover the paragraph (src/claims/scope.rs).
NOT_CLOSING = {"cov:closing-contrast", "cov:closing-other", "cov:closing-quotation"}


def reported(feats, unit, score, threshold, signal_threshold):
    """The rule's decision (src/rules/claims_unattributed.rs), under scope
    paragraph: no attribution in scope covers the sentence, and it holds a
    signal ranked warning (a figure, record, charge), or the model scores
    it a claim from `signal_threshold` up when it holds a weaker claim
    signal, from `threshold` up when it holds none."""
    f = set(feats)
    covered = bool(f & COVERED) or ("cov:closing" in f and not f & NOT_CLOSING)
    # A claim in the writer's own words beside the sentence's source
    # (src/claims/writer.rs): only a neighbour's content covers it.
    if "cov:writer" in f:
        covered = "cov:content" in f
    if covered:
        return False
    if unit["strong"]:
        return True
    signal = any(x.startswith("sig:") for x in f)
    return score >= (signal_threshold if signal else threshold)


def prf(data, model, threshold, signal_threshold, unseen=0):
    tp = fp = 0
    fn = unseen
    for _, feats, unit in data:
        y = gold(unit)
        p = reported(feats, unit, model.score(feats), threshold, signal_threshold)
        tp += p and y
        fp += p and not y
        fn += (not p) and y
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return prec, rec


def decided_by(feats, unit):
    """What makes the rule report a sentence it reports: "strong" (a signal
    ranked warning, whatever the score), "signal" (a weaker signal, from
    --signal-threshold up) or "none" (no signal: the model alone, from
    --threshold up, a finding of kind "claim").

    >>> decided_by(["sig:figure", "w:the"], {"strong": True})
    'strong'
    >>> decided_by(["sig:intent"], {"strong": False}), decided_by(["w:plan", "len:6-12"], {"strong": False})
    ('signal', 'none')
    """
    if unit["strong"]:
        return "strong"
    return "signal" if any(f.startswith("sig:") for f in feats) else "none"


KINDS = ("strong", "signal", "none")


def fold_sets(docs, folds, repeat):
    """The held-out article sets of one repetition: repetition 0 deals the
    articles in name order, as before; repetition r > 0 deals them after a
    shuffle seeded with r, so that the spread over repetitions shows how
    much of a difference is the luck of the folds.

    >>> [sorted(s) for s in fold_sets(["a", "b", "c", "d", "e"], 2, 0)]
    [['a', 'c', 'e'], ['b', 'd']]
    >>> sorted(len(s) for s in fold_sets(list("abcdefg"), 3, 1))
    [2, 2, 3]
    >>> fold_sets(list("abcdefg"), 3, 1) == fold_sets(list("abcdefg"), 3, 1)
    True
    """
    order = list(docs)
    if repeat:
        random.Random(repeat).shuffle(order)
    return [set(order[k::folds]) for k in range(folds)]


def ratio(a, b):
    return 100 * a / b if b else 0.0


def cross_validate(data, extra, args, folds=4, unseen=0):
    """Folds of the shared labels' articles only: the judged sentences
    (`extra`, from articles outside the shared labels) are always on the
    training side, so the figures compare with those of the shared labels
    alone. Everything fitted (the vocabulary of words, the weights) is
    fitted inside each fold on its training side only. The `unseen`
    positives, in no candidate sentence, count as misses."""
    docs = sorted({d for d, _, _ in data})
    print(f"{len(docs)} articles, {len(data)} sentences, {sum(gold(u) for _, _, u in data)} positive, "
          f"and {unseen} positive units in no candidate sentence (always missed)")
    if extra:
        shared = {d for d, _, _ in extra} & set(docs)
        print(f"  and, always trained on, {len(extra)} judged sentences of {len({d for d, _, _ in extra})} "
              f"articles ({sum(u['claim'] for _, _, u in extra)} claims; {len(shared)} of those articles "
              "among the shared ones)")
    # (signal threshold, threshold) -> decided_by -> [true, false, missed]:
    # a missed positive counts under what would have decided it.
    results = {}
    # Per repetition, at the chosen thresholds: [true, false, missed].
    runs = []
    # Per warning level: (right, reported) among the findings that level
    # would make warnings, at the chosen threshold.
    warnings = {w: [0, 0] for w in WARNINGS}
    # The decisions at the chosen thresholds, for --show.
    alarms, misses = [], []
    for rep in range(args.repeats):
        run = [0, 0, unseen]
        for held in fold_sets(docs, folds, rep):
            model = ClaimModel([x for x in data if x[0] not in held] + extra, args)
            test = [(feats, unit, model.score(feats)) for d, feats, unit in data if d in held]
            for feats, unit, sc in test:
                said = reported(feats, unit, sc, args.threshold, args.signal_threshold)
                y = gold(unit)
                run[0] += said and y
                run[1] += said and not y
                run[2] += y and not said
                if rep:
                    continue
                if said and not y:
                    alarms.append((unit, sc, feats))
                elif y and not said:
                    misses.append((unit, sc, feats))
                if said:
                    for w in WARNINGS:
                        if sc >= w:
                            warnings[w][0] += y
                            warnings[w][1] += 1
            for ts in SIGNAL_THRESHOLDS:
                for t in THRESHOLDS:
                    cell = results.setdefault((ts, t), {k: [0, 0, 0] for k in KINDS})
                    for feats, unit, sc in test:
                        y = gold(unit)
                        p = reported(feats, unit, sc, t, ts)
                        a = cell[decided_by(feats, unit)]
                        a[0] += p and y
                        a[1] += p and not y
                        a[2] += (not p) and y
        runs.append(run)
    reps = f", {args.repeats} repetitions pooled" if args.repeats > 1 else ""
    print(f"precision/recall cross-validated ({folds} folds by article{reps}); rows: signal threshold, "
          "columns: threshold")
    print("         " + "".join(f"{t:>12g}" for t in THRESHOLDS))

    def total(cell):
        tp, fp, fn = [sum(cell[k][i] for k in KINDS) for i in range(3)]
        return tp, fp, fn + unseen * args.repeats

    for ts in SIGNAL_THRESHOLDS:
        cells = []
        for t in THRESHOLDS:
            tp, fp, fn = total(results[(ts, t)])
            cells.append(f"{ratio(tp, tp + fp):5.1f}/{ratio(tp, tp + fn):5.1f}")
        print(f"  {ts:5.2f}: " + " ".join(f"{c:>11}" for c in cells))
    chosen = results.get((args.signal_threshold, args.threshold))
    if chosen:
        tp, fp, fn = total(chosen)
        print(f"  at --signal-threshold {args.signal_threshold} --threshold {args.threshold}: "
              f"precision {ratio(tp, tp + fp):.1f}%, recall {ratio(tp, tp + fn):.1f}%, F1 "
              f"{ratio(2 * tp, 2 * tp + fp + fn):.1f}%")
        if len(runs) > 1:
            ps = [ratio(a, a + b) for a, b, _ in runs]
            rs = [ratio(a, a + c) for a, _, c in runs]
            print(f"  over the {len(runs)} repetitions: precision {min(ps):.1f} to {max(ps):.1f}, "
                  f"recall {min(rs):.1f} to {max(rs):.1f}")
        print("  by what decides (true/false reported, positives missed; precision, share of all positives):")
        positives = tp + fn
        for k in KINDS:
            a, b, c = chosen[k]
            print(f"    {k:>6}: {a}/{b}, {c} missed; precision {ratio(a, a + b):.1f}%, "
                  f"{ratio(a, positives):.1f}% of the positives found this way")
        print(f"    no candidate sentence: {unseen * args.repeats} missed")
    # The findings of kind "claim" (no signal) at each threshold, the
    # signal threshold as chosen: the model alone decides them.
    print(f"signal-less findings at --signal-threshold {args.signal_threshold}: threshold, true/false "
          "reported, precision, signal-less positives missed, recall and precision of all findings")
    for t in THRESHOLDS:
        cell = results.get((args.signal_threshold, t))
        if not cell:
            continue
        a, b, c = cell["none"]
        tp, fp, fn = total(cell)
        print(f"  {t:5.3f}: {a:4d}/{b:<4d} {ratio(a, a + b):5.1f}%  {c:4d} missed  all "
              f"{ratio(tp, tp + fp):5.1f}/{ratio(tp, tp + fn):5.1f}")
    if args.show:
        # Read these to sort the errors into classes (the guideline's own
        # terms); held-out decisions, so they show what carries over.
        for title, rows in (("false alarms", alarms), ("misses", misses)):
            print(f"{title} (cross-validated, {len(rows)}):")
            for unit, sc, feats in sorted(rows, key=lambda r: (r[0]["doc"], r[0]["sid"]))[: args.show]:
                kind = "attributed claim" if unit["claim"] else "not a claim"
                if gold(unit):
                    kind = unit["signal"]
                sig = " ".join(f for f in feats if f.startswith(("sig:", "cov:")))
                strong = " strong" if unit["strong"] else ""
                print(f"  {unit['doc'][:40]} S{unit['sid']} ({kind}) {sc:.2f}{strong} [{sig}] {unit['text'][:150]}")
    positives = sum(gold(u) for _, _, u in data) + unseen
    for w in WARNINGS:
        right, n = warnings[w]
        print(f"  warning from {w:.2f} (threshold {args.threshold}): {n} warnings, "
              f"precision {ratio(right, n):.1f}%, {ratio(right, positives):.1f}% of the positives")


def judged_cv(data, extra, args, folds=4):
    """How the thresholds sort the judged sentences themselves (the rule's
    own findings, so mostly signal sentences), each fold of judged articles
    scored by a model fitted on the shared labels and the other folds."""
    docs = sorted({d for d, _, _ in extra})
    counts = {}
    for k in range(folds):
        held = set(docs[k::folds])
        model = ClaimModel(data + [x for x in extra if x[0] not in held], args)
        for _, feats, unit in (x for x in extra if x[0] in held):
            sc = model.score(feats)
            for ts in SIGNAL_THRESHOLDS:
                for t in THRESHOLDS:
                    a = counts.setdefault((ts, t), [0, 0, 0, 0])
                    said = reported(feats, unit, sc, t, ts)
                    a[(0 if unit["claim"] else 2) + (0 if said else 1)] += 1
    # The model the binary ships never saw them: its decisions, for comparison.
    a = [0, 0, 0, 0]
    for _, feats, unit in extra:
        said = reported(feats, unit, unit["shipped"], args.threshold, args.signal_threshold)
        a[(0 if unit["claim"] else 2) + (0 if said else 1)] += 1
    print(f"judged sentences by the binary's own model at --signal-threshold {args.signal_threshold} "
          f"--threshold {args.threshold}: claims kept/dropped {a[0]}/{a[1]}, no claims {a[2]}/{a[3]}")
    alone = ClaimModel(data, args)
    a = [0, 0, 0, 0]
    for _, feats, unit in extra:
        said = reported(feats, unit, alone.score(feats), args.threshold, args.signal_threshold)
        a[(0 if unit["claim"] else 2) + (0 if said else 1)] += 1
    print(f"  by one fitted on the shared labels alone: claims {a[0]}/{a[1]}, no claims {a[2]}/{a[3]}")
    print(f"judged sentences cross-validated ({folds} folds of {len(docs)} judged articles): "
          "claims kept/dropped, no claims kept/dropped")
    print("         " + "".join(f"{t:>20g}" for t in THRESHOLDS))
    for ts in SIGNAL_THRESHOLDS:
        print(f"  {ts:5.2f}: " + " ".join(f"{'%d/%d %d/%d' % tuple(counts[(ts, t)]):>19}" for t in THRESHOLDS))


WARNINGS = [0.7, 0.75, 0.8, 0.85, 0.9]
THRESHOLDS = [0.5, 0.55, 0.6, 0.65, 0.675, 0.7, 0.75, 0.8]
SIGNAL_THRESHOLDS = [0.0, 0.5, 0.55, 0.6, 0.65, 0.7]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "ascribe"))
    ap.add_argument("--out", default=os.path.join(ROOT, "rules", "claims", "en.model.yaml"))
    ap.add_argument("--min-count", type=int, default=4, help="training sentences a word must be in")
    # --min-articles, --l2, --judged-weight and --threshold were chosen
    # together by `--cv --repeats 10` (the same ten deals of the folds for
    # every setting), over judged weights 0, 0.25, 0.5 and 1, L2 0.001 to
    # 0.1 and 5 to 25 articles: 20 articles, L2 0.003 and weight 0.25 give
    # the lowest held-out log loss on the sentences with no signal (0.433
    # against 0.466 before; lower in each of the ten deals) and the best
    # F1. L2 0.001 ties it, so the stronger penalty is kept. See the README.
    ap.add_argument("--min-articles", type=int, default=20, help="training articles a word must be in")
    ap.add_argument("--l2", type=float, default=0.003)
    ap.add_argument("--rounds", type=int, default=400)
    ap.add_argument("--rate", type=float, default=0.3)
    # Cross-validated F1 peaks at 0.6 (87.7) and is within half a point
    # up to 0.65 (87.5); the highest of those is kept, as the findings the
    # model alone decides are the least precise (83% at 0.65).
    ap.add_argument("--threshold", type=float, default=0.65, help="score from which a sentence with no claim signal is reported")
    # 0: every sentence with a claim signal is reported. Cross-validation
    # favours 0.6 (precision 82.8%, recall 74.1% against 81.7% and 77.4%),
    # but the model scores a short lone sentence low, and "The two nations
    # aim to reduce their reliance on the dollar." is a claim however short.
    ap.add_argument("--signal-threshold", type=float, default=0.0,
                    help="score from which a sentence with a weaker claim signal is reported")
    # The judged sentences narrow the scores: from 0.8 the warnings are as
    # many as from 0.85 before (cross-validated, about half the positives).
    ap.add_argument("--warning", type=float, default=0.8, help="score from which a finding is a warning")
    # The judged sentences (the rule's own findings on 81 more articles)
    # lower the held-out log loss of the shared labels (L2 0.003, the best
    # --min-articles each, 4 deals: 0.433 at weight 0.25 against 0.450 at
    # 0); at 0.5 and 1 they pull the model toward their writers' reading
    # and it rises again (0.441, 0.455).
    ap.add_argument("--judged", action=argparse.BooleanOptionalAction, default=True,
                    help="also fit on the judged findings of scripts/claims-judged")
    ap.add_argument("--judged-weight", type=float, default=0.25,
                    help="how many shared sentences one judged sentence counts as")
    ap.add_argument("--judged-cv", action="store_true",
                    help="with --cv --judged: also hold out folds of the judged articles")
    ap.add_argument("--cv", action="store_true", help="cross-validate on train and write nothing")
    ap.add_argument("--folds", type=int, default=4, help="with --cv: folds of whole articles")
    ap.add_argument("--repeats", type=int, default=1,
                    help="with --cv: repetitions, the first in name order, the others shuffled, pooled")
    ap.add_argument("--show", type=int, default=0, help="with --cv: print this many held-out false alarms and misses")
    args = ap.parse_args()
    if not os.path.isdir(SHARED):
        sys.exit(f"{SHARED} is absent: the labels live in ../shared")
    data = sentences(args.bin, "train")
    unseen = unseen_positives(load_units("train"), data)
    extra = judged_sentences(args.bin) if args.judged else []
    if args.cv:
        cross_validate(data, extra, args, args.folds, unseen)
        if extra and args.judged_cv:
            judged_cv(data, extra, args, args.folds)
        return
    model = ClaimModel(data + extra, args)
    p, r = prf(data, model, args.threshold, args.signal_threshold, unseen)

    def section(name, weights, bias):
        lines = [f"{name}:\n", f"  bias: {bias:.4f}\n", "  weights:\n"]
        for k in sorted(weights):
            w = weights[k]
            if abs(w) >= 0.005 or not k.startswith("w:"):
                lines.append(f"    {json.dumps(k, ensure_ascii=False)}: {w:.4f}\n")
        return "".join(lines)

    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# The claims model of claims.unattributed for English: a logistic\n")
        f.write("# regression over the features src/claims/features.rs computes for a\n")
        f.write("# sentence, saying how likely it makes a claim (“says who?”). The rule\n")
        f.write("# reports a sentence no attribution in scope covers when it holds a\n")
        f.write("# signal ranked warning (figure, record, charge), or scores from\n")
        f.write("# `signal_threshold` up and holds another signal, or from `threshold` up;\n")
        f.write("# from `warning` up, as a warning.\n")
        f.write("# Written by scripts/train-claims.py from the shared claim labels' train\n")
        f.write(f"# split ({len(data)} sentences of {len({d for d, _, _ in data})} articles); do not edit by hand, train\n")
        f.write("# again. Settings: "
                f"--min-count {args.min_count} --min-articles {args.min_articles} --l2 {args.l2} "
                f"--rounds {args.rounds} --rate {args.rate}.\n")
        if extra:
            f.write(f"# With {len(extra)} sentences holding findings judged by hand on "
                    f"{len({d for d, _, _ in extra})} more train\n# articles (scripts/claims-judged), "
                    f"each counted {args.judged_weight}.\n")
        f.write(f"# On its own training sentences: precision {100 * p:.1f}%, recall {100 * r:.1f}%.\n")
        f.write(f"threshold: {args.threshold}\n")
        f.write(f"signal_threshold: {args.signal_threshold}\n")
        f.write(f"warning: {args.warning}\n")
        f.write(section("claim", *model.claim))
    print(f"wrote {args.out}; on train: precision {100 * p:.1f}%, recall {100 * r:.1f}%")


if __name__ == "__main__":
    main()
