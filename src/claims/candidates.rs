//! The sentences the claims rule judges: every body sentence that is not
//! a question, not wholly inside a quotation, not the writer's own account
//! and not a scene the guideline never counts a claim; each with its
//! signals; its coverage and features computed when asked.

use super::data::{Data, Lexicon};
use super::features::{Extractor, Features};
use super::scan::Hit;
use super::scope::{ClaimsScope, Coverage, Scope, Why};
use crate::model::{Document, Sentence};
use crate::span::Span;
use std::cell::OnceCell;

/// One sentence the claims rule judges: a body sentence that is not a
/// question and not wholly inside a quotation (someone else's words, which
/// `quotes.no-speaker` asks about).
pub struct Candidate<'c, 'a> {
    /// The attributions of the document, for what the rule says of them.
    pub scope: &'c Scope<'a, 'a>,
    pub sentence: usize,
    /// Its signals, most serious first (then in reading order); but first
    /// the one in the writer's own words beside a source, if any
    /// (`writer.rs`).
    pub hits: &'c [Hit],
    /// Gathered when first asked (see [`Candidate::verdict`]).
    coverage: OnceCell<Coverage<'a>>,
    extractor: &'c Extractor<'c, 'a>,
    doc: &'a Document<'a>,
    data: &'a Data,
}

impl<'a> Candidate<'_, 'a> {
    /// The words of its claim: its most serious signal, or `None` for
    /// the whole sentence.
    fn claim(&self) -> Option<Span> {
        self.hits.first().map(|h| h.span)
    }

    /// What the attributions near it say about its claim.
    pub fn coverage(&self) -> &Coverage<'a> {
        self.coverage
            .get_or_init(|| self.scope.coverage(self.sentence, self.claim()))
    }

    /// Whether its claim has a source in `scope`, and why not: what
    /// [`Scope::judge`] says of its coverage. A source in its own sentence
    /// settles it first, which spares the walks over the sentence and its
    /// paragraph that the rest of the coverage takes (for about two
    /// candidates in five, in news).
    pub fn verdict(&self, scope: ClaimsScope) -> Result<(), Why<'a>> {
        if self.scope.sourced_in_sentence(self.sentence, self.claim()) {
            return Ok(());
        }
        self.scope.judge(self.coverage(), scope)
    }

    /// Its features, for the claims model: computed when asked, since the
    /// rule needs them only for a sentence no attribution covers.
    pub fn features(&self) -> Features {
        self.extractor.of(self.sentence, self.hits, self.coverage())
    }

    /// Is it, after all, no sentence to judge: the reporter's request for
    /// comment, the writer's own account after an opening, a title in
    /// capitals, the page speaking of itself; with no signal, an event on
    /// the calendar, a scene, a record or the narration of a speech; an
    /// appearance announced, or how a poll was taken? These tests read
    /// every word of the sentence, so [`sifted`] leaves them to its
    /// caller, to ask only of a sentence it would report; [`candidates`]
    /// asks them of every sentence.
    pub fn set_aside(&self) -> bool {
        let (doc, data, ex) = (self.doc, self.data, self.extractor);
        let s = &doc.sentences[self.sentence];
        let hits = self.hits;
        super::voice::asks_for_comment(doc, data, s)
            || super::voice::writer_after_opening(doc, data, s).is_some_and(|we| !ex.in_quote(we))
            || super::page::title_case(doc, &data.stop, s)
            || super::page::about_itself(doc, &data.page, s)
            || (hits.is_empty()
                && (scheduled(doc, data, s)
                    || scene(ex, doc, data, s)
                    || record(ex, doc, data, s)
                    || super::speech::narrates(ex, doc, data, s)))
            || appearance(ex, doc, data, s, hits)
            || poll_method(doc, data, s, hits)
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
    sifted(doc, atts, data, attr, |c| {
        if !c.set_aside() {
            each(c);
        }
    });
}

/// Calls `each`, in order, for every sentence of `doc` that passes the
/// tests that cost little (a body sentence, not quoted, not a question
/// …): every candidate, and the sentences [`Candidate::set_aside`] turns
/// away. For the rule, which asks that only of a sentence it would
/// report: most are covered by a source or score too low, and the tests
/// cost as much as a sentence's coverage.
pub fn sifted<'a>(
    doc: &'a Document<'a>,
    atts: &'a [crate::attribution::Attribution],
    data: &'a Data,
    attr: &'a crate::attribution::Data,
    mut each: impl FnMut(Candidate<'_, 'a>),
) {
    use super::scan::Scanner;
    if data.is_empty() {
        return;
    }
    // Gathered once: the scanner and the extractor both walk them.
    let quoted = doc.outer_quotation_spans();
    let mut scanner = Scanner::new(doc, data, &quoted).every_signal();
    let scope = Scope::new(doc, atts, data, attr);
    let extractor = Extractor::new(doc, atts, data, &quoted);
    let mut hits = Vec::new();
    let signed = super::voice::own_words_blocks(doc, data, atts);
    let introduced = super::voice::introduced_blocks(doc, data, attr);
    for (bi, b) in doc.blocks.iter().enumerate() {
        if !b.kind.is_body() || signed[bi] || introduced[bi] || super::page::credited(doc, b) {
            continue;
        }
        for si in b.sentences.start as usize..b.sentences.end as usize {
            let s = &doc.sentences[si];
            if extractor.in_quote(s.span)
                || super::voice::question(doc, s)
                || super::voice::writers_own(doc, data, s)
                || super::page::title_line(doc, b, s)
            {
                continue;
            }
            // The scanner may be asked of a sentence set aside later: it
            // reads each sentence on its own.
            scanner.scan(s, false, &mut hits);
            // A claim in the writer's own words beside a source is the one
            // the sentence leaves unsourced: it is judged and reported,
            // whatever claims the source's own words make; so is one
            // before a verb that reports only what follows it.
            if let Some(k) = scope
                .writers_hit(si, &hits)
                .or_else(|| scope.before_report_hit(si, &hits))
            {
                hits[..=k].rotate_right(1);
            }
            each(Candidate {
                scope: &scope,
                sentence: si,
                hits: &hits,
                coverage: OnceCell::new(),
                extractor: &extractor,
                doc,
                data,
            });
        }
    }
}

fn words<'a>(doc: &'a Document<'_>, data: &'a Data, s: &Sentence) -> super::facts::Words<'a> {
    super::facts::Words {
        toks: &doc.tokens[s.tokens.start as usize..s.tokens.end as usize],
        text: doc.text,
        facts: &data.facts,
        dates: &data.dates,
        time: &data.time,
        clock: &data.times,
    }
}

/// Does sentence `s` announce an event on the calendar (see
/// [`super::facts::Words::scheduled`])?
fn scheduled(doc: &Document<'_>, data: &Data, s: &Sentence) -> bool {
    words(doc, data, s).scheduled()
}

/// Does sentence `s` announce an appearance on a public schedule ("Ruiz
/// will discuss the port budget", "The ministers are expected to meet the
/// envoy"; see [`super::facts::Words::appearance`]), with no claim signal
/// but the announcement's own "expected", and no relative clause before
/// it? The topic of a talk or an interview is not asserted; a relative
/// clause about its subject ("Ruiz, who ran the port into debt, will
/// speak …") tells more than the schedule makes public.
fn appearance(
    extractor: &Extractor<'_, '_>,
    doc: &Document<'_>,
    data: &Data,
    s: &Sentence,
    hits: &[Hit],
) -> bool {
    let w = words(doc, data, s);
    let Some((first, last)) = w.appearance() else {
        return false;
    };
    let span = w.toks[first].span.cover(w.toks[last].span);
    if extractor.in_quote(span) {
        return false;
    }
    let bytes = doc.text.as_bytes();
    hits.iter()
        .all(|h| h.span.start >= span.start && h.span.end <= span.end)
        && !w.toks[..first]
            .iter()
            .any(|t| t.is_word() && data.relatives.contains_token(*t, bytes))
}

/// Does sentence `s` tell how a poll was taken, with the poll for its
/// subject (see [`super::polls::describes_itself`]), and hold no claim
/// signal but figures? Its sample, dates and margin of error are the
/// poll's own; "The poll, taken Monday, is the worst news for Ruiz" still
/// judges.
fn poll_method(doc: &Document<'_>, data: &Data, s: &Sentence, hits: &[Hit]) -> bool {
    !hits.is_empty()
        && hits.iter().all(|h| Some(h.signal) == data.number_signal)
        && super::polls::describes_itself(doc, &data.polls, s)
}

/// Words that make a sentence more than a scene: a judgement, an
/// attitude, a prospect (the claims model's word classes).
const JUDGING: u16 = Lexicon::EVALUATIVE | Lexicon::ATTITUDE | Lexicon::PROSPECT;

/// Is sentence `s` (which holds no claim signal) plain narration of a
/// public event's scene: a visible or audible act outside quotation marks
/// ("The protester yelled and held up a banner"), with no word that
/// judges, tells an attitude or weighs prospects? The guideline counts
/// what a reporter at a public event saw as scene-setting, not a claim;
/// "the crowd cheered his bold plan" still judges.
fn scene(extractor: &Extractor<'_, '_>, doc: &Document<'_>, data: &Data, s: &Sentence) -> bool {
    let w = words(doc, data, s);
    let Some(k) = w.scene_act() else {
        return false;
    };
    if extractor.in_quote(w.toks[k].span) {
        return false;
    }
    let bytes = doc.text.as_bytes();
    !w.toks.iter().any(|t| {
        t.is_word() && data.lexicon.of(*t, bytes) & JUDGING != 0 && !extractor.in_quote(t.span)
    })
}

/// Is sentence `s` (which holds no claim signal) a life's record or a
/// definition ("Kim was born in Seoul", "The board consists of five
/// members"; see [`super::facts::Words::of_record`]) with no word that
/// judges, tells an attitude or weighs prospects outside quotation marks?
/// "She was born into a corrupt family" still judges.
fn record(extractor: &Extractor<'_, '_>, doc: &Document<'_>, data: &Data, s: &Sentence) -> bool {
    let w = words(doc, data, s);
    if !w.of_record() {
        return false;
    }
    let bytes = doc.text.as_bytes();
    !w.toks.iter().any(|t| {
        t.is_word() && data.lexicon.of(*t, bytes) & JUDGING != 0 && !extractor.in_quote(t.span)
    })
}

#[cfg(test)]
#[path = "candidates_tests.rs"]
mod tests;
