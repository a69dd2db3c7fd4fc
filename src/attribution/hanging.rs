//! A source read as a participle phrase ("…, attacking Mr. Trump and
//! quoting …", "… after winning the primary, said") is no subject: a
//! participle hangs off the clause before its comma, whose subject is
//! the speaker.

use super::data::Data;
use super::found::Found;
use super::joined::joined_subject;
use crate::model::token::is_capitalised;
use crate::model::Document;

/// Participles shorter than this are rarely verbs ("bring", "sing").
const MIN_PARTICIPLE: usize = 6;

/// Gives every attribution whose source opens with a lower-case
/// participle after a comma the subject of the clause that participle
/// hangs off, when there is one to read.
pub fn resolve(doc: &Document<'_>, d: &Data, found: &mut [Found]) {
    for f in found.iter_mut() {
        let Some(src) = &f.source else { continue };
        let p = src.all.start;
        let t = doc.tokens[p];
        if !t.is_word() || src.all.end > f.cue.first {
            continue;
        }
        let w = t.text(doc.text);
        if w.len() < MIN_PARTICIPLE
            || !w.ends_with("ing")
            || is_capitalised(w)
            || d.grammar.not_participles.is(w)
        {
            continue;
        }
        // Only a participle after a comma hangs off the clause before
        // it ("…, rather than infringing on what the founders wrote" has
        // its subject inside); one set off by commas right before the cue
        // ("Six papers, including the Courier, said") is an aside whose
        // noun phrase stands before it, which the subject reading keeps.
        let after_comma = p > 0 && doc.tokens[p - 1].is_punct(',');
        let aside = doc.tokens.get(src.all.end).is_some_and(|t| t.is_punct(','))
            && src.all.end + 1 == f.cue.first;
        if !after_comma || aside {
            continue;
        }
        if let Some(s) = joined_subject(doc, d, f.sentence, p) {
            f.source = Some(s);
        }
    }
}
