//! The source before a cue ("Neil Thomas, an analyst at Eurasia Group,
//! said"), read back from the cue.

use super::names::{name_in, name_run};
use super::prim::*;
use super::Source;
use crate::attribution::data::Data;
use crate::attribution::toks::{miss, Expected, PResult, Toks};
use crate::model::token::is_capitalised;
use crate::model::{Token, TokenKind};
use nom::multi::many0_count;
use nom::{Input, Parser};

/// How a comma-separated piece of a subject reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Piece {
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
pub(super) fn aside(d: &Data, p: Toks<'_>) -> bool {
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
    t0.is_word() && p.len() <= 10 && d.grammar.aside_openers.is(p.word(0))
}

/// `p`, set off by commas before a cue, is an adverbial that interrupts
/// the clause: it begins with a lower-case introductory word ("in",
/// "speaking", "asked", "however") that does not begin a clause of its
/// own ("because", "which") or an aside ("of Dayton", "now 81").
pub(super) fn interruption(d: &Data, p: Toks<'_>) -> bool {
    let Some(t0) = p.first() else {
        return false;
    };
    let w = p.word(0);
    // "Smith, who has served in the Senate since 2009, said": a relative
    // clause describing the source. (A bare "who" before the cue is the
    // source's own word.)
    if t0.is_word() && d.grammar.relatives.is(w) && p.len() >= 2 && p.len() <= 16 {
        return true;
    }
    // "Smith, delivering the speech, asked": a participle phrase.
    if t0.is_word()
        && p.len() >= 2
        && p.len() <= 12
        && w.len() > 5
        && w.ends_with("ing")
        && w.starts_with(|c: char| c.is_ascii_lowercase())
        && !d.grammar.not_participles.is(w)
    {
        return true;
    }
    // "Huckabee, for his part, said": the idiom, unlike other "for" phrases.
    if p.len() == 3 && w == "for" && d.grammar.part_owners.is(p.word(1)) && p.word(2) == "part" {
        return true;
    }
    t0.is_word()
        && p.len() <= 12
        && w.starts_with(|c: char| c.is_lowercase())
        && d.intro.contains(w)
        && !d.boundary.contains(w)
        && !aside(d, p)
        && !d.grammar.not_interruptions.is(w)
}

pub(super) fn piece(d: &Data, p: Toks<'_>) -> Piece {
    // "a close friend of the mayor who was her chief of staff": a relative
    // clause closing a description tells more of the same person; the
    // description is judged by the words before it (its verb is not the
    // piece's). Such a description may be long ("a former aide to the
    // governor and now the chairman of the county party"); any other piece
    // that long is a clause.
    let described = p.first().is_some_and(|t| t.is_word()) && d.determiners.contains(p.word(0));
    let p = match (2..p.len())
        .find(|&k| described && p.toks[k].is_word() && d.grammar.relatives.is(p.word(k)))
    {
        Some(k) => p.sub(0, k),
        None => p,
    };
    if p.is_empty() || p.len() > if described { 24 } else { 16 } {
        return Piece::Other;
    }
    let words = p.toks.iter().filter(|t| t.is_word());
    if aside(d, p) {
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
    let verbish = p
        .toks
        .iter()
        .any(|t| t.is_word() && d.grammar.auxiliaries.is(t.text(p.text)));
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

/// Where a time phrase that opens `p` ends, after its comma: "Eight
/// years ago,", "Minutes later,", "Two days earlier,". A short phrase with
/// no comma inside, closed by a time word (`time_closers`).
pub(super) fn time_phrase_end(d: &Data, p: Toks<'_>) -> Option<usize> {
    let comma = (0..p.len().min(7))
        .find(|&k| !p.toks[k].is_word() && p.toks[k].kind() != TokenKind::Number)?;
    (comma >= 2
        && p.toks[comma].is_punct(',')
        && d.grammar.time_closers.is_folded(p.word(comma - 1)))
    .then_some(comma + 1)
}

/// Can this token begin a source?
pub(super) fn source_start(d: &Data, w: &str, t: Token) -> bool {
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
pub(super) fn source_head(d: &Data, w: &str, t: Token) -> bool {
    match t.kind() {
        TokenKind::Word => {
            !w.ends_with("'s")
                && !w.ends_with("’s")
                && (!d.determiners.contains(w)
                    || d.vague.contains(w)
                    || d.pronouns.contains(w)
                    || d.grammar.determiner_heads.is(w))
                && (!d.intro.contains(w) || is_capitalised(w))
                && !d.boundary.contains(w)
                && !d.cues.contains(w)
                && !d.grammar.not_heads.is(w)
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
        let body = match time_phrase_end(d, body) {
            Some(k) => body.sub(k, body.len()),
            None => body,
        };
        let intro = (
            in_set(&d.intro, Expected::Word),
            many0_count(one(|_, t| !t.is_punct(','), Expected::Word)),
            punct(','),
        );
        let (mut rest, _) = many0_count(intro).parse(body)?;
        // "Reluctantly, Brafman said": a sentence adverb is no name.
        if rest.len() > 2
            && rest.toks[0].is_word()
            && rest.toks[1].is_punct(',')
            && super::main_clause::sentence_adverb(d, rest.word(0))
        {
            rest = rest.sub(2, rest.len());
        }
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
        if let Some(src) = super::chain::name_led_chain(d, np, &buf[..=count]) {
            return Ok((input.take_from(input.len()), src));
        }
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
        while last > 0 && buf[last].0 < buf[last].1 && aside(d, np.sub(buf[last].0, buf[last].1)) {
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
                .any(|t| t.is_word() && is_capitalised(t.text(core.text)))
            // Not a verb phrase with a name in it ("defended his father
            // Tuesday on Facebook"): a past-tense word with a determiner
            // after it opens a predicate, not a description.
            && !(core.word(0).ends_with("ed")
                && core.toks[1].is_word()
                && d.determiners.contains(core.word(1)));
        // "city officials", "campaign aides": a short phrase with a vague head.
        let vague_head = core.len() <= 4 && d.vague.contains(core.word(head));
        // "Robert Peck, managing director at X, told": a bare role after a name.
        let role_after_name = last > 0
            && piece(d, core) == Piece::Description
            && piece(d, np.sub(pieces[last - 1].0, pieces[last - 1].1)) == Piece::Name;
        let share = share_of_group(d, core, head);
        if !(source_start(d, core.word(0), core.toks[0])
            || share
            || described_name
            || vague_head
            || role_after_name)
            || !(share || source_head(d, core.word(head), core.toks[head]))
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
                // "Miller, a retired worker from a nuclear plant, said": an
                // article and no verb after a name describe the person,
                // whether or not the head is a known role word.
                (Piece::Name, Piece::Other) => cur_len == core.len() && article_phrase(d, core),
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

/// Is `core`, with its head at `head`, a share of a group: "about four in
/// 10", "6 of 10" (a figure after "in" or "of"), or only share words
/// ("three-quarters", "about half", "a majority")?
fn share_of_group(d: &Data, core: Toks<'_>, head: usize) -> bool {
    let g = &d.grammar;
    let opener = |k: usize| {
        let t = core.toks[k];
        t.kind() == TokenKind::Number
            || t.is_word()
                && (g.share_openers.is_folded(core.word(k)) || g.shares.is_folded(core.word(k)))
    };
    let figure = (2..=4).contains(&head)
        && core.toks[head].kind() == TokenKind::Number
        && core.toks[head - 1].is_word()
        && matches!(core.word(head - 1), "in" | "of")
        && (0..head - 1).all(opener);
    let words = head <= 2
        && core.toks[head].is_word()
        && g.shares.is_folded(core.word(head))
        && (0..head).all(opener);
    figure || words
}

/// `p` is a noun phrase opened by an article, with no auxiliary, speech
/// verb or clause word in it: "a retired worker from a nuclear plant".
/// After a name it can only be an appositive describing that name.
fn article_phrase(d: &Data, p: Toks<'_>) -> bool {
    p.len() >= 2
        && p.len() <= 12
        && p.toks[0].is_word()
        && matches!(p.word(0).to_ascii_lowercase().as_str(), "a" | "an" | "the")
        && (1..p.len()).all(|k| {
            let t = p.toks[k];
            let w = p.word(k);
            !t.is_word()
                || !(d.grammar.auxiliaries.is(w)
                    || d.grammar.relatives.is(w)
                    || d.boundary.contains(w)
                    || d.cues.contains(w))
        })
}
