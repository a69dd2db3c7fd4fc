//! A name followed by several appositives before its cue ("Mara Lind,
//! chief executive of Cloudline, a Boston company, said"; "Ann Roe,
//! facing a hard race in Iowa, a swing state, said"): the person is the
//! name the chain opens with, not the last piece, which describes what
//! the piece before it names. (A relative clause in the chain, "…, which
//! has a backlog, said", starts the clause the cue is read in, and is
//! not reached here.)

use super::names::name_run;
use super::subject::{aside, piece, Piece};
use super::Source;
use crate::attribution::data::Data;
use crate::attribution::toks::Toks;
use crate::model::token::is_capitalised;

/// Longest appositive piece read, in tokens: a longer one is a clause.
const MAX_PIECE: usize = 16;

/// The source of `np` (the words from the clause start to the cue, split
/// at its commas into `pieces`, token ranges of `np`) when it is a name
/// and two or more appositives: three pieces at least, the first a name,
/// each later one a description, aside, relative or participle phrase
/// (opening in lower case) or a short capitalised place ("Houston,
/// Texas"), and at least one opening in lower case, so that a list of
/// names ("Lee, Roe, Kim") is no chain. A last piece opened by an
/// introductory word ("in an interview") interrupts the clause and is
/// left to the reading of interruptions.
pub(super) fn name_led_chain(d: &Data, np: Toks<'_>, pieces: &[(usize, usize)]) -> Option<Source> {
    if pieces.len() < 3 || pieces.iter().any(|&(a, b)| a >= b || b - a > MAX_PIECE) {
        return None;
    }
    let (a0, b0) = pieces[0];
    let first = np.sub(a0, b0);
    // A name in capitals throughout: not a role ("Nevada's governor", whose
    // name comes next), an article's phrase ("The mayor") or an aside
    // ("R-Texas").
    let all_capitals = (0..first.len()).all(|k| {
        !first.toks[k].is_word() || {
            let w = first.word(k);
            is_capitalised(w) && !d.determiners.contains(w) && !d.boundary.contains(w)
        }
    });
    if piece(d, first) != Piece::Name || first.len() > 6 || !all_capitals || aside(d, first) {
        return None;
    }
    // The last piece describes: two words or more in lower case, not a
    // pronoun or a name (then it is the subject: "…, Mook said"), and not
    // ending on a relative word, which opens the clause the cue is in
    // ("the playwright who said").
    let (al, bl) = pieces[pieces.len() - 1];
    let last = np.sub(al, bl);
    if last.len() < 2
        || !last.toks[0].is_word()
        || is_capitalised(last.word(0))
        || d.pronouns.contains(last.word(0)) && !d.grammar.relatives.is(last.word(0))
        || ends_open(d, last)
    {
        return None;
    }
    let mut lower = false;
    for (i, &(a, b)) in pieces.iter().enumerate().skip(1) {
        let p = np.sub(a, b);
        if !p.toks[0].is_word() {
            return None;
        }
        let w = p.word(0);
        // No verb of saying, and no word that starts a clause of its own
        // ("because", "but"), but for the relative opening a relative
        // clause ("which has a backlog").
        let relative = d.grammar.relatives.is(w);
        let words_ok = (0..p.len()).all(|k| {
            !p.toks[k].is_word() || {
                let w = p.word(k);
                !d.cues.contains(w) && (k == 0 && relative || !d.boundary.contains(w))
            }
        });
        if !words_ok {
            return None;
        }
        // A finite verb makes a piece a clause, not an appositive ("…, had
        // logged 2,766 hours", "…, is among those"), but in a relative
        // clause ("who has served"); so does a first word in -ed
        // ("descended an escalator", "interjected").
        let finite =
            (0..p.len()).any(|k| p.toks[k].is_word() && d.grammar.auxiliaries.is(p.word(k)));
        if !relative && (finite || !is_capitalised(w) && w.ends_with("ed")) {
            return None;
        }
        if is_capitalised(w) {
            // "Houston, Texas": a short place after a description.
            if !(aside(d, p) || p.len() <= 3 && piece(d, p) == Piece::Name) {
                return None;
            }
            continue;
        }
        let is_last = i == pieces.len() - 1;
        if is_last && d.intro.contains(w) && !relative {
            return None;
        }
        lower = true;
    }
    if !lower {
        return None;
    }
    let name = name_run(d, first);
    Some(Source {
        all: np.at + a0..np.at + pieces[pieces.len() - 1].1,
        name: name.0..name.1,
    })
}

/// Does `p` end on a word that cannot end a noun phrase: a relative, which
/// opens the clause the cue is in ("the playwright who said"), or an
/// article or preposition, after which the "cue" is a noun ("one of the
/// states suing the agency")?
fn ends_open(d: &Data, p: Toks<'_>) -> bool {
    let k = p.len() - 1;
    p.toks[k].is_word() && {
        let w = p.word(k);
        d.grammar.relatives.is(w)
            || d.determiners.contains(w)
            || crate::attribution::source_names::is_preposition(d, w)
    }
}
