//! The sentences the claims rule judges: every body sentence that is not
//! a question, not wholly inside a quotation, not the writer's own account
//! and not a scene the guideline never counts a claim; each with its
//! signals and coverage, and its features computed when asked.

use super::data::Data;
use super::features::{Extractor, Features};
use super::scan::Hit;
use super::scope::Coverage;
use crate::model::{Document, Sentence};

/// One sentence the claims rule judges: a body sentence that is not a
/// question and not wholly inside a quotation (someone else's words, which
/// `quotes.no-speaker` asks about).
pub struct Candidate<'c, 'a> {
    /// The attributions of the document, for what the rule says of them.
    pub scope: &'c super::scope::Scope<'a, 'a>,
    pub sentence: usize,
    /// Its signals, most serious first (then in reading order).
    pub hits: &'c [Hit],
    pub coverage: Coverage<'a>,
    extractor: &'c Extractor<'c, 'a>,
}

impl Candidate<'_, '_> {
    /// Its features, for the claims model: computed when asked, since the
    /// rule needs them only for a sentence no attribution covers.
    pub fn features(&self) -> Features {
        self.extractor.of(self.sentence, self.hits, &self.coverage)
    }
}

/// Calls `each` for every candidate sentence of `doc`, in order.
pub fn candidates<'a>(
    doc: &'a Document<'a>,
    atts: &'a [crate::attribution::Attribution],
    data: &'a Data,
    attr: &'a crate::attribution::Data,
    mut each: impl FnMut(Candidate<'_, 'a>),
) {
    use super::scan::Scanner;
    use super::scope::Scope;
    if data.is_empty() {
        return;
    }
    // Gathered once: the scanner and the extractor both walk them.
    let quoted = doc.outer_quotation_spans();
    let mut scanner = Scanner::new(doc, data, &quoted).every_signal();
    let scope = Scope::new(doc, atts, data, attr);
    let extractor = Extractor::new(doc, atts, data, &quoted);
    let mut hits = Vec::new();
    let signed = super::voice::own_words_blocks(doc, data);
    let requests = super::voice::comment_requests(doc, data);
    for (bi, b) in doc.blocks.iter().enumerate() {
        if !b.kind.is_body() || signed[bi] {
            continue;
        }
        for si in b.sentences.start as usize..b.sentences.end as usize {
            let s = &doc.sentences[si];
            if extractor.in_quote(s.span)
                || super::voice::question(doc, s)
                || super::voice::writers_own(doc, data, s)
                || super::voice::holds_request(&requests, s.span)
            {
                continue;
            }
            scanner.scan(s, false, &mut hits);
            if hits.is_empty() && scheduled(doc, data, s) {
                continue;
            }
            let coverage = scope.coverage(si, hits.first().map(|h| h.span));
            each(Candidate {
                scope: &scope,
                sentence: si,
                hits: &hits,
                coverage,
                extractor: &extractor,
            });
        }
    }
}

/// Does sentence `s` announce an event on the calendar (see
/// [`super::facts::Words::scheduled`])?
fn scheduled(doc: &Document<'_>, data: &Data, s: &Sentence) -> bool {
    super::facts::Words {
        toks: &doc.tokens[s.tokens.start as usize..s.tokens.end as usize],
        text: doc.text,
        facts: &data.facts,
        dates: &data.dates,
        time: &data.time,
        clock: &data.times,
    }
    .scheduled()
}
