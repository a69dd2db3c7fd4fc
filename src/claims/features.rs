//! The evidence about one sentence that the claims model weighs: the claim
//! signals found in it, what the attributions near it say, its place and
//! shape, and its own words (those outside quotation marks).
//!
//! Each feature is a name the model file (`rules/claims/*.model.yaml`)
//! gives a weight; `ascribe model --claims FILE` prints them per sentence,
//! which is what the training script reads, so that the model is trained
//! on exactly what the rule computes.

use super::data::{Data, Lexicon};
use super::scan::Hit;
use super::scope::Coverage;
use crate::attribution::SourceClass;
use crate::model::{BlockKind, Document, Sentence, TokenKind};
use crate::span::Span;

pub use super::candidates::{candidates, sifted, Candidate};

#[path = "features_fixed.rs"]
mod fixed;
pub use fixed::{Fixed, FIXED};

/// Room for the fixed features of one sentence: more than any sentence
/// sets (coverage, one class per attribution, place, shape, grammar), so
/// that the vector is allocated once.
const FIXED_CAPACITY: usize = 32;

/// The features of one sentence.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Features {
    /// The fixed features that hold, by index into [`FIXED`].
    pub fixed: Vec<u16>,
    /// The signals found, by index into the language's signals; each once.
    pub signals: Vec<u16>,
    /// The sentence's word tokens outside quotation marks (indexes into
    /// the document's tokens), for the model's word weights.
    pub words: Vec<u32>,
}

impl Features {
    /// Every feature's name: fixed ones, `sig:NAME`, and `w:word` (lower
    /// case) for the words.
    pub fn names(&self, doc: &Document<'_>, data: &Data) -> Vec<String> {
        let mut out: Vec<String> = self
            .fixed
            .iter()
            .map(|&f| FIXED[f as usize].into())
            .collect();
        out.extend(
            self.signals
                .iter()
                .map(|&s| format!("sig:{}", data.signals[s as usize].name)),
        );
        let mut words: Vec<String> = self
            .words
            .iter()
            .map(|&k| word_key(doc.tokens[k as usize].text(doc.text)))
            .collect();
        words.sort();
        words.dedup();
        out.extend(words.into_iter().map(|w| format!("w:{w}")));
        out
    }
}

/// A word as the model's word weights name it: lower case, with no
/// possessive ending (`night’s` → `night`).
pub fn word_key(w: &str) -> String {
    let w = w
        .strip_suffix("’s")
        .or_else(|| w.strip_suffix("'s"))
        .unwrap_or(w);
    w.to_lowercase()
}

/// Computes [`Features`] for the sentences of one document.
pub struct Extractor<'a, 't> {
    doc: &'a Document<'t>,
    atts: &'a [crate::attribution::Attribution],
    data: &'a Data,
    /// The first body block of the article: its lead.
    lead: Option<u32>,
    /// Outermost quotations, by start.
    quoted: &'a [Span],
}

impl<'a, 't> Extractor<'a, 't> {
    pub fn new(
        doc: &'a Document<'t>,
        atts: &'a [crate::attribution::Attribution],
        data: &'a Data,
        quoted: &'a [Span],
    ) -> Self {
        let lead = doc
            .blocks
            .iter()
            .position(|b| b.kind == BlockKind::Paragraph)
            .map(|b| b as u32);
        Extractor {
            doc,
            atts,
            data,
            lead,
            quoted,
        }
    }

    /// Is `span` inside a quotation?
    pub(super) fn in_quote(&self, span: Span) -> bool {
        let i = self.quoted.partition_point(|q| q.start <= span.start);
        i > 0 && self.quoted[i - 1].end >= span.end
    }

    /// The features of sentence `si`, given its signals (`hits`, from a
    /// scanner that finds every one) and its coverage.
    pub fn of(&self, si: usize, hits: &[Hit], cov: &Coverage<'_>) -> Features {
        let doc = self.doc;
        let s: &Sentence = &doc.sentences[si];
        let toks = &doc.tokens[s.tokens.start as usize..s.tokens.end as usize];
        // Sized once: grown push by push, these vectors cost more than
        // the features themselves (a sentence sets about fifteen fixed
        // features and keeps a word for every other token or so).
        let mut f = Features {
            fixed: Vec::with_capacity(FIXED_CAPACITY),
            signals: Vec::with_capacity(hits.len()),
            words: Vec::with_capacity(toks.len()),
        };
        let mut on = |x: Fixed| f.fixed.push(x as u16);
        // Coverage.
        for (holds, x) in [
            (cov.sentence.is_some(), Fixed::CovSentence),
            (cov.own.is_some(), Fixed::CovOwn),
            (cov.cognition, Fixed::CovCognition),
            (cov.says, Fixed::CovSays),
            (cov.content, Fixed::CovContent),
            (cov.between, Fixed::CovBetween),
            (cov.near.is_some(), Fixed::CovNear),
            (cov.evidence.is_some(), Fixed::CovEvidence),
            (cov.writer.is_some(), Fixed::CovWriter),
        ] {
            if holds {
                on(x);
            }
        }
        if let Some(c) = &cov.closing {
            on(Fixed::CovClosing);
            if c.contrast.is_some() {
                on(Fixed::CovClosingContrast);
            }
            if c.other.is_some() {
                on(Fixed::CovClosingOther);
            }
            if c.quotation {
                on(Fixed::CovClosingQuotation);
            }
        }
        // Sources in the sentence.
        let k0 = self.atts.partition_point(|a| a.cue.start < s.span.start);
        for a in self.atts[k0..]
            .iter()
            .take_while(|a| a.cue.start < s.span.end)
        {
            on(match a.class {
                SourceClass::Named => Fixed::AttrNamed,
                SourceClass::Organisation => Fixed::AttrOrganisation,
                SourceClass::Vague => Fixed::AttrVague,
                SourceClass::Anonymous => Fixed::AttrAnonymous,
                SourceClass::Unknown => Fixed::AttrUnknown,
            });
            if a.inferred {
                on(Fixed::AttrInferred);
            }
        }
        // Place.
        let block = &doc.blocks[s.block as usize];
        if self.lead == Some(s.block) {
            on(Fixed::PosLead);
        }
        let (first, end) = (block.sentences.start as usize, block.sentences.end as usize);
        if end - first == 1 {
            on(Fixed::PosAlone);
        } else if si == first {
            on(Fixed::PosFirst);
        } else if si + 1 == end {
            on(Fixed::PosLast);
        }
        if block.kind == BlockKind::ListItem {
            on(Fixed::PosItem);
        }
        // Shape and grammar, in one pass over the tokens.
        let text = doc.text;
        let d = self.data;
        let (mut words, mut quoted, mut capitals) = (0usize, 0usize, 0usize);
        let (mut number, mut negation, mut comparative) = (false, false, false);
        let (mut past, mut perfect, mut adverb, mut lower, mut markup) =
            (false, false, false, false, false);
        let lex = &d.lexicon;
        // The word classes found outside quotation marks (`Lexicon` bits):
        // the flags that only ask whether some word is in a list (first
        // person, time, modal …) are read from it after the walk, so that
        // a word costs one OR for all of them, not a test and a store each.
        let mut classes = 0u16;
        let bytes = text.as_bytes();
        // The outermost quotations, walked with the tokens.
        let mut q = self.quoted.partition_point(|q| q.end <= s.span.start);
        for (k, t) in toks.iter().enumerate() {
            match t.kind() {
                TokenKind::Number => number = true,
                TokenKind::Punct('$' | '£' | '€') => classes |= Lexicon::MONEY,
                TokenKind::Punct('%') => classes |= Lexicon::PERCENT,
                TokenKind::Punct('<') => markup |= toks.get(k + 1).is_some_and(|n| n.is_word()),
                TokenKind::Word => {
                    words += 1;
                    while q < self.quoted.len() && self.quoted[q].end < t.span.end {
                        q += 1;
                    }
                    if self
                        .quoted
                        .get(q)
                        .is_some_and(|qs| qs.start <= t.span.start)
                    {
                        quoted += 1;
                        continue;
                    }
                    // Read as bytes: the text as a string (its ends
                    // checked for character boundaries) only where a
                    // letter is not ASCII.
                    let b = &bytes[t.span.range()];
                    let w = || t.text(text);
                    let capital = if b[0].is_ascii() {
                        b[0].is_ascii_uppercase()
                    } else {
                        w().starts_with(char::is_uppercase)
                    };
                    capitals += usize::from(capital);
                    // Each flag below, once set, is not tested again: the
                    // tests read the word's bytes and the next tokens.
                    lower = lower
                        || b.iter().any(u8::is_ascii_lowercase)
                        || (!b.is_ascii() && w().chars().any(char::is_lowercase));
                    let bits = lex.of(*t, bytes);
                    classes |= bits;
                    past = past || (b.len() > 4 && b.ends_with(b"ed"));
                    perfect = perfect
                        || bits & Lexicon::PERFECT != 0
                            && toks[k + 1..].iter().take(3).any(|n| {
                                n.is_word() && {
                                    let nw = n.text(text);
                                    nw.eq_ignore_ascii_case("been")
                                        || (nw.len() > 4 && nw.ends_with("ed"))
                                }
                            });
                    adverb = adverb
                        || b.len() > 4 && b.ends_with(b"ly") && bits & Lexicon::NOT_ADVERB == 0;
                    // Both endings end in "t": most words are turned
                    // away by their last byte.
                    negation = negation
                        || (b.last() == Some(&b't')
                            && (b.ends_with(b"n't") || b.ends_with("n’t".as_bytes())));
                    comparative = comparative
                        || (b.len() > 4
                            && b.ends_with(b"er")
                            && toks.get(k + 1).is_some_and(|n| {
                                n.is_word() && n.text(text).eq_ignore_ascii_case("than")
                            }));
                    // Words of its own: not names (a capital after the
                    // first word), not digits.
                    if (!capital || k == 0)
                        && bits & Lexicon::STOP == 0
                        && !super::digits::has_ascii_digit(b)
                    {
                        f.words.push(s.tokens.start + k as u32);
                    }
                }
                _ => {}
            }
        }
        let listed = |bit: u16| classes & bit != 0;
        let first_person = listed(Lexicon::FIRST_PERSON);
        let (time, present, modal) = (
            listed(Lexicon::TIME),
            listed(Lexicon::PRESENT),
            listed(Lexicon::MODAL),
        );
        past |= listed(Lexicon::PAST);
        negation |= listed(Lexicon::NEGATION);
        comparative |= listed(Lexicon::COMPARATIVE);
        let mut on = |x: Fixed| f.fixed.push(x as u16);
        on(match words {
            0..=5 => Fixed::Words1To5,
            6..=12 => Fixed::Words6To12,
            13..=20 => Fixed::Words13To20,
            21..=30 => Fixed::Words21To30,
            _ => Fixed::Words31Up,
        });
        if quoted > 0 {
            on(Fixed::ShapeQuoted);
        }
        if toks
            .first()
            .is_some_and(|t| matches!(t.kind(), TokenKind::Quote(_)))
        {
            on(Fixed::ShapeOpensQuote);
        }
        if number {
            on(Fixed::ShapeNumber);
        }
        if first_person {
            on(Fixed::ShapeFirstPerson);
        }
        if toks.iter().take(6).any(|t| t.is_punct(':')) {
            on(Fixed::ShapeColon);
        }
        if words >= 2 && capitals * 10 >= (words - quoted) * 7 {
            on(Fixed::ShapeCapitals);
        }
        if words > quoted && !lower {
            on(Fixed::ShapeAllCapitals);
        }
        // Names (capitals after the first word) make a sentence concrete.
        let names = capitals
            .saturating_sub(usize::from(toks.first().is_some_and(|t| {
                t.is_word() && t.text(text).starts_with(char::is_uppercase)
            })));
        on(match names {
            0 => Fixed::NoNames,
            1 | 2 => Fixed::Names1To2,
            _ => Fixed::Names3Up,
        });
        if markup {
            on(Fixed::ShapeMarkup);
        }
        for (holds, x) in [
            (time, Fixed::GramTime),
            (past, Fixed::GramPast),
            (present, Fixed::GramPresent),
            (perfect, Fixed::GramPerfect),
            (adverb, Fixed::GramAdverb),
        ] {
            if holds {
                on(x);
            }
        }
        if modal {
            on(Fixed::GramModal);
        }
        if negation {
            on(Fixed::GramNegation);
        }
        if comparative {
            on(Fixed::GramComparative);
        }
        for (bit, x) in [
            (Lexicon::EVALUATIVE, Fixed::LexEvaluative),
            (Lexicon::ATTITUDE, Fixed::LexAttitude),
            (Lexicon::PROSPECT, Fixed::LexProspect),
            (Lexicon::ACT, Fixed::LexAct),
            (Lexicon::MONEY, Fixed::FigMoney),
            (Lexicon::PERCENT, Fixed::FigPercent),
        ] {
            if classes & bit != 0 {
                on(x);
            }
        }
        f.fixed.sort_unstable();
        f.fixed.dedup();
        f.signals.extend(hits.iter().map(|h| h.signal));
        f.signals.sort_unstable();
        f.signals.dedup();
        f
    }
}

#[cfg(test)]
#[path = "features_tests.rs"]
mod word_tests;
