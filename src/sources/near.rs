//! Short quotations (under [`LONG`] words) with a word changed.
//!
//! Across all the sources, a phrase of five to seven words with one word
//! different is found by chance nearly anywhere ("we are going to win
//! this"), so a short quotation is matched only whole there. But when the
//! article credits it to someone the sources give turns to, the search
//! can keep to that person's own turns: far fewer words, and the ones a
//! reporter would have quoted. There a passage is taken as the quotation's
//! only on strict terms — one difference of a word or two, inside the
//! quotation (its first and last words as said), two words as said on
//! either side of it, and no second passage of the speaker's that differs
//! as little in other words.

use super::compare::{align, ids, Cluster, DiffKind, Matched, LONG};
use super::index::{Index, UNKNOWN};
use super::words::Word;

/// Candidate places aligned at most, the best-seeded first: a bound on
/// the cost of a quotation made of common words.
const CANDIDATES: usize = 48;

/// A pair of words whose rarer word stands in more places than this
/// ("of the") is no seed.
const MAX_PLACES: usize = 20_000;

/// Words a difference may have on either side.
const MAX_DIFF_WORDS: usize = 2;

/// Words matched as said before and after the difference, at least.
const FLANK: usize = 2;

/// The passage in the turns of the quotation's speaker (`is_speaker` says
/// whether a label names them) that the short quotation `q` alters, if
/// exactly one fits.
pub(super) fn near(
    index: &Index,
    q: &[Word],
    is_speaker: impl Fn(&str) -> bool,
) -> Option<Matched> {
    let q = match q.last() {
        Some(w) if w.norm.is_empty() => &q[..q.len() - 1],
        _ => q,
    };
    let spoken = q.iter().filter(|w| !w.bracket).count();
    if spoken >= LONG || q.len() < 3 {
        return None;
    }
    let ids = ids(index, q);
    // Seeds: pairs of the quotation's words said in a row by its speaker,
    // by the offset they put the quotation at. Pairs, not trigrams: a
    // word changed in the middle of five leaves no trigram whole.
    let mut seeds: Vec<(i64, usize)> = Vec::new();
    for i in 0..q.len() - 1 {
        let (a, b) = (ids[i], ids[i + 1]);
        let ok = !q[i].bracket && !q[i + 1].bracket && !q[i + 1].gap_before;
        if !ok || a == UNKNOWN || b == UNKNOWN {
            continue;
        }
        // From the rarer word's places, the other checked beside it.
        let (pa, pb) = (index.places(a), index.places(b));
        let (places, first) = if pa.len() <= pb.len() {
            (pa, true)
        } else {
            (pb, false)
        };
        if places.len() > MAX_PLACES {
            continue;
        }
        for &p in places {
            let start = if first { p } else { p.wrapping_sub(1) };
            let pair = index.ids.get(start as usize..start as usize + 2);
            if pair == Some(&[a, b]) && index.speaker_at(start).is_some_and(&is_speaker) {
                seeds.push((i64::from(start) - i as i64, i));
            }
        }
    }
    seeds.sort_unstable();
    // One candidate per offset, with how many trigrams put it there.
    let mut offsets: Vec<(usize, i64, usize)> = Vec::new();
    for (d, i) in seeds {
        match offsets.last_mut() {
            Some(o) if o.1 == d => o.0 += 1,
            _ => offsets.push((1, d, i)),
        }
    }
    offsets.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    // The fit with the fewest words changed, and whether another fits
    // as well.
    let mut best: Option<(usize, Matched)> = None;
    let mut tied = false;
    for &(_, d, i) in offsets.iter().take(CANDIDATES) {
        // The window stays inside the seed's turn.
        let turn = index.turn_range((d + i as i64) as u32);
        let lo = (d - 3).max(i64::from(turn.start)) as usize;
        let hi = (d + q.len() as i64 + 3).min(i64::from(turn.end)) as usize;
        if lo >= hi {
            continue;
        }
        let c = Cluster::single(d, i);
        let Some(m) = align(index, q, &ids, lo, &index.ids[lo..hi], &[], &c) else {
            continue;
        };
        let Some(size) = strict(q, &m) else {
            continue;
        };
        match &best {
            Some((s, _)) if size > *s => {}
            // The same line said twice (a stump speech's) is one fit.
            Some((s, f)) if size == *s => tied |= !same_difference(f, &m),
            _ => (best, tied) = (Some((size, m)), false),
        }
    }
    // Two passages that differ from the quotation as little, in different
    // words: either could be the one quoted, or neither.
    best.filter(|_| !tied).map(|(_, m)| m)
}

/// One difference of a word or two, with words as said on both sides;
/// its size in words (either side's).
fn strict(q: &[Word], m: &Matched) -> Option<usize> {
    let mut diffs = m.differences.iter().filter(|d| d.kind != DiffKind::Edited);
    let (Some(d), None) = (diffs.next(), diffs.next()) else {
        return None;
    };
    let quoted = |keep: &dyn Fn(&Word) -> bool| {
        q.iter()
            .filter(|w| !w.bracket && !w.span.is_empty() && keep(w))
            .count()
    };
    let inside = quoted(&|w| d.article.contains(w.span));
    let source = d.source.split_whitespace().count();
    let small = match d.kind {
        DiffKind::Changed => inside <= MAX_DIFF_WORDS && source <= MAX_DIFF_WORDS,
        DiffKind::Dropped => source <= MAX_DIFF_WORDS,
        DiffKind::Added => inside <= MAX_DIFF_WORDS,
        DiffKind::Joined | DiffKind::Edited => false,
    };
    let before = quoted(&|w| w.span.end <= d.article.start && !d.article.contains(w.span));
    let after = quoted(&|w| w.span.start >= d.article.end && !d.article.contains(w.span));
    (small && before >= FLANK && after >= FLANK).then_some(inside.max(source))
}

/// Do two passages differ from the quotation in the same way?
fn same_difference(a: &Matched, b: &Matched) -> bool {
    let key = |m: &Matched| -> Vec<(DiffKind, u32, u32, String)> {
        m.differences
            .iter()
            .map(|d| {
                (
                    d.kind,
                    d.article.start,
                    d.article.end,
                    d.source.to_lowercase(),
                )
            })
            .collect()
    };
    key(a) == key(b)
}
