//! Quotations that no construction attributed. A quotation of a few words
//! or more is someone's words, so the attribution map lists it anyway:
//!
//! - a fragment inside a clause whose subject is a person or body ("In
//!   March, Trump blasted Disney for its “outrageous and unfair hiring
//!   practices”") is a mixed quotation of that subject, whatever the verb;
//!   so is a sentence quoted after such a clause and its comma or colon
//!   ("Ruiz closed with a warning, “The river will rise.”"), as a direct
//!   quotation;
//! - a quotation that reads as a sentence of its own, with no cue near it,
//!   continues the speaker of the nearest attribution in its paragraph or
//!   the one before, by the news convention of quoting on after a named
//!   speaker; with none there, its speaker is unknown. These are marked
//!   `inferred`: `quotes.no-speaker` still reports them, since no words in
//!   the article say who spoke.
//!
//! Fragments are found before speakers are resolved (their subject is a
//! source like any other); carried quotations after, since they take their
//! speaker from an attribution already resolved.

use super::data::Data;
use super::found::{sentence_of, Found};
use super::grammar::{main_subject, subject_and_verb, Cue};
use super::toks::Toks;
use super::{Attribution, AttributionKind, SourceClass};
use crate::model::conventions::Level;
use crate::model::{Document, TokenKind};
use crate::span::Span;

/// Fewer words than this make a phrase (a scare quote, a name), not a
/// statement.
pub const MIN_WORDS: usize = 4;

/// A quotation no attribution covers, with its marks as token indices.
pub struct Orphan {
    span: Span,
    open: usize,
    close: usize,
}

/// The closed top-level quotations of `MIN_WORDS` words or more that no
/// content found overlaps, and that are not titles.
pub fn find(doc: &Document<'_>, found: &[Found]) -> Vec<Orphan> {
    // An article without quotations has no orphans: spare it the sort.
    if doc.quotations.is_empty() {
        return Vec::new();
    }
    let mut covered: Vec<Span> = found.iter().filter_map(|f| f.content).collect();
    // Direct finds come in quotation order and reported ones in sentence
    // order: two sorted runs, which a stable sort merges in one pass.
    covered.sort_by_key(|s| s.start);
    // The furthest end among the first i contents, for each i: one look-up
    // per quotation, however long the article.
    let reach: Vec<u32> = covered
        .iter()
        .scan(0, |end, c| {
            *end = c.end.max(*end);
            Some(*end)
        })
        .collect();
    let mut out = Vec::new();
    for q in &doc.quotations {
        let Some(close) = q.close else { continue };
        let om = &doc.marks[q.open as usize];
        if q.depth > 0 || q.level != Level::Outer || om.in_markup {
            continue;
        }
        // Any content starting before the quotation's end may reach it.
        let i = covered.partition_point(|c| c.start < q.span.end);
        if i > 0 && q.span.start < reach[i - 1] {
            continue;
        }
        let (open, close) = (om.token as usize, doc.marks[close as usize].token as usize);
        if close <= open || is_title(doc, open, close) {
            continue;
        }
        out.push(Orphan {
            span: q.span,
            open,
            close,
        });
    }
    out
}

/// Too few words, or mostly capitalised ones: a title, a slogan or a name
/// ("The Art of the Deal", “Make America Great Again”), not speech. `open`
/// and `close` are the tokens of the quotation's marks.
pub fn is_title(doc: &Document<'_>, open: usize, close: usize) -> bool {
    let (mut words, mut caps) = (0usize, 0usize);
    for t in &doc.tokens[open + 1..close] {
        if t.is_word() {
            words += 1;
            caps += usize::from(t.text(doc.text).starts_with(char::is_uppercase));
        }
    }
    words < MIN_WORDS || caps * 10 >= words * 6
}

/// Does the quotation read as a sentence that opens a clause: a capital
/// first, a closing stop or comma last, at the start of its sentence or
/// after a colon, comma or dash?
fn is_sentence(doc: &Document<'_>, o: &Orphan) -> bool {
    let first = doc.tokens[o.open + 1];
    let st = doc.sentences[sentence_of(doc, o.open)].tokens.start as usize;
    first.is_word()
        && first.text(doc.text).starts_with(char::is_uppercase)
        && matches!(
            doc.tokens[o.close - 1].kind(),
            TokenKind::Punct('.' | '?' | '!' | ',')
        )
        && (o.open == st
            || matches!(
                doc.tokens[o.open - 1].kind(),
                TokenKind::Punct(':' | ',' | '—' | '–' | '-')
            ))
}

/// Fragments quoted inside a clause whose subject is a source: mixed
/// quotations of that subject, cued by the verb after it. Returns the
/// orphans that read as sentences, for `carried`.
pub fn fragments(
    doc: &Document<'_>,
    d: &Data,
    orphans: Vec<Orphan>,
    found: &mut Vec<Found>,
) -> Vec<Orphan> {
    let mut sentences = Vec::new();
    let mut add: Vec<Found> = Vec::new();
    for o in orphans {
        let s = sentence_of(doc, o.open);
        let st = doc.sentences[s].tokens.start as usize;
        let sentence = is_sentence(doc, &o);
        // A sentence quoted at the start of its own is no clause's object.
        if sentence && o.open == st {
            sentences.push(o);
            continue;
        }
        if o.open <= st + 1 {
            continue;
        }
        // Two fragments of one sentence are one statement.
        if let Some(last) = add.last_mut().filter(|l| l.sentence == s) {
            last.content = last.content.map(|c| c.cover(o.span));
            continue;
        }
        let clause = Toks::new(doc.text, &doc.tokens, st..o.open);
        let src = subject_and_verb(d, clause)
            .filter(|(src, verb)| names_someone(doc, d, src) && *verb < o.open);
        let Some((src, verb)) = src else {
            // "Then, the laugh line: “…”": no one in the clause, so perhaps
            // the speaker before.
            if sentence {
                sentences.push(o);
            }
            continue;
        };
        add.push(Found {
            kind: if sentence {
                AttributionKind::Direct
            } else {
                AttributionKind::Mixed
            },
            cue: Cue {
                first: verb,
                last: main_verb(doc, d, verb, o.open),
            },
            source: Some(src),
            content: Some(o.span),
            sentence: s,
            last_sentence: sentence_of(doc, o.close),
        });
    }
    // Two fragments joined into one content may hold a sentence between.
    sentences.retain(|o| {
        !add.iter()
            .filter_map(|f| f.content)
            .any(|c| c.start < o.span.end && o.span.start < c.end)
    });
    found.extend(add);
    sentences
}

/// The verb that a fragment's clause turns on, from its first word after
/// the subject at `verb`: past auxiliaries and adverbs ("Lee has also
/// praised", "Roe then called") to the first other word, so the cue reads
/// "has also praised", not "has". `verb` itself when that word is no
/// lower-case word before the quotation's mark at `open`, or `verb` is a
/// cue word of its own.
fn main_verb(doc: &Document<'_>, d: &Data, verb: usize, open: usize) -> usize {
    let word = |j: usize| {
        Some(doc.tokens[j])
            .filter(|t| j < open && t.is_word())
            .map(|t| t.text(doc.text))
    };
    let helper = |w: &str| {
        !d.cues.contains(w)
            && (d.between.contains(w) || w.len() > 4 && w.ends_with("ly"))
            && w.chars().all(|c| c.is_ascii_lowercase())
    };
    let mut j = verb;
    while word(j).is_some_and(helper) {
        j += 1;
    }
    // Not a word that opens a phrase ("has instead …", "was in …"): the
    // verb lies further on, past words this reader does not take.
    let main = word(j).is_some_and(|w| {
        w.chars().all(|c| c.is_ascii_lowercase())
            && (!d.intro.contains(w) || w.ends_with("ed") || w.ends_with("ing"))
    });
    if j > verb && main {
        j
    } else {
        verb
    }
}

/// Is the subject a person or body: a personal pronoun, a name of two
/// capitalised words or more, a title, vague or organisation word at its
/// head, or one capitalised word also written after another word in the
/// paragraphs around it (a surname, not the capital every sentence opens
/// with)?
fn names_someone(doc: &Document<'_>, d: &Data, src: &super::grammar::Source) -> bool {
    let np = &doc.tokens[src.all.clone()];
    let word = |k: usize| np[k].text(doc.text);
    let head = word(np.len() - 1);
    let cap = |w: &str| w.starts_with(char::is_uppercase);
    if super::neighbours::names_no_one(doc, d, src) {
        return false;
    }
    // Any other pronoun stands for a person or group ("she", "they").
    if np.len() == 1 && d.pronouns.contains(head) {
        return true;
    }
    if d.titles.contains(head) || d.vague.contains(head) || d.organisation.contains(head) {
        return true;
    }
    if np.len() >= 2 {
        return cap(head) && (0..np.len()).filter(|&k| cap(word(k))).count() >= 2;
    }
    if !cap(head) {
        return false;
    }
    // Written after another word within the paragraphs around: a name,
    // not the capital a sentence opens with. Lengths first: most tokens
    // differ in length from the name.
    let k = src.all.start;
    let block = doc.sentences[sentence_of(doc, k)].block as usize;
    let near = |b: usize| &doc.blocks[b.min(doc.blocks.len() - 1)];
    let lo = near(block.saturating_sub(NEAR_BLOCKS)).tokens.start as usize;
    let hi = near(block + NEAR_BLOCKS).tokens.end as usize;
    let len = head.len();
    (lo.max(1)..hi).any(|j| {
        let t = doc.tokens[j];
        t.span.len() == len && j != k && doc.tokens[j - 1].is_word() && t.text(doc.text) == head
    })
}

/// How many paragraphs either side of a fragment's one-word subject are
/// searched for the same word written as a name.
const NEAR_BLOCKS: usize = 12;

/// Quotations that read as sentences of their own (from `fragments`) and
/// that nothing attributes: the person the sentence of narration right
/// before them names as its subject ("Asked about it, Brown shrugged.",
/// a lead-in "The treasurer listed three points:"), else the speaker of
/// the nearest attribution before them in the same or the previous
/// paragraph, else no one. Runs of them, sentence after sentence, are one
/// statement.
pub fn carried(doc: &Document<'_>, d: &Data, sentences: Vec<Orphan>, atts: &mut Vec<Attribution>) {
    let mut add: Vec<(Attribution, usize)> = Vec::new();
    // The attribution the last quotation went on, and its last sentence.
    let mut went_on: Option<(usize, usize)> = None;
    for o in sentences {
        let s_open = sentence_of(doc, o.open);
        let s_close = sentence_of(doc, o.close);
        if let Some((last, last_s)) = add.last_mut().filter(|(_, ls)| ls + 1 >= s_open) {
            last.content = last.content.map(|c| c.cover(o.span));
            *last_s = s_close;
            continue;
        }
        let i = atts.partition_point(|a| a.cue.start < o.span.start);
        let next_of = went_on
            .filter(|&(_, ls)| ls + 1 == s_open)
            .map(|(j, _)| j)
            .or_else(|| goes_on(doc, &atts[..i], s_open, &o));
        if let Some(j) = next_of {
            atts[j].content = atts[j].content.map(|c| c.cover(o.span));
            went_on = Some((j, s_close));
            continue;
        }
        // From the start of the paragraph before, at most.
        let block = doc.sentences[s_open].block as usize;
        let reach = doc.blocks[block.saturating_sub(1)].span.start;
        let from = atts[..i]
            .iter()
            .rev()
            .take_while(|a| a.cue.start >= reach)
            .find(|a| a.source.is_some());
        let open_mark = doc.tokens[o.open].span;
        let after = from.map_or(reach, |a| a.cue.end);
        if let Some(a) = narrated(doc, d, s_open, after, &atts[..i], open_mark, o.span) {
            add.push((a, s_close));
            continue;
        }
        add.push((
            Attribution {
                kind: AttributionKind::Direct,
                cue: open_mark,
                source: from.and_then(|a| a.source),
                content: Some(o.span),
                speaker: from.and_then(|a| a.speaker.clone()),
                class: from.map_or(SourceClass::Unknown, |a| a.class),
                inferred: true,
            },
            s_close,
        ));
    }
    if add.is_empty() {
        return;
    }
    atts.extend(add.into_iter().map(|(a, _)| a));
    atts.sort_by_key(|a| (a.cue.start, a.cue.end));
}

/// The attribution among `before` (in cue order) that quotation `o`,
/// opening sentence `s_open`, goes on with: the last one, when its words
/// end in the sentence right before, in the same paragraph. News copy
/// quotes on after a paraphrase or a quotation (`Ruiz said the fund was
/// empty. “We spent it all.”`), and the two are one statement. Not one
/// that names no speaker: after "Asked about the plan, Lee shrugged." the
/// quotation is the answer, not more of the question.
fn goes_on(doc: &Document<'_>, before: &[Attribution], s_open: usize, o: &Orphan) -> Option<usize> {
    let j = before.len().checked_sub(1)?;
    let a = &before[j];
    let c = a.content?;
    if a.inferred
        || a.source.is_none()
        || c.end > o.span.start
        || doc.sentences[s_open].tokens.start as usize != o.open
    {
        return None;
    }
    let sentence_at =
        |byte: u32| sentence_of(doc, doc.tokens.partition_point(|t| t.span.end < byte));
    let last = sentence_at(c.end).max(sentence_at(a.cue.end));
    let same_block = doc.sentences[last].block == doc.sentences[s_open].block;
    (last + 1 == s_open && same_block).then_some(j)
}

/// The inferred attribution of quotation `content` to the subject of the
/// sentence before sentence `s`, when that sentence begins at or after
/// byte `after`, is narration (body text with no quotation mark, not a
/// headline) and its subject names a person or body. A surname takes the
/// full name an earlier attribution gave; "he" or "she" the speaker before
/// whom it fits (see `gender::pronoun_speaker`).
fn narrated(
    doc: &Document<'_>,
    d: &Data,
    s: usize,
    after: u32,
    before: &[Attribution],
    cue: Span,
    content: Span,
) -> Option<Attribution> {
    let prev = &doc.sentences[s.checked_sub(1)?];
    if prev.span.start < after || !doc.blocks[prev.block as usize].kind.is_body() {
        return None;
    }
    let m = doc
        .marks
        .partition_point(|m| m.span.start < prev.span.start);
    if doc
        .marks
        .get(m)
        .is_some_and(|m| m.span.start < prev.span.end)
    {
        return None;
    }
    let r = prev.tokens.start as usize..prev.tokens.end as usize;
    let src = main_subject(d, Toks::new(doc.text, &doc.tokens, r))?;
    let np = &doc.tokens[src.all.clone()];
    if np.len() == 1 && d.pronouns.contains(np[0].text(doc.text)) {
        // "She then turned to the crowd.": the pronoun's source speaks,
        // the nearest speaker before of its gender (not simply the last
        // one: a man quoted in between is no "she").
        // With none of its gender near, the pronoun still says who speaks
        // (no one the article names), rather than the last speaker.
        let w = np[0].text(doc.text);
        if !d.male.contains(w) && !d.female.contains(w) {
            return None;
        }
        let to = super::gender::pronoun_speaker(doc, d, w, before);
        return Some(Attribution {
            kind: AttributionKind::Direct,
            cue,
            source: Some(super::found::token_span(doc, src.all.clone())),
            content: Some(content),
            speaker: to.and_then(|a| a.speaker.clone()),
            class: to.map_or(SourceClass::Unknown, |a| a.class),
            inferred: true,
        });
    }
    // One capitalised word after an opening phrase ("Asked about it,
    // Brown shrugged.") is a name: no sentence begins there.
    let after_intro = np.len() == 1 && src.all.start > prev.tokens.start as usize;
    if !after_intro && !names_someone(doc, d, &src) {
        return None;
    }
    let (mut name, class) = super::source_names::describe(doc, d, &src);
    if !name.contains(' ') {
        let full = before.iter().rev().find_map(|a| {
            a.speaker.as_deref().filter(|sp| {
                sp.strip_suffix(name.as_str())
                    .is_some_and(|f| f.ends_with(' '))
            })
        });
        if let Some(full) = full {
            name = full.to_string();
        }
    }
    Some(Attribution {
        kind: AttributionKind::Direct,
        cue,
        source: Some(super::found::token_span(doc, src.all.clone())),
        content: Some(content),
        speaker: (!name.is_empty()).then_some(name),
        class,
        inferred: true,
    })
}
