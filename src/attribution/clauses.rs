//! Where the clause holding a cue begins, and the subjects read across a
//! relative clause ("Smith, who …, said"; "The records, which …, show"):
//! the clause bounds of reported speech.

use super::data::Data;
use super::grammar::{is_possessive, subject, Source};
use super::toks::Toks;
use crate::model::token::is_capitalised;
use crate::model::{Document, TokenKind};

/// Where the clause holding the cue at `k` begins, going back no further
/// than `floor`: after a boundary word, a semicolon, a colon or a mark.
pub(super) fn clause_start(doc: &Document<'_>, d: &Data, floor: usize, k: usize) -> usize {
    let mut i = k;
    let lim = k.saturating_sub(40).max(floor);
    while i > lim {
        let t = doc.tokens[i - 1];
        match t.kind() {
            TokenKind::Quote(_) if is_possessive(doc.text, &doc.tokens, i - 1) => {}
            TokenKind::Punct(';' | ':') | TokenKind::Quote(_) => return i,
            TokenKind::Word => {
                let w = t.text(doc.text);
                // "The situation comes as the two nations have pledged …":
                // "as" before an article, possessive or pronoun opens a
                // clause ("as many as" does not).
                if w.eq_ignore_ascii_case("as") && i < k && opens_clause(doc, d, i) {
                    return i;
                }
                if d.boundary.contains(w) {
                    let and_or = w.eq_ignore_ascii_case("and") || w.eq_ignore_ascii_case("or");
                    let after_comma = i >= 2 && doc.tokens[i - 2].is_punct(',');
                    if !and_or || after_comma {
                        return i;
                    }
                }
            }
            _ => {}
        }
        i -= 1;
    }
    i
}

/// "Smith, who has served in the Senate since 2009, said …": the clause
/// start stops at a word inside the relative clause ("since"), so the
/// subject is read again from the clause the relative clause hangs off.
pub(super) fn relative_subject(
    doc: &Document<'_>,
    d: &Data,
    st: usize,
    k: usize,
) -> Option<Source> {
    if k < st + 4 || !doc.tokens[k - 1].is_punct(',') {
        return None;
    }
    let j = (st + 1..k - 1).rev().take(18).find(|&j| {
        let t = doc.tokens[j];
        let w = t.text(doc.text);
        t.is_word()
            && (d.grammar.relatives.is(w) || d.grammar.thing_relatives.is(w))
            && doc.tokens[j - 1].is_punct(',')
    })?;
    let cs = clause_start(doc, d, st, j - 1);
    let clause = Toks::new(doc.text, &doc.tokens, cs..k);
    // "The records, which …, show": a thing's clause is read by its own
    // rule, as "which" and "where" open clauses of their own elsewhere.
    if d.grammar.thing_relatives.is(doc.tokens[j].text(doc.text)) {
        return super::grammar::thing_subject(d, clause);
    }
    subject(d)(clause).ok().map(|(_, s)| s)
}

/// "Lee, a lawyer who is running as an outsider, said …": the clause start
/// `cs` stopped at a word inside a relative clause ("as") that hangs off
/// an appositive ("a lawyer who …") closing with a comma right before the
/// cue `k`. The subject is read again from the clause the appositive
/// hangs off, so that it is Lee, not "an outsider".
pub(super) fn appositive_relative_subject(
    doc: &Document<'_>,
    d: &Data,
    st: usize,
    cs: usize,
    k: usize,
) -> Option<Source> {
    if cs < st + 4 || k <= cs || !doc.tokens[k - 1].is_punct(',') {
        return None;
    }
    let word = |j: usize| {
        doc.tokens[j]
            .is_word()
            .then(|| doc.tokens[j].text(doc.text))
    };
    // The relative word before the clause start, inside its piece.
    let j = (st + 2..cs)
        .rev()
        .take(24)
        .take_while(|&j| !doc.tokens[j].is_punct(','))
        .find(|&j| word(j).is_some_and(|w| d.grammar.relatives.is(w)))?;
    // The comma opening the appositive ("…, a lawyer who"), a name before it.
    let c = (st + 1..j).rev().find(|&c| doc.tokens[c].is_punct(','))?;
    if !word(c + 1).is_some_and(|w| d.grammar.appositive_openers.is_folded(w)) {
        return None;
    }
    let from = clause_start(doc, d, st, c);
    subject(d)(Toks::new(doc.text, &doc.tokens, from..k))
        .ok()
        .map(|(_, s)| s)
}

/// "The records, which the board released Monday, show …": the clause
/// start `cs` stopped after a thing's relative word, and the relative
/// clause closes with a comma right before the cue `k`. The cue is not
/// the relative clause's (its subject, "the board", is not the source):
/// the thing before the relative word is.
pub(super) fn thing_relative_subject(
    doc: &Document<'_>,
    d: &Data,
    st: usize,
    cs: usize,
    k: usize,
) -> Option<Source> {
    let opened = cs >= st + 2
        && k > cs + 1
        && doc.tokens[k - 1].is_punct(',')
        && doc.tokens[cs - 2].is_punct(',')
        && doc.tokens[cs - 1].is_word()
        && d.grammar
            .thing_relatives
            .is(doc.tokens[cs - 1].text(doc.text));
    if !opened {
        return None;
    }
    let from = clause_start(doc, d, st, cs - 2);
    super::grammar::thing_subject(d, Toks::new(doc.text, &doc.tokens, from..k))
}

/// Does the "as" just before token `i` open a clause ("as the two nations
/// have pledged", "as he said") rather than compare ("as many as", "such
/// as the")?
pub(super) fn opens_clause(doc: &Document<'_>, d: &Data, i: usize) -> bool {
    let word_is = |j: usize, set: &super::words::Words| {
        doc.tokens
            .get(j)
            .is_some_and(|t| t.is_word() && set.is_folded(t.text(doc.text)))
    };
    let g = &d.grammar;
    // "as many as": the "as" three words back.
    let as_before = doc
        .tokens
        .get(i.wrapping_sub(3))
        .is_some_and(|t| t.is_word() && t.text(doc.text).eq_ignore_ascii_case("as"));
    let comparison = word_is(i.wrapping_sub(2), &g.comparison_words) || as_before;
    !comparison && word_is(i, &g.clause_openers)
}

/// Does the sentence starting at token `st` open with a clause led by one
/// of `leading_clauses` ("When Lee said …,"), perhaps after a joining
/// "And" or "But"? Yields where the clause's words begin.
pub(super) fn leading_clause(doc: &Document<'_>, d: &Data, st: usize) -> Option<usize> {
    let word = |j: usize| {
        doc.tokens
            .get(j)
            .filter(|t| t.is_word())
            .map(|t| t.text(doc.text))
    };
    let mut at = st;
    if word(at).is_some_and(|w| d.grammar.lead_conjunctions.is_folded(w)) {
        at += 1;
    }
    word(at)
        .is_some_and(|w| d.grammar.leading_clauses.is_folded(w))
        .then_some(at + 1)
}

/// Where the content `from..to` of a cue in a leading clause ends: "When
/// Lee pointed out that the bill had failed, Roe seized on it." reports
/// Lee's words up to the comma after which the main clause opens with a
/// subject and its verb; not at a comma inside the words ("that Ohio,
/// Iowa and Utah voted no, Roe …"). `to` when no main clause follows.
pub(super) fn leading_clause_end(
    doc: &Document<'_>,
    d: &Data,
    from: usize,
    to: usize,
    en: usize,
) -> usize {
    let word = |j: usize| {
        doc.tokens
            .get(j)
            .filter(|t| t.is_word())
            .map(|t| t.text(doc.text))
    };
    // Three words at least before the comma: a list's comma comes early.
    (from + 3..to)
        .filter(|&c| doc.tokens[c].is_punct(','))
        .find(|&c| {
            // "along with Ann Roe, a member of the board responsible for
            // …": an appositive after a name, not a main clause.
            let aside = word(c - 1).is_some_and(is_capitalised)
                && word(c + 1).is_some_and(|w| d.grammar.appositive_openers.is_folded(w));
            let rest = Toks::new(doc.text, &doc.tokens, c + 1..en);
            // The main clause opens with its subject, right at the comma.
            !aside && super::grammar::main_subject(d, rest).is_some_and(|s| s.all.start == c + 1)
        })
        .unwrap_or(to)
}
