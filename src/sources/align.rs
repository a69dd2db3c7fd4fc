//! One quotation aligned word by word with a candidate passage (by
//! `similar`'s Myers diff), and the diff sorted into the differences a
//! reader is shown: changed, dropped, added, joined, edited.

use super::compare::{Cluster, DiffKind, Difference, Matched, Passage};
use super::index::{Index, BOUNDARY};
use super::words::Word;
use crate::span::Span;
use similar::{capture_diff_slices, Algorithm, DiffOp};

/// Aligns `q` with source words `win` (starting at word `lo`) and sorts
/// out the differences.
pub(super) fn align(
    index: &Index,
    q: &[Word],
    ids: &[u32],
    lo: usize,
    win: &[u32],
    all: &[Cluster],
    chosen: &Cluster,
) -> Option<Matched> {
    debug_assert!(!win.contains(&BOUNDARY));
    let ops = capture_diff_slices(Algorithm::Myers, ids, win);
    // The passage runs from the first match to the last, leaving out a
    // lone word ("the") matched far from the others: that is chance.
    let equal: Vec<usize> = (0..ops.len())
        .filter(|&k| matches!(ops[k], DiffOp::Equal { .. }))
        .collect();
    let lone = |k: usize, other: usize| {
        let (a, b) = (k.min(other), k.max(other));
        let between: usize = ops[a + 1..b]
            .iter()
            .map(|o| o.old_range().len() + o.new_range().len())
            .sum();
        matches!(ops[k], DiffOp::Equal { len: 1, .. }) && between > 6
    };
    let mut f = 0;
    while f + 1 < equal.len() && lone(equal[f], equal[f + 1]) {
        f += 1;
    }
    let mut l = equal.len().checked_sub(1)?;
    while l > f && lone(equal[l], equal[l - 1]) {
        l -= 1;
    }
    let (first, last) = (equal[f], equal[l]);
    // "… budgets. And along with …" quoted from its "And": the diff may
    // match an earlier "And" and drop the words between. When the words
    // matched first come again right after the drop, the passage starts
    // there instead.
    if let (DiffOp::Equal { new_index, len, .. }, Some(DiffOp::Insert { new_len, .. })) =
        (ops[first], ops.get(first + 1))
    {
        let again = new_index + new_len;
        if first < last && win.get(again..again + len) == Some(&win[new_index..new_index + len]) {
            return align(index, q, ids, lo + again, &win[again..], all, chosen);
        }
    }
    let (from, to) = match (&ops[first], &ops[last]) {
        (
            DiffOp::Equal { new_index: a, .. },
            DiffOp::Equal {
                new_index: b, len, ..
            },
        ) => (lo + a, lo + b + len),
        _ => return None,
    };
    let source_text = |a: usize, b: usize| -> String {
        if a >= b {
            return String::new();
        }
        let (f, s) = index.span_of(a as u32, b as u32);
        s.text(&index.files[f as usize].text).to_string()
    };
    let article = |a: usize, b: usize| -> Span {
        if a >= b {
            let at = q
                .get(a)
                .map_or(q.last().map_or(0, |w| w.span.end), |w| w.span.start);
            return Span { start: at, end: at };
        }
        q[a].span.cover(q[b - 1].span)
    };
    let mut diffs = Vec::new();
    // Quotation words before the first match and after the last: the
    // passage has none of them.
    let outside = |a: usize, b: usize, diffs: &mut Vec<Difference>| {
        if (a..b).all(|k| q[k].bracket) {
            return;
        }
        let elsewhere = (b - a >= 3)
            .then(|| {
                all.iter().find(|c| {
                    // Words said elsewhere, not a few common ones: the
                    // other passage seeds most of the part's trigrams.
                    !std::ptr::eq(*c, chosen)
                        && c.seeded >= 2
                        && c.seeded * 4 >= (b - a).saturating_sub(2) * 3
                        && c.q_lo >= a
                        && c.q_hi < b
                        && index.spans[c.lo.max(0) as usize].0
                            == index.spans[chosen.lo.max(0) as usize].0
                })
            })
            .flatten()
            .map(|c| {
                let at = (c.lo + c.q_lo as i64).max(0) as u32;
                let (f, s) = index.span_of(at, at + 3);
                (f, s, index.files[f as usize].line_of(s.start))
            });
        diffs.push(Difference {
            kind: if elsewhere.is_some() {
                DiffKind::Joined
            } else {
                DiffKind::Added
            },
            article: article(a, b),
            source: String::new(),
            elsewhere,
        });
    };
    if let DiffOp::Equal { old_index, .. } = ops[first] {
        if old_index > 0 {
            outside(0, old_index, &mut diffs);
        }
    }
    for op in &ops[first..=last] {
        match *op {
            DiffOp::Equal { .. } => {}
            DiffOp::Delete {
                old_index, old_len, ..
            } => {
                if !(old_index..old_index + old_len).all(|k| q[k].bracket) {
                    diffs.push(Difference {
                        kind: DiffKind::Added,
                        article: article(old_index, old_index + old_len),
                        source: String::new(),
                        elsewhere: None,
                    });
                }
            }
            DiffOp::Insert {
                old_index,
                new_index,
                new_len,
            } => {
                // An ellipsis a word or three before the drop, when the
                // words between come again at the drop's end: the diff
                // matched them early ("White House … to make" against
                // "White House, to fix … and to make").
                let rotated = (1..=3.min(old_index)).any(|j| {
                    let end = new_index + new_len;
                    q[old_index - j].gap_before
                        && end >= j
                        && win[end - j..end] == ids[old_index - j..old_index]
                });
                if !q.get(old_index).is_some_and(|w| w.gap_before) && !rotated {
                    let (a, b) = (lo + new_index, lo + new_index + new_len);
                    let source = source_text(a, b);
                    // Words left out across a sentence's end or a change
                    // of speaker: the quotation joins what was said apart.
                    let joined = source.contains(['.', '?', '!', '\n'])
                        || index.speaker_at(a as u32) != index.speaker_at(b as u32);
                    let elsewhere = joined.then(|| {
                        let (f, s) = index.span_of(b as u32, b as u32 + 1);
                        (f, s, index.files[f as usize].line_of(s.start))
                    });
                    diffs.push(Difference {
                        kind: if joined {
                            DiffKind::Joined
                        } else {
                            DiffKind::Dropped
                        },
                        article: article(old_index, old_index),
                        source,
                        elsewhere,
                    });
                }
            }
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                let bracketed = (old_index..old_index + old_len).all(|k| q[k].bracket);
                diffs.push(Difference {
                    kind: if bracketed {
                        DiffKind::Edited
                    } else {
                        DiffKind::Changed
                    },
                    article: article(old_index, old_index + old_len),
                    source: source_text(lo + new_index, lo + new_index + new_len),
                    elsewhere: None,
                });
            }
        }
    }
    if let DiffOp::Equal { old_index, len, .. } = ops[last] {
        if old_index + len < q.len() {
            outside(old_index + len, q.len(), &mut diffs);
        }
    }
    let (file, span) = index.span_of(from as u32, to as u32);
    Some(Matched {
        passage: Passage {
            file,
            span,
            line: index.files[file as usize].line_of(span.start),
            speaker: index.speaker_at(from as u32).map(str::to_string),
            read_by: index.reader_at(from as u32).map(str::to_string),
        },
        differences: diffs,
        run: ops[first..=last]
            .iter()
            .filter_map(|o| match o {
                DiffOp::Equal { len, .. } => Some(*len),
                _ => None,
            })
            .max()
            .unwrap_or(0),
    })
}
