//! One quotation attributed twice, by a cue before it and a cue after it:
//! `Lee said: “…,” the Herald reported.` and `he warned, “…,” Lee told the
//! paper.` The article states one statement; two attributions of the same
//! words count it twice.
//!
//! - Two speakers: the cue after the quotation frames the whole report (the
//!   reporter vouches for "the Herald reported", not for what Lee said), as
//!   with a closing "according to" (`found::fold_into_according`). The
//!   outer attribution stays, its content grown over the inner cue and
//!   source, and the inner one goes.
//! - One speaker named twice ("he", then "Lee"): a repeat; the first cue
//!   stands and the one after the quotation goes.

use super::{Attribution, AttributionKind};
use std::collections::HashMap;

/// Resolves each pair of attributions of one and the same quotation, one
/// cue before it and one after, as the module says.
pub fn resolve(text: &str, atts: &mut Vec<Attribution>) {
    // The attributions of each quoted span, in their order.
    let mut by_content: HashMap<(u32, u32), Vec<usize>> = HashMap::new();
    for (i, a) in atts.iter().enumerate() {
        if let Some(c) = quoted(a) {
            by_content.entry((c.start, c.end)).or_default().push(i);
        }
    }
    let mut gone = vec![false; atts.len()];
    for same in by_content.values().filter(|v| v.len() > 1) {
        let c = atts[same[0]].content.expect("a quoted span");
        if !closes_clause(text, c) {
            continue;
        }
        // Each cue right beside the quotation: "said: “", "“…,” the
        // Herald reported", not a fragment in the middle of a clause.
        let before = same
            .iter()
            .copied()
            .find(|&i| atts[i].cue.end <= c.start && adjoins(text, atts[i].cue.end, c.start));
        let after = same.iter().copied().find(|&i| {
            let a = &atts[i];
            let from = a.source.map_or(a.cue.start, |s| s.start.min(a.cue.start));
            a.cue.start >= c.end && from >= c.end && adjoins(text, c.end, from)
        });
        let (Some(a), Some(b)) = (before, after) else {
            continue;
        };
        if same_speaker(text, &atts[a], &atts[b]) {
            gone[b] = true;
            continue;
        }
        gone[a] = true;
        let mut grown = c.cover(atts[a].cue);
        if let Some(s) = atts[a].source {
            grown = grown.cover(s);
        }
        atts[b].content = Some(grown);
        atts[b].kind = AttributionKind::Mixed;
    }
    let mut g = gone.iter();
    atts.retain(|_| !*g.next().unwrap_or(&false));
}

/// Does the quotation close a clause of its own: a comma or a terminal
/// mark inside its closing mark or right after it ("“…,” she said"), not a
/// phrase inside the clause around it ("saying “of course” she could")?
fn closes_clause(text: &str, c: crate::span::Span) -> bool {
    let quoted = c.text(text);
    let inner = quoted
        .trim_end_matches(|ch: char| !ch.is_alphanumeric() && !matches!(ch, ',' | '.' | '!' | '?'));
    let after = text.get(c.end as usize..).unwrap_or("");
    inner.ends_with([',', '.', '!', '?']) || after.starts_with(',')
}

/// Is nothing but spaces and punctuation between bytes `from` and `to`?
fn adjoins(text: &str, from: u32, to: u32) -> bool {
    text.get(from as usize..to as usize).is_some_and(|gap| {
        gap.chars()
            .all(|c| c.is_whitespace() || matches!(c, ',' | ':' | '—' | '–' | '-'))
    })
}

/// The content of a direct quotation the article's own words attribute.
fn quoted(a: &Attribution) -> Option<crate::span::Span> {
    (a.kind == AttributionKind::Direct && !a.inferred)
        .then_some(a.content)
        .flatten()
}

/// Do both attributions name one speaker: the same resolved name, or the
/// same last word of it ("Ann Lee" and "Lee")?
fn same_speaker(text: &str, a: &Attribution, b: &Attribution) -> bool {
    let name = |x: &Attribution| {
        x.speaker.clone().or_else(|| {
            x.source
                .map(|s| s.text(text).to_string())
                .filter(|s| !s.is_empty())
        })
    };
    let (Some(x), Some(y)) = (name(a), name(b)) else {
        return false;
    };
    let last = |s: &str| {
        s.split_whitespace().last().map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
    };
    let (lx, ly) = (last(&x), last(&y));
    lx.as_ref().is_some_and(|w| !w.is_empty()) && lx == ly
}
