//! Attribution scope: whether an attribution covers a claim, and if one is
//! near but does not, why not.
//!
//! An attribution covers a claim when it is in the same sentence (and the
//! claim is not the attribution's own cue or source: in "the two nations
//! have pledged to …" the pledge is the claim); when the claim's sentence
//! lies between two sentences attributed to the same speaker; or, under
//! `scope: paragraph`, when the paragraph's last sentence closes with an
//! attribution ("…, Yahoo Finance reported.") that continues the paragraph
//! (it does not open with "But") and no other source speaks in it.

use super::data::Data;
use crate::attribution::{Attribution, Data as AttrData};
use crate::model::Document;
use crate::rules::ClaimsScope;
use crate::span::Span;
use std::ops::Range;

/// Why a nearby attribution does not cover a claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why<'t> {
    /// Nothing in the paragraph attributes anything.
    Nothing,
    /// The sentence's only attribution is the claim itself.
    OwnAttribution { cue: &'t str },
    /// The nearest source is in another sentence of the paragraph.
    OtherSentence { source: String, at: u32 },
    /// The paragraph's closing source would cover it under scope: paragraph.
    SentenceScope { source: String, at: u32 },
    /// The closing sentence opens with a turn ("But") and speaks for itself.
    Contrast {
        source: String,
        at: u32,
        word: &'t str,
    },
    /// Another source speaks earlier in the paragraph.
    OtherSource {
        source: String,
        at: u32,
        other: String,
    },
    /// A headline needs an attribution of its own.
    Headline,
}

/// The attributions of a document, indexed by the sentence of their cue.
pub struct Scope<'a, 't> {
    doc: &'a Document<'t>,
    data: &'a Data,
    attr: &'a AttrData,
    /// Per sentence, the range into `which` of its attributing attributions.
    by_sentence: Vec<Range<u32>>,
    which: Vec<u32>,
}

fn inside(inner: Span, outer: Span) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// Verbs of thinking and wanting are the writer's claim about someone's
/// mind, not a source for it.
fn attributes(doc: &Document<'_>, d: &AttrData, a: &Attribution) -> bool {
    let cue = a.cue.text(doc.text);
    let head = cue.split_whitespace().next().unwrap_or(cue);
    !a.inferred
        && (d.strong.contains(head) || !(d.cognition.contains(head) || d.infinitive.contains(head)))
}

impl<'a, 't> Scope<'a, 't> {
    pub fn new(doc: &'a Document<'t>, data: &'a Data, attr: &'a AttrData) -> Self {
        let mut by_sentence = Vec::with_capacity(doc.sentences.len());
        let mut which = Vec::with_capacity(doc.attributions.len());
        let mut k = 0;
        for s in &doc.sentences {
            let from = which.len() as u32;
            while k < doc.attributions.len() && doc.attributions[k].cue.start < s.span.start {
                k += 1;
            }
            while k < doc.attributions.len() && doc.attributions[k].cue.start < s.span.end {
                if attributes(doc, attr, &doc.attributions[k]) {
                    which.push(k as u32);
                }
                k += 1;
            }
            by_sentence.push(from..which.len() as u32);
        }
        Scope {
            doc,
            data,
            attr,
            by_sentence,
            which,
        }
    }

    fn attrs(&self, si: usize) -> impl Iterator<Item = &'a Attribution> + '_ {
        let r = self.by_sentence[si].clone();
        self.which[r.start as usize..r.end as usize]
            .iter()
            .map(|&k| &self.doc.attributions[k as usize])
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

    /// Does an attribution in sentence `si` itself cover `hit`? Returns
    /// `Err(Some(a))` when the only attributions there are the claim itself.
    fn same_sentence(&self, si: usize, hit: Span) -> Result<(), Option<&'a Attribution>> {
        let mut own = None;
        for a in self.attrs(si) {
            if overlaps(hit, a.cue) {
                own = Some(a);
                continue;
            }
            return Ok(());
        }
        if self.says(si, hit) {
            return Ok(());
        }
        // A content that runs over from a neighbouring sentence.
        let lo = si.saturating_sub(2);
        let hi = (si + 3).min(self.by_sentence.len());
        for k in lo..hi {
            if k == si {
                continue;
            }
            if self
                .attrs(k)
                .any(|a| a.content.is_some_and(|c| inside(hit, c)))
            {
                return Ok(());
            }
        }
        Err(own)
    }

    /// A verb of saying or reporting that the attribution grammar found no
    /// source for ("As the Post — even the devil quotes it — observed"), or
    /// a document named in an opening "In a poll …". Not when the verb is
    /// part of the claim itself ("pledged to").
    fn says(&self, si: usize, hit: Span) -> bool {
        let doc = self.doc;
        let s = &doc.sentences[si];
        let toks = &doc.tokens[s.tokens.start as usize..s.tokens.end as usize];
        let opens_with_in = toks
            .iter()
            .find(|t| t.is_word())
            .is_some_and(|t| t.text(doc.text).eq_ignore_ascii_case("in"));
        // "In a poll …" names a document until the first comma.
        let first_comma = toks.iter().position(|t| t.is_punct(','));
        for (k, t) in toks.iter().enumerate() {
            // Most words are none of those looked up below: their shape
            // turns them away (and every token but a word) unread.
            if !self
                .data
                .saying
                .as_ref()
                .is_none_or(|s| s.may_hold(t.word_sig()))
                || !t.is_word()
            {
                continue;
            }
            let opening = opens_with_in && first_comma.is_none_or(|c| c > k);
            if overlaps(t.span, hit) {
                continue;
            }
            // Token look-ups: the signature turns most words away unread.
            let text = doc.text.as_bytes();
            let found = if self.attr.strong.contains_token(*t, text)
                || self.data.reporting.contains_token(*t, text)
            {
                true
            } else if toks
                .get(k + 1)
                .is_some_and(|n| text[n.span.range()].eq_ignore_ascii_case(b"that"))
            {
                self.attr.findings.contains_token(*t, text)
            } else {
                opening && self.data.document_sources.contains_token(*t, text)
            };
            // "would have to tell", "for criticizing": no attribution.
            if found
                && !(k > 0
                    && toks[k - 1].is_word()
                    && self
                        .data
                        .not_reporting_after
                        .contains(toks[k - 1].text(doc.text)))
            {
                return true;
            }
        }
        false
    }

    /// Headlines are judged by their own attribution alone: one in the
    /// headline, or the "Name: …" form.
    pub fn cover_headline(&self, si: usize, hit: Span) -> Result<(), Why<'t>> {
        if self.same_sentence(si, hit).is_ok() || self.colon_source(si) {
            return Ok(());
        }
        Err(Why::Headline)
    }

    /// "Graham: Trump's …": capitalised words, then a colon, and not a
    /// story label such as "The Latest:".
    fn colon_source(&self, si: usize) -> bool {
        let s = &self.doc.sentences[si];
        let toks = &self.doc.tokens[s.tokens.start as usize..s.tokens.end as usize];
        let Some(colon) = toks.iter().take(8).position(|t| t.is_punct(':')) else {
            return false;
        };
        if colon == 0
            || !toks[..colon].iter().all(|t| {
                t.is_word() && t.text(self.doc.text).starts_with(char::is_uppercase)
                    || t.is_punct('.')
                    || t.is_punct('-')
            })
        {
            return false;
        }
        let prefix = toks[0].span.cover(toks[colon - 1].span).text(self.doc.text);
        let prefix = prefix.to_lowercase();
        !self.data.headline_labels.contains(&prefix)
    }

    /// Whether the claim `hit` in body sentence `si` has a source in scope.
    pub fn cover(&self, si: usize, hit: Span, scope: ClaimsScope) -> Result<(), Why<'t>> {
        let own = match self.same_sentence(si, hit) {
            Ok(()) => return Ok(()),
            Err(own) => own,
        };
        let doc = self.doc;
        let block = &doc.blocks[doc.sentences[si].block as usize];
        let first = block.sentences.start as usize;
        let last = block.sentences.end as usize - 1;
        // Between two sentences of one speaker: "X said … [claim] … He added …"
        if si > first
            && si < last
            && self
                .attrs(si + 1)
                .any(|a| a.speaker.is_some() && self.attrs(si - 1).any(|b| self.same_source(a, b)))
        {
            return Ok(());
        }
        if si < last {
            if let Some(close) = self.closing(last) {
                let source = self.source_name(close);
                let at = close.cue.start;
                let opener = doc.tokens[doc.sentences[last].tokens.start as usize..]
                    .iter()
                    .find(|t| t.is_word())
                    .map(|t| t.text(doc.text));
                if let Some(word) = opener.filter(|w| self.data.contrast.contains(w)) {
                    return Err(Why::Contrast { source, at, word });
                }
                for k in first..last {
                    if let Some(o) = self.attrs(k).find(|o| !self.same_source(o, close)) {
                        return Err(Why::OtherSource {
                            source,
                            at,
                            other: self.source_name(o),
                        });
                    }
                }
                return match scope {
                    ClaimsScope::Paragraph => Ok(()),
                    ClaimsScope::Sentence => Err(Why::SentenceScope { source, at }),
                };
            }
        }
        if let Some(a) = own {
            return Err(Why::OwnAttribution {
                cue: a.cue.text(doc.text),
            });
        }
        // The nearest source in the paragraph, for the message.
        // Nearest first; at equal distance, the earlier sentence.
        let near = (1..=last - first).find_map(|d| {
            let before = si.checked_sub(d).filter(|&k| k >= first);
            let after = Some(si + d).filter(|&k| k <= last);
            before
                .into_iter()
                .chain(after)
                .find_map(|k| self.attrs(k).next())
        });
        match near {
            Some(a) => Err(Why::OtherSentence {
                source: self.source_name(a),
                at: a.cue.start,
            }),
            None => Err(Why::Nothing),
        }
    }

    /// The attribution closing sentence `si` after its content: "…, Yahoo
    /// Finance reported." or "…, according to Reuters."
    fn closing(&self, si: usize) -> Option<&'a Attribution> {
        self.attrs(si).find(|a| {
            a.content
                .is_some_and(|c| c.end <= a.cue.start && a.source.is_none_or(|s| s.start >= c.end))
        })
    }
}
