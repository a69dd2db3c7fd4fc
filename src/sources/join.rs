//! Two passages joined as one quotation: the words before a point are
//! found in one place, the words after it in another (ten minutes later
//! in a debate, or another day's speech). Each part is aligned with its
//! own passage, and the join itself is a difference.

use super::compare::{align, Cluster, DiffKind, Difference, Matched};
use super::index::Index;
use super::words::Word;

/// Words a part must have to count as a passage of its own.
const MIN_PART: usize = 5;

/// Trigrams each part's passage must share with it: five words in a row
/// at least, so that a common phrase ("I hate to say it") is no part.
const MIN_SEEDS: usize = 3;

/// The quotation `q` read as two passages: the best-seeded cluster for
/// one part and another cluster, seeded all along the rest, for the
/// other. `None` when no such pair is there.
pub(super) fn joined(index: &Index, q: &[Word], ids: &[u32], all: &[Cluster]) -> Option<Matched> {
    let a = all.first().filter(|c| c.seeded >= MIN_SEEDS)?;
    // The part each cluster covers: its first seeded word to the end of
    // its last seeded trigram.
    let cover = |c: &Cluster| (c.q_lo, (c.q_hi + 3).min(q.len()));
    let (a_lo, a_hi) = cover(a);
    let b = all.iter().skip(1).find(|c| {
        let (lo, hi) = cover(c);
        let disjoint = lo + 1 >= a_hi || hi <= a_lo + 1;
        // Seeded along most of its part: not a common phrase.
        disjoint && c.seeded >= MIN_SEEDS && c.seeded * 4 >= (hi - lo).saturating_sub(2) * 3
    })?;
    let (first, second) = if b.q_lo > a.q_lo { (a, b) } else { (b, a) };
    // Words between the two covers (a junction no trigram seeded) go with
    // the second part, aligned from a little before its passage.
    let split = cover(first).1.min(second.q_lo);
    if split < MIN_PART || q.len() - split < MIN_PART {
        return None;
    }
    let part = |c: &Cluster, from: usize, to: usize| -> Option<Matched> {
        let file = index.file_range(c.lo.max(0) as u32);
        let lo = (c.lo + from as i64 - 3).max(i64::from(file.start));
        let hi = (c.hi + to as i64 + 3).min(i64::from(file.end));
        if lo >= hi {
            return None;
        }
        let (lo, hi) = (lo as usize, hi as usize);
        align(
            index,
            &q[from..to],
            &ids[from..to],
            lo,
            &index.ids[lo..hi],
            &[],
            c,
        )
    };
    let one = part(first, 0, split)?;
    let two = part(second, split, q.len())?;
    let (keep, other) = if std::ptr::eq(first, a) {
        (one, two)
    } else {
        (two, one)
    };
    let (start, end) = if std::ptr::eq(first, a) {
        (split, q.len())
    } else {
        (0, split)
    };
    let p = &other.passage;
    let mut differences = keep.differences;
    differences.push(Difference {
        kind: DiffKind::Joined,
        article: q[start].span.cover(q[end - 1].span),
        source: String::new(),
        elsewhere: Some((p.file, p.span, p.line)),
    });
    differences.extend(other.differences);
    differences.sort_by_key(|d| (d.article.start, d.article.end));
    Some(Matched {
        passage: keep.passage,
        differences,
        run: keep.run.max(other.run),
    })
}
