//! The attribution grammar: nom parsers over runs of tokens.
//!
//! Each parser reads one piece of an attribution — the cue, the source
//! before or after it, the reported clause, the words around a quotation —
//! from a `Toks` slice the caller cuts out of a sentence. Parsers return
//! token indices into `Document::tokens`; they never re-read the text
//! except to compare words.

use super::data::Data;
use super::toks::{miss, Expected, PResult, Toks};
use crate::model::conventions::Glyph;
use crate::model::token::is_capitalised;
use crate::model::{Token, TokenKind};
use nom::branch::alt;
use nom::combinator::{eof, opt};
use nom::multi::many0_count;
use nom::{Input, Parser};
use std::ops::Range;

/// The attributing words: token indices, inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cue {
    pub first: usize,
    pub last: usize,
}

/// A source as parsed: all of it (titles and appositives included), and
/// the part that names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub all: Range<usize>,
    pub name: Range<usize>,
}

/// What follows a cue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Complement {
    /// A reported clause; `that` when "that" introduced it.
    Clause { range: Range<usize>, that: bool },
    /// A quotation opens here (token index of its mark), after `:` or `,`.
    Quote(usize),
    /// Nothing but adjuncts ("in a statement", "on Tuesday") to the end:
    /// the content stands before the source.
    End,
}

fn is_mark(t: Token) -> bool {
    matches!(t.kind(), TokenKind::Quote(_))
}

/// Token `k` of `toks` is a quotation mark that quotes nothing: the
/// apostrophe of a plural possessive, glued to a word ending in "s" and
/// followed by a space ("Sanders’ campaign manager", "the Smiths' lawyer").
pub fn is_possessive(text: &str, toks: &[Token], k: usize) -> bool {
    let t = toks[k];
    if k == 0
        || !matches!(
            t.kind(),
            TokenKind::Quote(Glyph::CurlySingleRight | Glyph::StraightSingle)
        )
    {
        return false;
    }
    let p = toks[k - 1];
    p.is_word()
        && p.span.end == t.span.start
        && p.text(text).ends_with(['s', 'S'])
        && text[t.span.end as usize..].starts_with(' ')
}

/// A quotation mark that is not a plural possessive's apostrophe.
fn is_mark_at(i: Toks<'_>, k: usize) -> bool {
    is_mark(i.toks[k]) && !is_possessive(i.text, i.toks, k)
}

/// Sentence-final punctuation, for trimming a sentence's end.
fn is_terminal(t: Token) -> bool {
    matches!(t.kind(), TokenKind::Punct('.' | '!' | '?' | '…' | ';'))
}

/// Punctuation that stops a phrase inside a sentence. A full stop does
/// not: inside a sentence it ends an abbreviation ("Mr.", "U.S.").
fn is_stop(t: Token) -> bool {
    matches!(t.kind(), TokenKind::Punct('!' | '?' | '…' | ';'))
}

/// One token that satisfies `pred`; yields its document index.
fn one<'a>(
    pred: impl Fn(&'a str, Token) -> bool,
    expected: Expected,
) -> impl Fn(Toks<'a>) -> PResult<'a, usize> {
    move |i: Toks<'a>| match i.first() {
        Some(t) if pred(t.text(i.text), t) => Ok((i.take_from_1(), i.at)),
        _ => miss(i, expected),
    }
}

impl<'a> Toks<'a> {
    fn take_from_1(&self) -> Toks<'a> {
        self.sub(1, self.len())
    }
}

fn punct<'a>(c: char) -> impl Fn(Toks<'a>) -> PResult<'a, usize> {
    one(move |_, t| t.is_punct(c), Expected::Punct)
}

fn lit<'a>(word: &'static str) -> impl Fn(Toks<'a>) -> PResult<'a, usize> {
    one(move |w, _| w.eq_ignore_ascii_case(word), Expected::Word)
}

fn in_set<'a>(
    set: &'a super::words::WordSet,
    e: Expected,
) -> impl Fn(Toks<'a>) -> PResult<'a, usize> {
    one(move |w, t| t.is_word() && set.contains(w), e)
}

/// A cue verb, or "according to".
pub fn cue<'a>(d: &'a Data) -> impl Fn(Toks<'a>) -> PResult<'a, Cue> {
    move |i: Toks<'a>| {
        alt((
            (lit("according"), lit("to")).map(|(a, b)| Cue { first: a, last: b }),
            in_set(&d.cues, Expected::Cue).map(|a| Cue { first: a, last: a }),
        ))
        .parse(i)
    }
}

/// How a comma-separated piece of a subject reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Piece {
    /// Capitalised words only: a name or a place ("Neil Thomas", "Ariz.").
    Name,
    /// A noun phrase describing someone ("a city council member in Somerton").
    Description,
    /// An aside that neither names nor describes: an age ("69"), a party
    /// and state ("R-Ky."), a place or employer ("of RBC Capital Markets").
    Aside,
    Other,
}

/// `p` is an aside in an appositive: a number, "R-Ky.", "of X", "now 81 …".
fn aside(p: Toks<'_>) -> bool {
    let Some(t0) = p.first() else {
        return false;
    };
    if p.len() == 1 && t0.kind() == TokenKind::Number {
        return true;
    }
    // "R-Ky." / "D-Md.": a party letter, a hyphen and a state.
    if p.len() <= 4
        && p.word(0).len() == 1
        && p.toks.get(1).is_some_and(|t| t.is_punct('-'))
        && p.toks
            .get(2)
            .is_some_and(|t| t.is_word() && is_capitalised(t.text(p.text)))
    {
        return true;
    }
    t0.is_word() && p.len() <= 10 && matches!(p.word(0), "of" | "from" | "now" | "age" | "aged")
}

/// `p`, set off by commas before a cue, is an adverbial that interrupts
/// the clause: it begins with a lower-case introductory word ("in",
/// "speaking", "asked", "however") that does not begin a clause of its
/// own ("because", "which") or an aside ("of Dayton", "now 81").
fn interruption(d: &Data, p: Toks<'_>) -> bool {
    let Some(t0) = p.first() else {
        return false;
    };
    let w = p.word(0);
    // "Smith, who has served in the Senate since 2009, said": a relative
    // clause describing the source. (A bare "who" before the cue is the
    // source's own word.)
    if t0.is_word() && matches!(w, "who" | "whose") && p.len() >= 2 && p.len() <= 16 {
        return true;
    }
    // "Smith, delivering the speech, asked": a participle phrase.
    if t0.is_word()
        && p.len() >= 2
        && p.len() <= 12
        && w.len() > 5
        && w.ends_with("ing")
        && w.starts_with(|c: char| c.is_ascii_lowercase())
        && !matches!(
            w,
            "nothing" | "everything" | "something" | "anything" | "morning" | "evening"
        )
    {
        return true;
    }
    // "Huckabee, for his part, said": the idiom, unlike other "for" phrases.
    if p.len() == 3
        && w == "for"
        && matches!(p.word(1), "his" | "her" | "its" | "their" | "our" | "my")
        && p.word(2) == "part"
    {
        return true;
    }
    t0.is_word()
        && p.len() <= 12
        && w.starts_with(|c: char| c.is_lowercase())
        && d.intro.contains(w)
        && !d.boundary.contains(w)
        && !aside(p)
        && !matches!(
            w,
            "and"
                | "but"
                | "so"
                | "yet"
                | "then"
                | "as"
                | "like"
                | "unlike"
                | "according"
                | "to"
                | "of"
                | "for"
                | "by"
        )
}

fn piece(d: &Data, p: Toks<'_>) -> Piece {
    if p.is_empty() || p.len() > 16 {
        return Piece::Other;
    }
    let words = p.toks.iter().filter(|t| t.is_word());
    if aside(p) {
        return Piece::Aside;
    }
    let name = p.len() <= 6
        && p.toks.iter().all(|t| {
            !t.is_word() && matches!(t.kind(), TokenKind::Punct('.' | '-' | '\''))
                || t.is_word()
                    && (is_capitalised(t.text(p.text)) || d.titles.contains(t.text(p.text)))
        })
        && words.clone().count() > 0;
    if name {
        return Piece::Name;
    }
    // A clause ("It was also used as …") is not a description.
    let verbish = p.toks.iter().any(|t| {
        t.is_word()
            && matches!(
                t.text(p.text),
                "is" | "was" | "are" | "were" | "has" | "have" | "had" | "will" | "would"
            )
    });
    let w0 = p.word(0);
    // "managing director and analyst at X": a role without a determiner.
    let bare_role = p.toks[..p.len().min(3)]
        .iter()
        .any(|t| t.is_word() && d.titles.contains(t.text(p.text)));
    let starts =
        d.determiners.contains(w0) || d.titles.contains(w0) || is_capitalised(w0) || bare_role;
    // A description names a role: "a city council member", "an analyst".
    let role = p.len() <= 5
        || p.toks.iter().any(|t| {
            let w = t.text(p.text);
            t.is_word()
                && (d.titles.contains(w) || d.vague.contains(w) || d.organisation.contains(w))
        });
    if !verbish && starts && role {
        Piece::Description
    } else {
        Piece::Other
    }
}

/// Can this token begin a source?
fn source_start(d: &Data, w: &str, t: Token) -> bool {
    match t.kind() {
        TokenKind::Word => {
            (is_capitalised(w) && !d.intro.contains(w) && !d.boundary.contains(w))
                || d.pronouns.contains(w)
                || d.determiners.contains(w)
                || d.vague.contains(w)
                || d.titles.contains(w)
                || d.organisation.contains(w)
                || w.eq_ignore_ascii_case("who")
        }
        TokenKind::Number => true,
        _ => false,
    }
}

/// Can this token end a source (its head, just before the cue)?
fn source_head(d: &Data, w: &str, t: Token) -> bool {
    match t.kind() {
        TokenKind::Word => {
            !w.ends_with("'s")
                && !w.ends_with("’s")
                && (!d.determiners.contains(w)
                    || d.vague.contains(w)
                    || d.pronouns.contains(w)
                    || matches!(w, "Another" | "another" | "One" | "one"))
                && (!d.intro.contains(w) || is_capitalised(w))
                && !d.boundary.contains(w)
                && !d.cues.contains(w)
                && !matches!(
                    w,
                    "to" | "of"
                        | "for"
                        | "with"
                        | "be"
                        | "been"
                        | "being"
                        | "it's"
                        | "there"
                        | "who"
                        | "him"
                        | "them"
                        | "me"
                        | "us"
                )
        }
        TokenKind::Close(_) => true,
        _ => false,
    }
}

/// The subject of a cue: `input` runs from the clause start to the cue and
/// must be read whole. Introductory phrases ("In an email,", "However,")
/// are skipped; appositives ("An analyst …, Neil Thomas,") are kept.
pub fn subject<'a>(d: &'a Data) -> impl Fn(Toks<'a>) -> PResult<'a, Source> {
    move |input: Toks<'a>| {
        // Adverbs and auxiliaries between source and cue: "also", "has".
        let mut end = input.len();
        while end > 0 && input.toks[end - 1].is_word() && d.between.contains(input.word(end - 1)) {
            end -= 1;
        }
        let body = input.sub(0, end);
        let intro = (
            in_set(&d.intro, Expected::Word),
            many0_count(one(|_, t| !t.is_punct(','), Expected::Word)),
            punct(','),
        );
        let (rest, _) = many0_count(intro).parse(body)?;
        // "Thomas, said": a trailing comma closes an appositive.
        let mut stop = rest.len();
        if stop > 0 && rest.toks[stop - 1].is_punct(',') {
            stop -= 1;
        }
        let np = rest.sub(0, stop);
        if np.is_empty() || np.len() > 30 {
            return miss(rest, Expected::Source);
        }
        if (0..np.len()).any(|k| {
            let t = np.toks[k];
            is_mark_at(np, k) || is_stop(t) || t.is_punct(':')
        }) {
            return miss(np, Expected::Source);
        }
        // Comma pieces, from the cue back: the core is the last piece;
        // an appositive widens it (Name + Description, either order).
        let mut buf = [(0usize, 0usize); 8];
        let mut count = 0;
        let mut from = 0;
        for (k, t) in np.toks.iter().enumerate() {
            if t.is_punct(',') {
                if count == buf.len() - 1 {
                    return miss(np, Expected::Source);
                }
                buf[count] = (from, k);
                count += 1;
                from = k + 1;
            }
        }
        buf[count] = (from, np.len());
        // An adverbial set off by commas between the source and its cue
        // ("Clinton, in an interview with NBC, said"; "Smith, speaking at
        // a rally, said"; "Jones, however, said") is not part of the source.
        let mut kept = count;
        while kept > 0
            && buf[kept].0 < buf[kept].1
            && interruption(d, np.sub(buf[kept].0, buf[kept].1))
        {
            kept -= 1;
        }
        // Only before a name, a pronoun or a short description: a clause
        // before the adverbial ("Unemployment dipped to 4.9 percent, in
        // January, …") is no source.
        if kept < count {
            let core = np.sub(buf[kept].0, buf[kept].1);
            let np_like = match piece(d, core) {
                Piece::Name => true,
                Piece::Description => core.len() <= 4,
                _ => core.len() == 1 && d.pronouns.contains(core.word(0)),
            };
            if np_like {
                count = kept;
            }
        }
        // Asides after the name ("Sarandon, 69, told") are kept in the
        // source but are not its core.
        let mut last = count;
        while last > 0 && buf[last].0 < buf[last].1 && aside(np.sub(buf[last].0, buf[last].1)) {
            last -= 1;
        }
        let all_end = np.at + buf[count].1;
        let pieces = &buf[..=last];
        let (mut lo, hi) = *pieces.last().expect("one piece at least");
        if lo >= hi {
            return miss(np, Expected::Source);
        }
        let core = np.sub(lo, hi);
        // "Allentown, Pa.": the full stop of an abbreviation is not the head.
        let mut head = core.len() - 1;
        if head > 0 && core.toks[head].is_punct('.') && core.toks[head - 1].is_word() {
            head -= 1;
        }
        // "veteran analyst Charlie Cook": a lowercase description before a name.
        let described_name = core.toks[0].is_word()
            && !d.intro.contains(core.word(0))
            && !d.boundary.contains(core.word(0))
            && !d.cues.contains(core.word(0))
            && core.len() <= 8
            && core.toks[1..]
                .iter()
                .any(|t| t.is_word() && is_capitalised(t.text(core.text)));
        // "city officials", "campaign aides": a short phrase with a vague head.
        let vague_head = core.len() <= 4 && d.vague.contains(core.word(head));
        // "Robert Peck, managing director at X, told": a bare role after a name.
        let role_after_name = last > 0
            && piece(d, core) == Piece::Description
            && piece(d, np.sub(pieces[last - 1].0, pieces[last - 1].1)) == Piece::Name;
        if !(source_start(d, core.word(0), core.toks[0])
            || described_name
            || vague_head
            || role_after_name)
            || !source_head(d, core.word(head), core.toks[head])
        {
            return miss(core, Expected::Source);
        }
        if core.len() > 12 && piece(d, core) == Piece::Other {
            return miss(core, Expected::Source);
        }
        let mut kinds = piece(d, core);
        // Titles are not the name: "Russian presidential aide Yury Ushakov".
        let mut name = name_run(d, core);
        let mut found_name = kinds == Piece::Name;
        for &(a, b) in pieces.iter().rev().skip(1) {
            if a >= b {
                break;
            }
            let p = np.sub(a, b);
            let k = piece(d, p);
            // An aside joins the source only with a piece before it.
            if k == Piece::Aside {
                continue;
            }
            let cur_len = if lo == pieces.last().map_or(0, |p| p.0) {
                core.len()
            } else {
                3
            };
            let fits = match (k, kinds) {
                (Piece::Name, Piece::Description) | (Piece::Description, Piece::Name) => true,
                // "Somerton, Ariz.": a short place after a name.
                (Piece::Name, Piece::Name) => {
                    cur_len <= 2 && p.len() <= 4 && !d.vague.contains(core.word(0))
                }
                _ => false,
            };
            if !fits {
                break;
            }
            if k == Piece::Name && (!found_name || p.len() >= 2) {
                // "Dow's chief executive, Andrew Liveris": a piece with no
                // name of its own leaves the one found.
                match name_in(d, p) {
                    Some(r) => {
                        name = r;
                        found_name = true;
                    }
                    None if !found_name => name = name_run(d, p),
                    None => {}
                }
            }
            lo = a;
            kinds = k;
        }
        let all = np.at + lo..all_end;
        Ok((
            input.take_from(input.len()),
            Source {
                all,
                name: name.0..name.1,
            },
        ))
    }
}

/// The subject of a main clause, for a participle that hangs off it:
/// "Trump attacked Cruz on Monday, saying …" and "Jones responded by
/// saying …" quote Trump and Jones, not Monday. `clause` runs from the
/// clause start to the comma or "by". The subject is the noun phrase the
/// clause opens with: a pronoun, or capitalised words, titles, vague and
/// organisation words and what joins them ("A spokesman for the
/// campaign"), up to the first other lower-case word, the verb.
pub fn main_subject(d: &Data, clause: Toks<'_>) -> Option<Source> {
    // Introductory phrases ("In a statement Monday,") come first.
    let mut start = 0;
    while start < clause.len()
        && clause.toks[start].is_word()
        && d.intro.contains(clause.word(start))
    {
        let comma = (start..clause.len()).find(|&k| clause.toks[k].is_punct(','))?;
        start = comma + 1;
    }
    let w0 = clause.toks.get(start)?;
    if !w0.is_word() {
        return None;
    }
    let first = clause.word(start);
    let pronoun = d.pronouns.contains(first);
    let mut end = start + 1;
    if !pronoun {
        if !(is_capitalised(first) || d.determiners.contains(first) || d.vague.contains(first)) {
            return None;
        }
        while end < clause.len() {
            let t = clause.toks[end];
            let w = clause.word(end);
            let joins = t.is_punct('.') && clause.toks[end - 1].is_word()
                || t.is_word()
                    && (is_capitalised(w)
                        || d.titles.contains(w)
                        || d.vague.contains(w)
                        || d.organisation.contains(w)
                        || matches!(w, "of" | "for" | "the" | "at"));
            if !joins {
                break;
            }
            end += 1;
        }
        // "A spokesman for the" before the verb: the joining words belong
        // to a phrase the verb cut short.
        while end > start + 1
            && clause.toks[end - 1].is_word()
            && matches!(clause.word(end - 1), "of" | "for" | "the" | "at")
        {
            end -= 1;
        }
    }
    // The verb: a lower-case word right after the subject.
    let verb = clause.toks.get(end)?;
    let vw = clause.word(end);
    if !verb.is_word() || is_capitalised(vw) {
        return None;
    }
    let np = clause.sub(start, end);
    if !source_head(d, np.word(np.len() - 1), np.toks[np.len() - 1]) {
        return None;
    }
    let name = if pronoun {
        (np.at, np.end())
    } else {
        name_run(d, np)
    };
    Some(Source {
        all: np.at..np.end(),
        name: name.0..name.1,
    })
}

/// The last run of capitalised words in `p` that is not a title: the name
/// inside "Russian presidential aide Yury Ushakov". The whole of `p` when
/// it has none.
fn name_run(d: &Data, p: Toks<'_>) -> (usize, usize) {
    name_in(d, p).unwrap_or((p.at, p.end()))
}

/// The name inside `p`, if it holds one.
fn name_in(d: &Data, p: Toks<'_>) -> Option<(usize, usize)> {
    // "Officials at the Pentagon": a vague source with its employer names
    // no one.
    let prep =
        (0..p.len()).find(|&k| p.toks[k].is_word() && super::speakers::is_preposition(p.word(k)));
    if let Some(j) = prep.filter(|&j| j > 0) {
        let pre = p.toks[..j]
            .iter()
            .filter(|t| t.is_word())
            .map(|t| t.text(p.text));
        let (mut vague, mut all_fit) = (false, true);
        for w in pre {
            vague |= d.vague.contains(w);
            all_fit &= d.vague.contains(w) || d.determiners.contains(w);
        }
        if vague && all_fit {
            return None;
        }
    }
    // "Gov. Jane Smith (D-Ohio)": what the brackets hold says more about
    // the person; the name stands before them.
    if let Some(j) = p
        .toks
        .iter()
        .position(|t| matches!(t.kind(), TokenKind::Open(_)))
        .filter(|&j| j > 0)
    {
        if let Some(r) = last_name_run(d, p.sub(0, j)) {
            return Some(r);
        }
    }
    last_name_run(d, p)
}

/// The last name in a clause that has no subject to offer ("The timing
/// does not surprise pollster Dan Reed"): its last run of capitalised
/// words, not counting an introductory word that opens the clause.
pub fn last_name(d: &Data, clause: Toks<'_>) -> Option<Source> {
    let skip = usize::from(
        clause.first().is_some_and(|t| t.is_word())
            && (d.intro.contains(clause.word(0)) || d.boundary.contains(clause.word(0))),
    );
    let (a, b) = last_name_run(d, clause.sub(skip, clause.len()))?;
    Some(Source {
        all: a..b,
        name: a..b,
    })
}

fn last_name_run(d: &Data, p: Toks<'_>) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    let mut k = 0;
    while k < p.len() {
        let is_name = |k: usize| {
            let t = p.toks[k];
            t.is_word()
                && is_capitalised(p.word(k))
                && !d.titles.contains(p.word(k))
                && !d.determiners.contains(p.word(k))
        };
        if is_name(k) {
            let s = k;
            while k < p.len() && (is_name(k) || (p.toks[k].is_punct('.') && k > s)) {
                k += 1;
            }
            // "the Moscow leader", "a Kremlin aide": a name before a
            // lower-case role noun says whose; the source is the role.
            let modifier = k < p.len()
                && p.toks[k].is_word()
                && d.titles.contains(p.word(k))
                && !is_capitalised(p.word(k))
                && p.toks[k + 1..]
                    .iter()
                    .all(|t| !(t.is_word() && is_capitalised(t.text(p.text))));
            if modifier {
                best = None;
                continue;
            }
            best = Some((p.at + s, p.at + k));
            // "Ann Lee of the Institute", "Yury Ushakov at the Kremlin": a
            // full name before a preposition is the person, and what
            // follows says where they work. (One word before it, as in
            // "Bank of America", names nothing alone.)
            let words = p.toks[s..k].iter().filter(|t| t.is_word()).count();
            if words >= 2
                && k < p.len()
                && matches!(p.word(k), "of" | "at" | "from" | "with" | "for")
            {
                break;
            }
        } else {
            k += 1;
        }
    }
    best
}

/// `w` in ASCII lower case, in `buf`; `None` when it is longer than any
/// word of the lists below. The adjunct tests run on most words after a
/// cue and must not allocate.
fn lowered<'b>(w: &str, buf: &'b mut [u8; 12]) -> Option<&'b [u8]> {
    let b = buf.get_mut(..w.len())?;
    b.copy_from_slice(w.as_bytes());
    b.make_ascii_lowercase();
    Some(b)
}

/// Words that begin a time or place adjunct ("in a statement", "on
/// Tuesday"); not "at", which may name an employer.
fn time_or_place(w: &str) -> bool {
    lowered(w, &mut [0; 12]).is_some_and(is_time_or_place)
}

/// `time_or_place` of a word in lower case.
fn is_time_or_place(w: &[u8]) -> bool {
    matches!(
        w,
        b"in"
            | b"on"
            | b"during"
            | b"via"
            | b"after"
            | b"before"
            | b"last"
            | b"this"
            | b"earlier"
            | b"later"
            | b"yesterday"
            | b"today"
            | b"tonight"
            | b"monday"
            | b"tuesday"
            | b"wednesday"
            | b"thursday"
            | b"friday"
            | b"saturday"
            | b"sunday"
    )
}

/// Words that begin an adjunct after a cue ("said in a statement").
fn adjunct_start(w: &str) -> bool {
    lowered(w, &mut [0; 12]).is_some_and(|w| {
        is_time_or_place(w)
            || matches!(
                w,
                b"at"
                    | b"through"
                    | b"recently"
                    | b"previously"
                    | b"again"
                    | b"also"
                    | b"repeatedly"
                    | b"publicly"
                    | b"privately"
                    | b"while"
                    | b"when"
                    | b"from"
                    | b"with"
                    | b"of"
                    | b"about"
                    | b"to"
                    | b"for"
                    | b"over"
                    | b"under"
                    | b"by"
                    | b"late"
                    | b"early"
                    | b"afterward"
                    | b"afterwards"
                    | b"then"
                    | b"too"
                    | b"as"
                    | b"last week"
                    | b"briefly"
                    | b"twice"
                    | b"once"
                    | b"separately"
            )
    })
}

/// What follows the cue verb at `cue` in `input` (cue excluded, to the end
/// of the sentence). `object_first` verbs take the person told first.
pub fn complement<'a>(
    d: &'a Data,
    object_first: bool,
) -> impl Fn(Toks<'a>) -> PResult<'a, Complement> {
    move |input: Toks<'a>| {
        // Trim the sentence's end: terminal punctuation and closing marks.
        let mut end = input.len();
        while end > 0
            && (is_terminal(input.toks[end - 1])
                || matches!(input.toks[end - 1].kind(), TokenKind::Close(_)))
        {
            end -= 1;
        }
        let body = input.sub(0, end);
        if body.is_empty() {
            return Ok((input.take_from(input.len()), Complement::End));
        }
        // "that" within a few tokens, before any comma or mark.
        let stop = body
            .toks
            .iter()
            .position(|t| t.is_punct(',') || is_mark(*t) || t.is_punct(':') || t.is_punct('—'))
            .unwrap_or(body.len());
        if let Some(k) = body.toks[..stop.min(10)]
            .iter()
            .position(|t| t.is_word() && t.text(body.text).eq_ignore_ascii_case("that"))
        {
            if k + 1 < body.len() {
                let r = clause_end(d, body, k + 1);
                return Ok((
                    input.take_from(input.len()),
                    Complement::Clause {
                        range: body.at + k + 1..body.at + r,
                        that: true,
                    },
                ));
            }
        }
        // ": “…" or ", “…": a quotation follows.
        let (after_punct, _) = opt(alt((punct(':'), punct(','), punct('—')))).parse(body)?;
        if let Some(t) = after_punct.first() {
            if is_mark(t) {
                return Ok((
                    input.take_from(input.len()),
                    Complement::Quote(after_punct.at),
                ));
            }
        }
        // Only adjuncts to the end (or to a comma): "said in a statement."
        let mut k = 0;
        if object_first {
            // "told Reuters", "told reporters", "told the Associated Press".
            let (rest, n) = object(d)(body)?;
            k = body.len() - rest.len();
            let _ = n;
        }
        let w = |k: usize| body.word(k);
        let to_person = |k: usize| {
            k + 1 < body.len() && {
                let n = body.word(k + 1);
                is_capitalised(n)
                    || d.determiners.contains(n)
                    || matches!(n, "him" | "her" | "them" | "me" | "us" | "reporters")
            }
        };
        let adjunct =
            |k: usize| adjunct_start(w(k)) && (!w(k).eq_ignore_ascii_case("to") || to_person(k));
        if k < body.len() && body.toks[k].is_word() && adjunct(k) {
            let upto = body.toks[k..]
                .iter()
                .position(|t| t.is_punct(','))
                .map_or(body.len(), |p| k + p);
            if (upto == body.len() && upto <= k + 8) || upto <= k + 6 {
                // ", “…" after the adjunct is a quotation; else the adjunct ends it.
                if upto < body.len() {
                    if let Some(t) = body.toks.get(upto + 1) {
                        if is_mark(*t) {
                            return Ok((
                                input.take_from(input.len()),
                                Complement::Quote(body.at + upto + 1),
                            ));
                        }
                    }
                    return Ok((input.take_from(input.len()), Complement::End));
                }
                return Ok((input.take_from(input.len()), Complement::End));
            }
        }
        if k >= body.len() {
            return Ok((input.take_from(input.len()), Complement::End));
        }
        if body.toks[k].is_punct(',') {
            return Ok((input.take_from(input.len()), Complement::End));
        }
        if is_mark(body.toks[k]) {
            return Ok((input.take_from(input.len()), Complement::Quote(body.at + k)));
        }
        let r = clause_end(d, body, k);
        if r <= k + 1 {
            return miss(body.sub(k, body.len()), Expected::Content);
        }
        Ok((
            input.take_from(input.len()),
            Complement::Clause {
                range: body.at + k..body.at + r,
                that: false,
            },
        ))
    }
}

/// The person spoken to after "told": a pronoun, a capitalised run, or a
/// short noun phrase; empty when none is there.
fn object<'a>(d: &'a Data) -> impl Fn(Toks<'a>) -> PResult<'a, usize> {
    move |i: Toks<'a>| {
        let Some(t) = i.first() else {
            return Ok((i, 0));
        };
        let w = i.word(0);
        if !t.is_word() {
            return Ok((i, 0));
        }
        let lw = w.to_ascii_lowercase();
        if matches!(
            lw.as_str(),
            "him"
                | "her"
                | "them"
                | "me"
                | "us"
                | "you"
                | "reporters"
                | "journalists"
                | "supporters"
                | "voters"
                | "listeners"
                | "viewers"
                | "the"
                | "a"
                | "an"
        ) || is_capitalised(w)
        {
            let mut k = 1;
            if matches!(lw.as_str(), "the" | "a" | "an") || is_capitalised(w) {
                while k < i.len().min(6)
                    && i.toks[k].is_word()
                    && (is_capitalised(i.word(k))
                        || (matches!(lw.as_str(), "the" | "a" | "an") && k == 1))
                {
                    k += 1;
                }
                // "asked the Cleveland crowd “…”": the object's head noun
                // before a quotation mark, colon or comma.
                let det = matches!(lw.as_str(), "the" | "a" | "an");
                if det
                    && k >= 2
                    && k < i.len()
                    && i.toks[k].is_word()
                    && !d.cues.contains(i.word(k))
                    && i.toks.get(k + 1).is_some_and(|t| {
                        matches!(t.kind(), TokenKind::Quote(_) | TokenKind::Punct(':' | ','))
                    })
                {
                    k += 1;
                }
            }
            return Ok((i.take_from(k), k));
        }
        Ok((i, 0))
    }
}

/// Where a reported clause starting at `from` ends (relative index): at
/// the sentence end, or before ", adding …" / ", according to …".
fn clause_end(d: &Data, body: Toks<'_>, from: usize) -> usize {
    let mut k = from;
    while k < body.len() {
        let t = body.toks[k];
        if t.is_punct(',') || t.is_punct('—') {
            if let Some(n) = body.toks.get(k + 1) {
                let w = n.text(body.text);
                if n.is_word()
                    && ((d.cues.contains(w) && w.ends_with("ing"))
                        || w.eq_ignore_ascii_case("according"))
                {
                    return k;
                }
                // ", he said." closes the reported clause as well.
                if n.is_word() && d.pronouns.contains(w) {
                    if let Some(m) = body.toks.get(k + 2) {
                        if m.is_word() && d.speech.contains(m.text(body.text)) {
                            return k;
                        }
                    }
                }
            }
        }
        k += 1;
    }
    body.len()
}

/// "according to X": `input` starts at "according"; yields the cue and the
/// source (to the next comma or the end), or fails for "according to plan".
pub fn according<'a>(d: &'a Data) -> impl Fn(Toks<'a>) -> PResult<'a, (Cue, Source)> {
    move |input: Toks<'a>| {
        let (rest, (a, b)) = (lit("according"), lit("to")).parse(input)?;
        let mut n = rest
            .toks
            .iter()
            .position(|t| {
                t.is_punct(',') || is_stop(*t) || is_mark(*t) || t.is_punct('—') || t.is_punct(':')
            })
            .unwrap_or(rest.len());
        // The sentence's own full stop is not part of the source.
        if n == rest.len() && n > 0 && is_terminal(rest.toks[n - 1]) {
            n -= 1;
        }
        if n == 0 || n > 20 {
            return miss(rest, Expected::Source);
        }
        let np = rest.sub(0, n);
        let w0 = np.word(0);
        let ok = np.toks[0].is_word()
            && (is_capitalised(w0)
                || d.determiners.contains(w0)
                || d.vague.contains(w0)
                || d.organisation.contains(w0)
                || d.pronouns.contains(w0)
                || d.titles.contains(w0)
                || matches!(w0, "him" | "her" | "them" | "me" | "us")
                || np.toks.iter().any(|t| {
                    t.is_word()
                        && (d.vague.contains(t.text(np.text))
                            || d.organisation.contains(t.text(np.text)))
                }));
        if !ok {
            return miss(np, Expected::Source);
        }
        let name = name_run(d, np);
        Ok((
            rest.take_from(n),
            (
                Cue { first: a, last: b },
                Source {
                    all: np.at..np.end(),
                    name: name.0..name.1,
                },
            ),
        ))
    }
}

/// "…, said Smith, the group's director." — a source after its cue, to
/// the end of the sentence or a comma that an appositive does not explain.
pub fn inverted<'a>(d: &'a Data) -> impl Fn(Toks<'a>) -> PResult<'a, Source> {
    move |input: Toks<'a>| {
        let mut end = input.len();
        while end > 0
            && (is_terminal(input.toks[end - 1])
                || matches!(input.toks[end - 1].kind(), TokenKind::Close(_)))
        {
            end -= 1;
        }
        let body = input.sub(0, end);
        let Some(t0) = body.first() else {
            return miss(body, Expected::Source);
        };
        let w0 = body.word(0);
        let described_name = body.toks[1..body.len().min(6)]
            .iter()
            .any(|t| t.is_word() && is_capitalised(t.text(body.text)));
        let starts = t0.is_word()
            && ((is_capitalised(w0) && !d.intro.contains(w0))
                || d.determiners.contains(w0)
                || d.titles.contains(w0)
                || d.vague.contains(w0)
                || described_name)
            && !d.pronouns.contains(w0)
            && !adjunct_start(w0);
        if !starts {
            return miss(body, Expected::Source);
        }
        let n = (0..body.len())
            .find(|&k| {
                let t = body.toks[k];
                is_mark_at(body, k)
                    || t.is_punct(':')
                    || (t.is_word()
                        && (t.text(body.text) == "that" || d.speech.contains(t.text(body.text))))
            })
            .unwrap_or(body.len());
        if n == 0 {
            return miss(body, Expected::Source);
        }
        // A long relative clause after the name ("said Mr. Stevens, who took
        // direct aim at …"): the source stops at a comma within reach.
        let n = if n > 40 {
            match body.toks[..40].iter().rposition(|t| t.is_punct(',')) {
                Some(c) if c > 0 => c,
                _ => return miss(body, Expected::Source),
            }
        } else {
            n
        };
        // "wrote Smith on Twitter", "said Jones on Tuesday": an adjunct
        // right after the name is no part of the source. (After a lower-case
        // word it may be: "a source involved in the talks", "an official
        // who spoke on condition of anonymity"; "at" may name an employer.)
        let core_end = body.toks[..n]
            .iter()
            .position(|t| t.is_punct(','))
            .unwrap_or(n);
        let n_source = (1..core_end)
            .find(|&k| {
                let t = body.toks[k];
                let w = body.word(k);
                t.is_word()
                    && body.toks[k - 1].is_word()
                    && time_or_place(w)
                    && is_capitalised(body.word(k - 1))
            })
            .unwrap_or(n);
        // Up to the first comma is the core; an appositive may follow.
        let mut all_end = n_source;
        while all_end > 0 && body.toks[all_end - 1].is_punct(',') {
            all_end -= 1;
        }
        let first_comma = body.toks[..all_end]
            .iter()
            .position(|t| t.is_punct(','))
            .unwrap_or(all_end);
        let core = body.sub(0, first_comma);
        let name = name_run(d, core);
        Ok((
            body.take_from(n),
            Source {
                all: body.at..body.at + all_end,
                name: name.0..name.1,
            },
        ))
    }
}

/// A speech cue starting at relative index `k` of `i`: a speech verb, or a
/// two-word cue ("pointed out"). Yields the index of its last word.
fn speech_cue(d: &Data, i: Toks<'_>, k: usize) -> Option<usize> {
    let w = i.word(k);
    if d.speech.contains(w) {
        return Some(k);
    }
    let n = i.toks.get(k + 1)?;
    (n.is_word() && d.is_phrasal(w, n.text(i.text))).then_some(k + 1)
}

/// What stands after a closing quotation mark: `, X said` or `, said X`.
/// Yields the cue, the source and the index just after the attribution.
pub fn after_quote<'a>(d: &'a Data) -> impl Fn(Toks<'a>) -> PResult<'a, (Cue, Source)> {
    after_quote_with(d, false)
}

/// `after_quote` for a quotation that opens a clause and hands on with
/// its own comma (`,”`, `?”`, `!”`): there the slot before the verb can
/// only hold the speaker, so a bare subject is read as one too.
pub fn after_quote_handed_on<'a>(d: &'a Data) -> impl Fn(Toks<'a>) -> PResult<'a, (Cue, Source)> {
    after_quote_with(d, true)
}

fn after_quote_with<'a>(
    d: &'a Data,
    loose: bool,
) -> impl Fn(Toks<'a>) -> PResult<'a, (Cue, Source)> {
    move |input: Toks<'a>| {
        let (rest, _) = opt(alt((punct(','), punct('—')))).parse(input)?;
        // "said X" / "says a report by X"
        if let Ok((after, c)) = in_set(&d.speech, Expected::Cue)(rest) {
            let (left, src) = inverted(d)(after)?;
            let _ = left;
            return Ok((
                after.take_from(after.len()),
                (Cue { first: c, last: c }, src),
            ));
        }
        // "X said", "X, an analyst, said", "he told Reuters"
        let lim = rest.len().min(24);
        // "the official, who asked not to be named, said": a verb inside a
        // relative clause is not the cue.
        let in_relative = |k: usize| {
            (0..k)
                .rev()
                .find(|&j| rest.toks[j].is_punct(','))
                .is_some_and(|j| j + 1 < k && matches!(rest.word(j + 1), "who" | "whose"))
        };
        let Some(k) = (0..lim).find(|&k| {
            let t = rest.toks[k];
            t.is_word() && speech_cue(d, rest, k).is_some() && !in_relative(k)
                || is_mark_at(rest, k)
                || is_stop(t)
        }) else {
            return miss(rest, Expected::Cue);
        };
        if !rest.toks[k].is_word() || k == 0 {
            return miss(rest, Expected::Cue);
        }
        let last = speech_cue(d, rest, k).unwrap_or(k);
        // The subject must be read whole, up to the cue.
        let src = match subject(d)(rest.sub(0, k)) {
            Ok((left, src)) => {
                eof(left)?;
                src
            }
            // Not in a title-case headline: "‘Time’ Just Announced".
            Err(e) if !loose || is_capitalised(rest.word(k)) => return Err(e),
            Err(e) => bare_subject(d, rest.sub(0, k)).ok_or(e)?,
        };
        Ok((
            rest.take_from(last + 1),
            (
                Cue {
                    first: rest.at + k,
                    last: rest.at + last,
                },
                src,
            ),
        ))
    }
}

/// `“…,” she sniffed.`: after a quotation that ends in a comma (or `?`,
/// `!`), a short subject and any verb in the past or present tense that
/// closes the sentence, or is followed only by an adjunct, attribute it —
/// the verb need not be in the cue lists. The caller checks the mark.
pub fn after_quote_any_verb<'a>(d: &'a Data) -> impl Fn(Toks<'a>) -> PResult<'a, (Cue, Source)> {
    move |input: Toks<'a>| {
        let mut end = input.len();
        while end > 0 && is_terminal(input.toks[end - 1]) {
            end -= 1;
        }
        let verbish = |w: &str| {
            w.len() > 3
                && !is_capitalised(w)
                && (w.ends_with("ed") || (w.ends_with('s') && !w.ends_with("ss")))
                && w.chars().all(|c| c.is_ascii_lowercase())
                && !d.boundary.contains(w)
                && !d.between.contains(w)
                && !d.intro.contains(w)
                && !d.determiners.contains(w)
                && !d.vague.contains(w)
                && !d.titles.contains(w)
                && !d.organisation.contains(w)
        };
        for k in 1..end.min(6) {
            let t = input.toks[k];
            if !t.is_word() || !verbish(input.word(k)) {
                continue;
            }
            let after = input.sub(k + 1, end);
            let closes = after.is_empty()
                || after.toks[0].is_punct(',')
                || (after.toks[0].is_word() && adjunct_start(after.word(0)) && after.len() <= 8);
            if !closes {
                return miss(after, Expected::Cue);
            }
            let subj = input.sub(0, k);
            let src = match subject(d)(subj) {
                Ok((left, src)) if left.is_empty() => src,
                _ => return miss(subj, Expected::Source),
            };
            let cue = Cue {
                first: input.at + k,
                last: input.at + k,
            };
            return Ok((input.take_from(input.len()), (cue, src)));
        }
        miss(input, Expected::Cue)
    }
}

/// Between a closing mark and its speech verb the only thing that fits is
/// the speaker, so two shapes the general subject grammar turns down are
/// read as one there: a lone capitalised word that is also a function
/// word ("…,” Will wrote.", "…,” From said.") and a bare plural noun
/// phrase ("…,” federal prosecutors wrote.").
fn bare_subject(d: &Data, p: Toks<'_>) -> Option<Source> {
    let n = p.len();
    let whole = Source {
        all: p.at..p.end(),
        name: p.at..p.end(),
    };
    let plain = |i: usize| {
        let w = p.word(i);
        p.toks[i].is_word()
            && !d.boundary.contains(w)
            && !d.determiners.contains(w)
            && !d.pronouns.contains(w)
            && !d.cues.contains(w)
    };
    if n == 1 && plain(0) && is_capitalised(p.word(0)) {
        return Some(whole);
    }
    let plural =
        |w: &str| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us");
    let lower_words = (0..n).all(|i| {
        let w = p.word(i);
        plain(i)
            && !is_capitalised(w)
            && !d.intro.contains(w)
            && !d.between.contains(w)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
    });
    (n <= 3 && lower_words && plural(p.word(n - 1))).then_some(whole)
}

/// Days and months, which open an adjunct ("On Monday") rather than a name.
fn is_date_word(w: &str) -> bool {
    const DATES: [&str; 19] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Sept",
    ];
    DATES.contains(&w)
}

/// The subject after an introductory phrase with no comma: "On Monday
/// Trump (said)", "In the letter he (wrote)", "In a statement the campaign
/// (said)". `input` runs to the verb and opens with an intro word; the
/// subject is the shortest tail that reads as one, widened over the
/// determiners and names before it (not over a day or month).
fn after_bare_intro(d: &Data, input: Toks<'_>) -> Option<Source> {
    let n = input.len();
    if n < 2 || !input.toks[0].is_word() || !d.intro.contains(input.word(0)) {
        return None;
    }
    if input.toks.iter().any(|t| t.is_punct(',')) {
        return None;
    }
    let j = (1..n)
        .rev()
        .find(|&j| subject(d)(input.sub(j, n)).is_ok())?;
    let mut j = j;
    // A pronoun is the whole subject: "On Twitter she (wrote)".
    while j > 1 && !d.pronouns.contains(input.word(j)) {
        // "Sen." is a title and its full stop.
        if input.toks[j - 1].is_punct('.') && j > 2 && d.titles.contains(input.word(j - 2)) {
            j -= 2;
            continue;
        }
        if !input.toks[j - 1].is_word() {
            break;
        }
        let w = input.word(j - 1);
        let widen = d.determiners.contains(w)
            || d.titles.contains(w)
            || (is_capitalised(w) && !is_date_word(w) && !d.intro.contains(w));
        if !widen {
            break;
        }
        j -= 1;
    }
    subject(d)(input.sub(j, n)).ok().map(|(_, s)| s)
}

/// The subject before a verb chain ending in "to": "The email goes on to
/// (say)", "Mr. Trump was prompted to (say)", or a relative pronoun ("a
/// message that (said)", "Lynch, who (told)"). `input` runs to the verb.
fn chained_subject(d: &Data, input: Toks<'_>) -> Option<Source> {
    let n = input.len();
    let mut end = n;
    while end > 0 && input.toks[end - 1].is_word() && d.between.contains(input.word(end - 1)) {
        end -= 1;
    }
    if end > 0 && matches!(input.word(end - 1), "who" | "that" | "which") {
        let k = input.at + end - 1;
        return Some(Source {
            all: k..k + 1,
            name: k..k + 1,
        });
    }
    if n < 2 || !input.word(n - 1).eq_ignore_ascii_case("to") {
        return None;
    }
    // The chain: lowercase words back from "to", at most six.
    let mut j0 = n - 1;
    while j0 > 0
        && n - j0 < 6
        && input.toks[j0 - 1].is_word()
        && !is_capitalised(input.word(j0 - 1))
    {
        j0 -= 1;
    }
    (j0.max(1)..n - 1).find_map(|j| subject(d)(input.sub(0, j)).ok().map(|(_, s)| s))
}

/// The name before a colon that opens a quotation, when nothing but a dash
/// or the start of the sentence stands before it and at most a
/// parenthetical aside after it: `- Philip Bump`, `Rep. Trey Gowdy
/// (R-S.C.)`. `p` runs to the colon.
fn signed_name(p: Toks<'_>) -> Option<Toks<'_>> {
    let mut e = p.len();
    if e > 0 && matches!(p.toks[e - 1].kind(), TokenKind::Close(_)) {
        let open = (e.saturating_sub(8)..e - 1)
            .rev()
            .find(|&k| matches!(p.toks[k].kind(), TokenKind::Open(_)))?;
        e = open;
    }
    let mut s = e;
    while s > 0
        && e - s < 7
        && ((p.toks[s - 1].is_word() && is_capitalised(p.word(s - 1)))
            || (p.toks[s - 1].is_punct('.') && s >= 2 && p.toks[s - 2].is_word()))
    {
        s -= 1;
    }
    let signed = s == 0 || matches!(p.toks[s - 1].kind(), TokenKind::Punct('-' | '—' | '–'));
    (s < e && p.toks[s].is_word() && signed && (s > 0 || e < p.len())).then(|| p.sub(s, e))
}

/// What stands before an opening quotation mark: `X said: “`, `X told
/// Reuters, “`, `X said “`, `X went further: “`. `input` runs from the
/// clause start to the mark. A cue with no subject of its own ("…, adding:
/// “", "and said, “") yields no source: the caller takes the speaker
/// from the attribution before.
pub fn before_quote<'a>(d: &'a Data) -> impl Fn(Toks<'a>) -> PResult<'a, (Cue, Option<Source>)> {
    move |input: Toks<'a>| {
        let n = input.len();
        let Some(last) = input.last() else {
            return miss(input, Expected::Cue);
        };
        let lw = input.word(n - 1);
        let colon = last.is_punct(':');
        let glue = colon
            || last.is_punct(',')
            || last.is_punct('—')
            || (last.is_word() && (d.speech.contains(lw) || lw.eq_ignore_ascii_case("that")));
        if !glue {
            return miss(input.sub(n - 1, n), Expected::Punct);
        }
        let done = input.take_from(n);
        // "As X put it, “…”", "Or, as X said: “…”": the "as" is no part of
        // the source.
        let mut start = 0;
        while start < 3
            && start + 1 < n
            && (input.toks[start].is_punct(',')
                || matches!(
                    input.word(start).to_ascii_lowercase().as_str(),
                    "or" | "but" | "and" | "so"
                ))
        {
            start += 1;
        }
        if input.toks[start].is_word() && input.word(start).eq_ignore_ascii_case("as") {
            start += 1;
        } else {
            start = 0;
        }
        // "Said Ann Lee, who grew up on the street, “…”": a sentence that
        // opens with its speech verb names the speaker after it, however
        // long the description.
        if start == 0
            && n >= 3
            && last.is_punct(',')
            && input.toks[0].is_word()
            && is_capitalised(input.word(0))
            && d.strong.contains(input.word(0))
        {
            if let Ok((_, src)) = inverted(d)(input.sub(1, n - 1)) {
                let cue = Cue {
                    first: input.at,
                    last: input.at,
                };
                return Ok((done, (cue, Some(src))));
            }
        }
        // The cue: the last speech verb (or two-word cue) within a few
        // tokens of the mark.
        let lo = n.saturating_sub(12).max(start);
        let verb = (lo..n).rev().find_map(|k| {
            if !input.toks[k].is_word() {
                return None;
            }
            if d.speech.contains(input.word(k)) {
                return Some((k, k));
            }
            (k > lo
                && input.toks[k - 1].is_word()
                && d.is_phrasal(input.word(k - 1), input.word(k)))
            .then(|| (k - 1, k))
        });
        // "X said in an interview on Tuesday with the editor of the local
        // paper, “…”": a longer adjunct between the verb and the mark,
        // when it opens with a preposition right after the verb.
        let verb = verb.or_else(|| {
            let far = n.saturating_sub(28).max(start);
            (far..lo).rev().find_map(|k| {
                let prep = input.toks.get(k + 1).is_some_and(|t| t.is_word())
                    && matches!(
                        input.word(k + 1).to_ascii_lowercase().as_str(),
                        "in" | "on" | "at" | "during" | "with" | "to" | "after" | "before" | "from"
                    );
                (input.toks[k].is_word() && d.speech.contains(input.word(k)) && prep)
                    .then_some((k, k))
            })
        });
        if let Some((k, kl)) = verb {
            if input.toks[kl + 1..n]
                .iter()
                .any(|t| is_stop(*t) || is_mark(*t))
            {
                return miss(input, Expected::Cue);
            }
            let cue = Cue {
                first: input.at + k,
                last: input.at + kl,
            };
            // "X did Y, saying: “…”", "X responded by saying “…”": the
            // participle's subject is the main clause's.
            if k > start + 1
                && input.word(k).ends_with("ing")
                && (input.toks[k - 1].is_punct(',') || input.word(k - 1) == "by")
            {
                if let Some(src) = main_subject(d, input.sub(start, k - 1)) {
                    return Ok((done, (cue, Some(src))));
                }
            }
            if k > start {
                if let Ok((_, src)) = subject(d)(input.sub(start, k)) {
                    return Ok((done, (cue, Some(src))));
                }
                if let Some(src) = chained_subject(d, input.sub(start, k)) {
                    return Ok((done, (cue, Some(src))));
                }
                // The last clause only: "…, to which O'Malley interjected:",
                // "Then she added warily:".
                let from = (start..k).rev().find(|&j| {
                    let t = input.toks[j];
                    t.is_punct(',')
                        || t.is_punct('—')
                        || t.is_word()
                            && (d.boundary.contains(input.word(j))
                                || matches!(
                                    input.word(j),
                                    "Then" | "then" | "which" | "And" | "But"
                                ))
                });
                if let Some(j) = from.filter(|&j| j + 1 < k) {
                    if let Ok((_, src)) = subject(d)(input.sub(j + 1, k)) {
                        return Ok((done, (cue, Some(src))));
                    }
                }
                // Not a capitalised cue inside a name ("the United States").
                if let Some(src) = (!is_capitalised(input.word(k)))
                    .then(|| after_bare_intro(d, input.sub(start, k)))
                    .flatten()
                {
                    return Ok((done, (cue, Some(src))));
                }
            }
            // "… and later said, “…”": the verb's subject is the one before.
            let mut b = k;
            while b > 0 && input.toks[b - 1].is_word() && d.between.contains(input.word(b - 1)) {
                b -= 1;
            }
            let before = (b > 0).then(|| input.word(b - 1).to_ascii_lowercase());
            let bare = k == 0
                || input.word(k).ends_with("ing")
                || matches!(
                    before.as_deref(),
                    Some("and" | "," | "then" | "before" | "but" | "also")
                );
            if bare {
                return Ok((done, (cue, None)));
            }
            return miss(input, Expected::Source);
        }
        // `Trump issued a statement, “…”`: a comma after an utterance.
        let utterance = last.is_punct(',')
            && n >= 2
            && input.toks[n.saturating_sub(5)..n - 1]
                .iter()
                .any(|t| t.is_word() && d.utterances.contains(t.text(input.text)));
        if !(colon || utterance) || n < 2 {
            return miss(input, Expected::Cue);
        }
        // Headline shape: `Trump: “…”`; in running text also after a dash
        // (`… - Pew Research: “…”`) and with a party and state (`Rep. Trey
        // Gowdy (R-S.C.): “…”`).
        let np = input.sub(0, n - 1);
        let np = if colon
            && n <= 7
            && np
                .toks
                .iter()
                .all(|t| t.is_word() || t.is_punct('.') || t.is_punct('-'))
            && is_capitalised(np.word(0))
        {
            Some(np)
        } else if colon {
            signed_name(np)
        } else {
            None
        };
        if let Some(np) = np {
            let name = name_run(d, np);
            let cue = Cue {
                first: input.at + n - 1,
                last: input.at + n - 1,
            };
            return Ok((
                done,
                (
                    cue,
                    Some(Source {
                        all: np.at..np.end(),
                        name: name.0..name.1,
                    }),
                ),
            ));
        }
        // `X went even further: “…”`: the first word after a subject; the
        // subject of the last clause first ("Immediately after the attacks,
        // Trump issued a statement, “…”"), then of the whole.
        let last_clause = (0..n - 1).rev().find(|&j| input.toks[j].is_punct(','));
        for from in last_clause.map(|j| j + 1).into_iter().chain([0]) {
            for v in from + 1..(n - 1).min(from + 20) {
                let t = input.toks[v];
                let w = input.word(v);
                // "Republican presidential nominee Donald Trump issued": titles
                // belong to the subject.
                if !t.is_word()
                    || is_capitalised(w)
                    || d.between.contains(w)
                    || d.titles.contains(w)
                {
                    continue;
                }
                if let Ok((_, src)) = subject(d)(input.sub(from, v)) {
                    return Ok((
                        done,
                        (
                            Cue {
                                first: input.at + v,
                                last: input.at + v,
                            },
                            Some(src),
                        ),
                    ));
                }
                break;
            }
        }
        miss(input, Expected::Source)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::token::tokenize;

    fn data() -> Data {
        Data::builtin("en").unwrap()
    }

    fn words(text: &str, toks: &[Token], r: Range<usize>) -> String {
        text[toks[r.start].span.start as usize..toks[r.end - 1].span.end as usize].to_string()
    }

    #[test]
    fn subject_after_an_intro_without_comma() {
        let d = data();
        for (text, want) in [
            ("On Monday Trump", "Trump"),
            ("In the letter he", "he"),
            ("On Twitter she", "she"),
            ("In a statement Monday the campaign", "the campaign"),
            ("In a speech Sen. Ann Lee", "Sen. Ann Lee"),
        ] {
            let t = tokenize(text);
            let s = after_bare_intro(&d, Toks::new(text, &t, 0..t.len()));
            assert_eq!(
                s.map(|s| words(text, &t, s.all)).as_deref(),
                Some(want),
                "{text}"
            );
        }
        // Only after an intro word, and not across a comma (the grammar
        // reads those phrases itself).
        for text in ["The bridge Trump", "On Monday, the mayor"] {
            let t = tokenize(text);
            assert!(
                after_bare_intro(&d, Toks::new(text, &t, 0..t.len())).is_none(),
                "{text}"
            );
        }
    }

    #[test]
    fn subject_skips_intro_and_keeps_appositives() {
        let d = data();
        let text = "In an email, the analyst";
        let t = tokenize(text);
        let (_, s) = subject(&d)(Toks::new(text, &t, 0..t.len())).unwrap();
        assert_eq!(words(text, &t, s.all), "the analyst");

        let text = "An analyst for China at consulting firm Eurasia Group, Neil Thomas,";
        let t = tokenize(text);
        let (_, s) = subject(&d)(Toks::new(text, &t, 0..t.len())).unwrap();
        assert_eq!(words(text, &t, s.all.clone()), &text[..text.len() - 1]);
        assert_eq!(words(text, &t, s.name), "Neil Thomas");

        let text = "Russian presidential aide Yury Ushakov also";
        let t = tokenize(text);
        let (_, s) = subject(&d)(Toks::new(text, &t, 0..t.len())).unwrap();
        assert_eq!(words(text, &t, s.name), "Yury Ushakov");
    }

    #[test]
    fn subject_rejects_determiners_and_prepositions() {
        let d = data();
        for text in [
            "the",
            "They signed the",
            "It was intended to",
            "There were 300",
        ] {
            let t = tokenize(text);
            assert!(
                subject(&d)(Toks::new(text, &t, 0..t.len())).is_err(),
                "{text}"
            );
        }
    }

    #[test]
    fn according_to_needs_a_source() {
        let d = data();
        let text = "according to plan";
        let t = tokenize(text);
        assert!(according(&d)(Toks::new(text, &t, 0..t.len())).is_err());
        let text = "according to the South China Morning Post.";
        let t = tokenize(text);
        let (_, (_, s)) = according(&d)(Toks::new(text, &t, 0..t.len())).unwrap();
        assert_eq!(words(text, &t, s.name), "South China Morning Post");
    }

    #[test]
    fn complements() {
        let d = data();
        let text = "Reuters on Tuesday that the talks failed.";
        let t = tokenize(text);
        let (_, c) = complement(&d, true)(Toks::new(text, &t, 0..t.len())).unwrap();
        match c {
            Complement::Clause { range, that } => {
                assert!(that);
                assert_eq!(words(text, &t, range), "the talks failed")
            }
            other => panic!("{other:?}"),
        }
        let text = "in a statement.";
        let t = tokenize(text);
        let (_, c) = complement(&d, false)(Toks::new(text, &t, 0..t.len())).unwrap();
        assert_eq!(c, Complement::End);
        let text = ": “We will win.”";
        let t = tokenize(text);
        let (_, c) = complement(&d, false)(Toks::new(text, &t, 0..t.len())).unwrap();
        assert_eq!(c, Complement::Quote(1));
    }
}
