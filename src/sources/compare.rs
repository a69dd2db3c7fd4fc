//! One quotation against the sources: where it most likely comes from
//! (seeded by shared trigrams) and whether the best passage is a match;
//! the word-by-word differences are `align`'s.

pub(super) use super::align::align;
use super::index::{Index, UNKNOWN};
use super::words::Word;
use crate::span::Span;

/// Candidate passages aligned in full for one quotation.
const CANDIDATES: usize = 3;

/// How a quotation part differs from its passage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum DiffKind {
    /// Words replaced by others.
    Changed,
    /// Words of the passage left out with no ellipsis.
    Dropped,
    /// Words the passage does not have.
    Added,
    /// Words said elsewhere, joined to the passage as one quotation.
    Joined,
    /// Words replaced by a bracketed insertion (`[censored]`): an allowed
    /// edit, shown at info.
    Edited,
}

/// One difference, with the article's bytes (empty where words were
/// dropped) and the source's words as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    pub kind: DiffKind,
    pub article: Span,
    /// The source's words (empty for added words).
    pub source: String,
    /// For joined words: where they were said (file, span, line).
    pub elsewhere: Option<(u32, Span, u32)>,
}

/// The source passage a quotation was matched to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    pub file: u32,
    pub span: Span,
    pub line: u32,
    /// The speaker the source gives it to, if it labels turns.
    pub speaker: Option<String>,
    /// Who reads it out, when the source has it inside quotation marks
    /// in someone's turn (someone else's words, so `speaker` is `None`).
    pub read_by: Option<String>,
}

/// A quotation's best passage and its differences from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matched {
    pub passage: Passage,
    pub differences: Vec<Difference>,
    /// The longest run of words matched in a row.
    pub run: usize,
}

/// A cluster of seeds: trigram hits whose offsets into the sources lie
/// close together, in one file.
#[derive(Debug, Clone)]
pub(super) struct Cluster {
    pub(super) lo: i64,
    pub(super) hi: i64,
    /// Distinct quotation positions seeded.
    pub(super) seeded: usize,
    pub(super) q_lo: usize,
    pub(super) q_hi: usize,
    /// The offset most hits share: where the quotation's longest verbatim
    /// stretch begins, when the cluster also holds a repeat of a phrase.
    mode: i64,
    mode_hits: usize,
    run: (i64, usize),
}

/// The ids of a quotation's words under `index`.
pub fn ids(index: &Index, q: &[Word]) -> Vec<u32> {
    q.iter().map(|w| index.id(&w.norm)).collect()
}

fn clusters(index: &Index, q: &[Word], ids: &[u32]) -> Vec<Cluster> {
    let n = q.len();
    let mut hits: Vec<(i64, usize)> = Vec::new();
    for i in 0..n.saturating_sub(2) {
        let ok = (i..i + 3).all(|k| !q[k].bracket && ids[k] != UNKNOWN)
            && !q[i + 1].gap_before
            && !q[i + 2].gap_before;
        if !ok {
            continue;
        }
        for &p in index.postings((ids[i], ids[i + 1], ids[i + 2])) {
            hits.push((i64::from(p) - i as i64, i));
        }
    }
    hits.sort_unstable();
    // Hits whose offsets differ by a few words belong to one passage
    // (a word dropped or added shifts the offset); a cluster is kept to
    // about the quotation's length, so that repeats do not chain.
    let slack = 8 + n as i64 / 2;
    let reach = 2 * n as i64 + 20;
    let mut out: Vec<Cluster> = Vec::new();
    let mut seen: Vec<usize> = Vec::new();
    let file_of = |d: i64| index.spans[d.max(0) as usize].0;
    for (d, i) in hits {
        let same = out
            .last()
            .is_some_and(|c| d - c.hi <= slack && d - c.lo <= reach && file_of(d) == file_of(c.lo));
        if !same {
            if let Some(c) = out.last_mut() {
                c.seeded = distinct(&mut seen);
            }
            out.push(Cluster {
                lo: d,
                hi: d,
                seeded: 0,
                q_lo: i,
                q_hi: i,
                mode: d,
                mode_hits: 0,
                run: (d, 0),
            });
        }
        let c = out.last_mut().expect("pushed above");
        c.run = if c.run.0 == d {
            (d, c.run.1 + 1)
        } else {
            (d, 1)
        };
        if c.run.1 > c.mode_hits {
            (c.mode, c.mode_hits) = c.run;
        }
        c.hi = d;
        c.q_lo = c.q_lo.min(i);
        c.q_hi = c.q_hi.max(i);
        seen.push(i);
    }
    if let Some(c) = out.last_mut() {
        c.seeded = distinct(&mut seen);
    }
    out.sort_by(|a, b| b.seeded.cmp(&a.seeded).then(a.lo.cmp(&b.lo)));
    out
}

impl Cluster {
    /// A cluster of one seed: quotation word `i` at source offset `d`.
    pub(super) fn single(d: i64, i: usize) -> Cluster {
        Cluster {
            lo: d,
            hi: d,
            seeded: 1,
            q_lo: i,
            q_hi: i,
            mode: d,
            mode_hits: 1,
            run: (d, 1),
        }
    }
}

fn distinct(seen: &mut Vec<usize>) -> usize {
    seen.sort_unstable();
    seen.dedup();
    let n = seen.len();
    seen.clear();
    n
}

/// The passage `q` most likely quotes, and how it differs; `None` when no
/// passage shares enough of its words. `prefer` says whether a speaker
/// label is the quotation's speaker: among passages that differ equally,
/// one said by the quotation's speaker is taken.
pub fn best(index: &Index, q: &[Word], prefer: impl Fn(Option<&str>) -> bool) -> Option<Matched> {
    // The pseudo-word of a closing ellipsis is no word to match.
    let q = match q.last() {
        Some(w) if w.norm.is_empty() => &q[..q.len() - 1],
        _ => q,
    };
    let ids = ids(index, q);
    let all = clusters(index, q, &ids);
    let mut best: Option<((usize, bool, i64), Matched)> = None;
    for c in all.iter().take(CANDIDATES).filter(|c| c.seeded >= 2) {
        let file = index.file_range(c.lo.max(0) as u32);
        let hi = (c.hi + q.len() as i64 + 3).min(i64::from(file.end));
        // From the first hit, and from where most hits agree: a phrase
        // said twice in a row ("if you were … — if you were …") would
        // otherwise be matched half at each.
        let starts = [c.lo - 3, c.mode - 3];
        for (k, &start) in starts.iter().enumerate() {
            if k == 1 && start == starts[0] {
                continue;
            }
            let lo = start.max(i64::from(file.start));
            if lo >= hi {
                continue;
            }
            let (lo, hi) = (lo as usize, hi as usize);
            let Some(m) = align(index, q, &ids, lo, &index.ids[lo..hi], &all, c) else {
                continue;
            };
            let w = weigh(q, &m.differences);
            if !found(q, &m, &w) {
                continue;
            }
            let key = (w.altered, !prefer(m.passage.speaker.as_deref()), lo as i64);
            if best.as_ref().is_none_or(|(k, _)| key < *k) {
                best = Some((key, m));
            }
        }
    }
    // Two passages joined as one quotation, each part aligned on its own.
    if let Some(m) = super::join::joined(index, q, &ids, &all) {
        let w = weigh(q, &m.differences);
        let key = (w.altered, !prefer(m.passage.speaker.as_deref()), 0);
        if found(q, &m, &w) && best.as_ref().is_none_or(|(k, _)| key < *k) {
            best = Some((key, m));
        }
    }
    best.map(|(_, m)| m)
}

/// How well a passage fits a quotation.
struct Weight {
    /// Quotation words the passage has (or that were found said
    /// elsewhere, for a join).
    matched: usize,
    /// Words of either side that differ, for ranking passages.
    altered: usize,
    /// Source words left out (not across a sentence's end).
    dropped: usize,
    /// Words of either side in changes and additions (not drops): how far
    /// the quotation's own words stray from the passage.
    strayed: usize,
}

fn weigh(q: &[Word], diffs: &[Difference]) -> Weight {
    let quoted = |d: &Difference| {
        q.iter()
            .filter(|w| d.article.contains(w.span) && !w.span.is_empty() && !w.bracket)
            .count()
    };
    let mut w = Weight {
        matched: q.iter().filter(|w| !w.bracket).count(),
        altered: 0,
        dropped: 0,
        strayed: 0,
    };
    for d in diffs.iter().filter(|d| d.kind != DiffKind::Edited) {
        let source = d.source.split_whitespace().count();
        // Words found said elsewhere are one difference, the join.
        w.altered += if d.kind == DiffKind::Joined && d.elsewhere.is_some() {
            1
        } else {
            quoted(d).max(source).max(1)
        };
        match d.kind {
            DiffKind::Added | DiffKind::Changed => {
                w.matched -= quoted(d).min(w.matched);
                w.strayed += quoted(d).max(source);
            }
            DiffKind::Joined if d.elsewhere.is_none() => w.matched -= quoted(d).min(w.matched),
            DiffKind::Dropped => w.dropped += source,
            _ => {}
        }
    }
    w
}

/// Is `m` the quotation's passage rather than words it shares by chance?
/// Most of its words must be there, four of them in a row; a short
/// quotation ("I'm a big fan of Paul") must be there whole, for its
/// words are common enough to be found nearly anywhere.
fn found(q: &[Word], m: &Matched, w: &Weight) -> bool {
    let spoken = q.iter().filter(|w| !w.bracket).count();
    let exact = w.matched == spoken && w.dropped == 0;
    // A clause dropped from a long passage leaves a short quotation; the
    // passage's length is what makes a chance match unlikely.
    m.run >= 4.min(spoken)
        && w.matched * 4 >= spoken * 3
        && w.strayed * 3 <= spoken
        && w.dropped <= w.matched
        && (spoken + w.dropped >= LONG || exact)
}

/// Quotations of at least this many words may be found with words
/// changed; shorter ones only as they stand.
pub const LONG: usize = 8;
