//! Cues of several words that report a clause: "pointed out that …",
//! "made (it) clear that …". The first word alone is no cue ("pointed at
//! the map", "made a clear choice"), so the reported-speech scan asks
//! here whether the words after it complete one.

use super::data::Data;
use crate::model::Document;

/// The last token of the cue of several words that opens at word token
/// `k`, if the words after it, before token `en`, complete one of
/// `reported_phrasal`.
pub fn reported_end(doc: &Document<'_>, d: &Data, k: usize, en: usize) -> Option<usize> {
    let w = doc.tokens[k].text(doc.text);
    d.reported_phrasal
        .iter()
        .filter(|p| p.len() > 1 && p[0].eq_ignore_ascii_case(w))
        .find(|p| {
            k + p.len() <= en
                && p[1..].iter().enumerate().all(|(i, want)| {
                    let t = doc.tokens[k + 1 + i];
                    t.is_word() && t.text(doc.text).eq_ignore_ascii_case(want)
                })
        })
        .map(|p| k + p.len() - 1)
}
