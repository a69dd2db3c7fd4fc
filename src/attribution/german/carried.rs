//! Speech carried on with no cue of its own: whether a subjunctive
//! sentence continues the report before it, and the attribution it gets.

use super::Carried;
use crate::attribution::found::Found;
use crate::attribution::grammar::Cue as GCue;
use crate::attribution::AttributionKind;
use crate::model::Document;
use crate::span::Span;

/// Whether a carried subjunctive sentence `si` goes on the carried report
/// `g` of the sentence right before it, in the same paragraph: the last
/// attribution found, so the run is read in one pass.
pub(super) fn run_on(
    doc: &Document<'_>,
    found: &[Found],
    carried: &[Option<Carried>],
    g: usize,
    si: usize,
) -> bool {
    let f = &found[g];
    g + 1 == found.len()
        && carried[g].is_some()
        && f.kind == AttributionKind::Indirect
        && f.content.is_some()
        && f.last_sentence + 1 == si
        && doc.sentences[f.last_sentence].block == doc.sentences[si].block
}

/// An attribution carried from `from`: its source, a cue of its own.
pub(super) fn carry(
    from: &Found,
    kind: AttributionKind,
    cue: GCue,
    content: Option<Span>,
    si: usize,
) -> Found {
    Found {
        kind,
        cue,
        source: from.source.clone(),
        content,
        sentence: si,
        last_sentence: si,
    }
}
