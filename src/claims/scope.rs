//! Attribution scope: whether an attribution covers a claim, and if one is
//! near but does not, why not.
//!
//! An attribution covers a claim when it is in the same sentence (and the
//! claim is not the attribution's own cue or source: in "the two nations
//! have pledged to …" the pledge is the claim); when the claim's sentence
//! lies between two sentences attributed to the same speaker; or, under
//! `scope: paragraph`, when the paragraph's last sentence closes with an
//! attribution ("…, Yahoo Finance reported.") that continues the paragraph
//! (it does not open with "But"), reports rather than quotes, and no other
//! source speaks in it.

use super::data::Data;
use crate::attribution::{Attribution, AttributionKind, Data as AttrData};
use crate::model::Document;
use crate::span::Span;
use std::ops::Range;

#[path = "scope_before.rs"]
mod before;
#[path = "scope_coverage.rs"]
mod coverage;
#[path = "scope_writer.rs"]
mod writer;
pub use coverage::{ClaimsScope, Closing, Coverage, Place, Why};

/// The attributions of a document, indexed by the sentence of their cue.
pub struct Scope<'a, 't> {
    doc: &'a Document<'t>,
    /// The article's attributions, in order of their cues.
    atts: &'a [Attribution],
    data: &'a Data,
    attr: &'a AttrData,
    /// Per sentence, the range into `which` of its attributing attributions.
    by_sentence: Vec<Range<u32>>,
    which: Vec<u32>,
    /// Per paragraph, what each sentence's neighbours offer (`reach.rs`).
    reach: reach::Reach<'a>,
    /// The tokens `says` visits, kept between calls: a vector allocated
    /// and grown for each sentence asked cost a tenth of the walk.
    kept: std::cell::Cell<Vec<u32>>,
}

/// Words a closing attribution may have after its source and cue ("said
/// Brad Bannon, a Democratic pollster", "reported on Tuesday, citing two
/// officials"); more, and the sentence goes on past it.
const CLOSING_TAIL: usize = 8;

fn inside(inner: Span, outer: Span) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// Verbs of wanting ("X wants to …") are the writer's claim about
/// someone's mind, not a source for it; a verb of thinking with a named
/// source and a clause is that source's view ("Kasich's team thinks he is
/// the candidate with momentum"), as the claim labels read it.
fn attributes(doc: &Document<'_>, data: &Data, d: &AttrData, a: &Attribution) -> bool {
    let cue = a.cue.text(doc.text);
    let head = cue.split_whitespace().next().unwrap_or(cue);
    // A carried attribution attributes when its cue is a verb in the
    // subjunctive of reported speech (German `Die Lage sei ernst.`): the
    // mood says whose words these are. A carried quotation's speaker is a
    // guess, and attributes nothing else.
    let reported_mood = d.is_mood_cue(head);
    if (a.inferred && !reported_mood) || expletive(doc, data, a) || passive_report(doc, data, a) {
        return false;
    }
    if reported_mood {
        return true;
    }
    if d.strong.contains(head) {
        return true;
    }
    if d.infinitive.contains(head) {
        return false;
    }
    !d.cognition.contains(head) || (a.source.is_some() && clause(doc, data, a))
}

/// "It is believed that …": the source is a subject that names no one,
/// with a passive between it and the cue ("It said" is a company's word).
fn expletive(doc: &Document<'_>, data: &Data, a: &Attribution) -> bool {
    a.source.is_some_and(|s| {
        data.expletives.contains(s.text(doc.text))
            && s.end < a.cue.start
            && doc.text[s.end as usize..a.cue.start as usize]
                .trim()
                .chars()
                .any(char::is_alphabetic)
    })
}

/// "Ruiz was said to be furious": an agentless passive before "to"
/// names no one who said it, whoever its subject is (the claim labels'
/// convention), though the grammar reads its subject as the source.
fn passive_report(doc: &Document<'_>, data: &Data, a: &Attribution) -> bool {
    let before = doc.text[..a.cue.start as usize].trim_end();
    let prev = before
        .rsplit(|ch: char| !ch.is_alphanumeric())
        .next()
        .unwrap_or("");
    let after = doc.text[a.cue.end as usize..].trim_start();
    data.passive_before.contains(prev)
        && after
            .get(..3)
            .is_some_and(|w| w.eq_ignore_ascii_case("to "))
}

/// Does the attribution report a clause, not "to …", not a bare object
/// ("owners fear the new levy"), not nothing? A clause opens with "that"
/// or a pronoun, or holds a verb the feature lists know.
fn clause(doc: &Document<'_>, data: &Data, a: &Attribution) -> bool {
    let Some(c) = a.content.filter(|c| c.start >= a.cue.end) else {
        return false;
    };
    let mut words = c
        .text(doc.text)
        .split(|ch: char| !ch.is_alphanumeric() && ch != '\'' && ch != '’')
        .filter(|w| !w.is_empty());
    let Some(first) = words.next() else {
        return false;
    };
    if first.eq_ignore_ascii_case("to") {
        return false;
    }
    // "worried that too many voters ignore the news": the grammar leaves
    // "that" out of the content, but it says a clause follows, whatever
    // its verb. Only "that" alone between the two: in "believes in
    // journalism that …" or "worries so much about it that …" no view
    // is reported; nor when the source opens on a subject that names no
    // one ("It is hard not to think that …" is the writer's).
    let named = a.source.is_some_and(|s| {
        let w = s.text(doc.text).split_whitespace().next().unwrap_or("");
        !data.expletives.contains(w)
    });
    let that = named
        && doc.text[a.cue.end as usize..c.start as usize]
            .trim()
            .eq_ignore_ascii_case("that");
    that || data.clause_openers.contains(first)
        || std::iter::once(first).chain(words).any(|w| {
            data.modals.contains(w)
                || data.past.contains(w)
                || data.present.contains(w)
                || data.perfect.contains(w)
        })
}

impl<'a, 't> Scope<'a, 't> {
    pub fn new(
        doc: &'a Document<'t>,
        atts: &'a [Attribution],
        data: &'a Data,
        attr: &'a AttrData,
    ) -> Self {
        let mut by_sentence = Vec::with_capacity(doc.sentences.len());
        let mut which = Vec::with_capacity(atts.len());
        let mut k = 0;
        for s in &doc.sentences {
            let from = which.len() as u32;
            while k < atts.len() && atts[k].cue.start < s.span.start {
                k += 1;
            }
            while k < atts.len() && atts[k].cue.start < s.span.end {
                if attributes(doc, data, attr, &atts[k]) {
                    which.push(k as u32);
                }
                k += 1;
            }
            by_sentence.push(from..which.len() as u32);
        }
        let mut scope = Scope {
            doc,
            atts,
            data,
            attr,
            by_sentence,
            which,
            reach: reach::Reach::default(),
            kept: Default::default(),
        };
        scope.reach = reach::Reach::of(&scope);
        scope
    }

    fn attrs(&self, si: usize) -> impl Iterator<Item = &'a Attribution> + '_ {
        let r = self.by_sentence[si].clone();
        self.which[r.start as usize..r.end as usize]
            .iter()
            .map(|&k| &self.atts[k as usize])
    }

    /// How a message names a source.
    pub fn source_name(&self, a: &Attribution) -> String {
        if let Some(s) = &a.speaker {
            return s.clone();
        }
        match a.source {
            Some(s) => s.text(self.doc.text).to_string(),
            None => format!("“{}”", a.cue.text(self.doc.text)),
        }
    }

    /// Do two attributions name the same source? Compared without
    /// allocating: resolved speakers, else the source words as written.
    fn same_source(&self, a: &Attribution, b: &Attribution) -> bool {
        match (&a.speaker, &b.speaker) {
            (Some(x), Some(y)) => x == y,
            (None, None) => match (a.source, b.source) {
                (Some(x), Some(y)) => x
                    .text(self.doc.text)
                    .eq_ignore_ascii_case(y.text(self.doc.text)),
                _ => false,
            },
            _ => false,
        }
    }

    /// What the attributions of the claim's own sentence `si` say about
    /// `hit` (the claim's words; `None` for the whole sentence): into
    /// `c`'s `sentence`, `own`, `cognition`, `says` and `content`.
    fn same_sentence(&self, si: usize, hit: Option<Span>, c: &mut Coverage<'a>) {
        let s = self.doc.sentences[si].span;
        c.writer = hit.and_then(|h| self.writers_own(si, h));
        for a in self.attrs(si) {
            if c.writer.is_some() {
                break;
            }
            if self.is_own(a, hit) {
                c.own = Some(a);
                continue;
            }
            c.sentence = c.sentence.or(Some(a));
        }
        c.cognition = self.thinking(si);
        c.says = c.writer.is_none()
            && (self.says(
                si,
                hit.unwrap_or(Span {
                    start: s.start,
                    end: s.start,
                }),
                &mut c.later,
            ) || self.unmarked_source(si));
        // A content that runs over from a neighbouring sentence.
        let inner = hit.unwrap_or(s);
        let lo = si.saturating_sub(2);
        let hi = (si + 3).min(self.by_sentence.len());
        c.content = (lo..hi).filter(|&k| k != si).any(|k| {
            self.attrs(k)
                .any(|a| a.content.is_some_and(|ct| inside(inner, ct)))
        });
        if c.sentence.is_some() {
            c.own = None;
        }
    }

    /// Is the claim `hit` attribution `a`'s own verb ("pledged to")? Not
    /// when that verb reports a clause: "X alleged that …" is X's charge.
    fn is_own(&self, a: &Attribution, hit: Option<Span>) -> bool {
        hit.is_some_and(|h| overlaps(h, a.cue)) && !clause(self.doc, self.data, a)
    }

    /// Does an attribution of the claim's own sentence `si` cover the
    /// claim `hit` (what [`Coverage::sentence`] would hold)? Asked before
    /// the whole [`Coverage`]: it settles most claims that have a source,
    /// and reads only the sentence's own attributions.
    pub fn sourced_in_sentence(&self, si: usize, hit: Option<Span>) -> bool {
        self.attrs(si).any(|a| !self.is_own(a, hit))
            && hit.is_none_or(|h| self.writers_own(si, h).is_none())
    }

    /// An attribution in sentence `si` whose cue is a verb of thinking or
    /// wanting, with a source: "Kasich's team thinks …".
    fn thinking(&self, si: usize) -> bool {
        let s = &self.doc.sentences[si];
        let k0 = self.atts.partition_point(|a| a.cue.start < s.span.start);
        self.atts[k0..]
            .iter()
            .take_while(|a| a.cue.start < s.span.end)
            .any(|a| {
                let cue = a.cue.text(self.doc.text);
                let head = cue.split_whitespace().next().unwrap_or(cue);
                !a.inferred
                    && a.source.is_some()
                    && !expletive(self.doc, self.data, a)
                    && (self.attr.cognition.contains(head) || self.attr.infinitive.contains(head))
            })
    }

    /// The facts of attribution about a claim `hit` (`None`: the whole
    /// sentence) in body sentence `si`.
    pub fn coverage(&self, si: usize, hit: Option<Span>) -> Coverage<'a> {
        let mut c = Coverage::default();
        self.same_sentence(si, hit, &mut c);
        let doc = self.doc;
        let bi = doc.sentences[si].block as usize;
        let block = &doc.blocks[bi];
        let first = block.sentences.start as usize;
        let last = block.sentences.end as usize - 1;
        // Between two sentences of one speaker: "X said … [claim] … He added …"
        c.evidence = self.evidence(si, hit);
        c.between = si > first
            && si < last
            && self
                .attrs(si + 1)
                .any(|a| a.speaker.is_some() && self.attrs(si - 1).any(|b| self.same_source(a, b)));
        if si < last {
            if let Some((close, other)) = self.reach.closing(bi) {
                let contrast = doc.tokens[doc.sentences[last].tokens.start as usize..]
                    .iter()
                    .find(|t| t.is_word())
                    .filter(|t| self.data.contrast.contains(t.text(doc.text)))
                    .map(|t| t.span);
                c.closing = Some(Closing {
                    attribution: close,
                    contrast,
                    other,
                    quotation: close.kind == AttributionKind::Direct,
                });
            }
        }
        // The nearest source elsewhere in the paragraph: nearest first; at
        // equal distance, the earlier sentence.
        c.near = self.reach.near(si).and_then(|k| self.attrs(k).next());
        c
    }

    /// Whether the claim `hit` in body sentence `si` has a source in
    /// scope, judged from its [`Coverage`].
    pub fn cover(&self, si: usize, hit: Span, scope: ClaimsScope) -> Result<(), Why<'t>> {
        self.judge(&self.coverage(si, Some(hit)), scope)
    }

    /// The verdict on a claim of [`Coverage`] `c`, and why when it has no
    /// source in scope.
    pub fn judge(&self, c: &Coverage<'a>, scope: ClaimsScope) -> Result<(), Why<'t>> {
        // The writer's own words in an attributed sentence: only a
        // neighbour's content that runs over them covers them.
        if let (Some((a, place)), false) = (c.writer, c.content) {
            return Err(self.writers_why(a, place));
        }
        if c.in_sentence() || c.between {
            return Ok(());
        }
        if let Some(e) = c.evidence {
            return match scope {
                ClaimsScope::Paragraph => Ok(()),
                ClaimsScope::Sentence => Err(Why::SentenceScope {
                    source: e.text(self.doc.text).to_string(),
                    at: e.start,
                }),
            };
        }
        if let Some(close) = &c.closing {
            let source = self.source_name(close.attribution);
            let at = close.attribution.cue.start;
            if let Some(word) = close.contrast {
                let word = word.text(self.doc.text);
                return Err(Why::Contrast { source, at, word });
            }
            if let Some(o) = close.other {
                return Err(Why::OtherSource {
                    source,
                    at,
                    other: self.source_name(o),
                });
            }
            if close.quotation {
                return Err(Why::Quotation { source, at });
            }
            return match scope {
                ClaimsScope::Paragraph => Ok(()),
                ClaimsScope::Sentence => Err(Why::SentenceScope { source, at }),
            };
        }
        if let Some(v) = c.later {
            return Err(Why::Later {
                verb: v.text(self.doc.text),
            });
        }
        if let Some(a) = c.own {
            return Err(Why::OwnAttribution {
                cue: a.cue.text(self.doc.text),
            });
        }
        match c.near {
            Some(a) => Err(Why::OtherSentence {
                source: self.source_name(a),
                at: a.cue.start,
            }),
            None => Err(Why::Nothing),
        }
    }

    /// The attribution closing sentence `si` after its content: "…, Yahoo
    /// Finance reported." or "…, according to Reuters." Not one set inside
    /// its sentence ("If China can build a wall, he observed, then …"):
    /// that one speaks for its own sentence only.
    fn closing(&self, si: usize) -> Option<&'a Attribution> {
        let doc = self.doc;
        let s = &doc.sentences[si];
        let toks = &doc.tokens[s.tokens.start as usize..s.tokens.end as usize];
        self.attrs(si).find(|a| {
            let Some(c) = a.content else { return false };
            let tail = a.source.map_or(a.cue.end, |s| s.end.max(a.cue.end));
            c.end <= a.cue.start
                && a.source.is_none_or(|s| s.start >= c.end)
                && toks
                    .iter()
                    .filter(|t| t.span.start >= tail && t.is_word())
                    .count()
                    <= CLOSING_TAIL
        })
    }
}

#[path = "document.rs"]
mod document;
#[path = "evidence.rs"]
mod evidence;
#[path = "headline.rs"]
mod headline;
#[path = "pollster.rs"]
mod pollster;
#[path = "reach.rs"]
mod reach;
#[path = "saying.rs"]
mod saying;
