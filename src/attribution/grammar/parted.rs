//! Subjects parted from their cue by a clause about them: "The records,
//! which the court released Monday, show …" and "None of the analysts I
//! interviewed this week thought …". The subject reader takes what
//! stands right before the cue for the source ("the court", "I"), so
//! these shapes are read first, each within a few tokens of the cue.

use super::subject::source_head;
use super::Source;
use crate::attribution::data::Data;
use crate::attribution::toks::Toks;
use crate::model::token::is_capitalised;

/// Most words a contact clause ("I spoke with this week") may hold.
const CONTACT_MAX: usize = 7;
/// Most words a subject parted from its cue may hold.
const NP_MAX: usize = 8;
/// Most tokens a relative clause set off by commas may hold.
const RELATIVE_MAX: usize = 20;

/// Is `p` a plain noun phrase, with no verb or clause word in it? Opened
/// by a determiner (or "none", as in "none of the scholars"), or made of
/// capitalised words only ("The Harbor Futures Market").
fn noun_phrase(d: &Data, p: Toks<'_>) -> bool {
    if p.is_empty() || p.len() > NP_MAX || !p.toks.iter().all(|t| t.is_word() || t.is_punct('.')) {
        return false;
    }
    let first = p.word(0);
    let opened = d.determiners.contains(first) || first.eq_ignore_ascii_case("none");
    let named = (0..p.len()).all(|k| !p.toks[k].is_word() || is_capitalised(p.word(k)));
    let plain = (0..p.len()).filter(|&k| p.toks[k].is_word()).all(|k| {
        let w = p.word(k);
        !d.grammar.auxiliaries.is(w)
            && !d.boundary.contains(w)
            && !d.cues.contains(w)
            && !d.pronouns.contains(w)
    });
    let last = p.len() - 1;
    (opened || named) && plain && source_head(d, p.word(last), p.toks[last])
}

/// What follows the last comma of `p` and an opening word such as "Yet"
/// (an opening "Still," or "In March," is no part of the subject).
fn after_last_comma<'a>(d: &Data, p: Toks<'a>) -> Toks<'a> {
    let p = match (0..p.len()).rev().find(|&k| p.toks[k].is_punct(',')) {
        Some(c) => p.sub(c + 1, p.len()),
        None => p,
    };
    let opener = p.len() > 1
        && p.toks[0].is_word()
        && d.intro.contains(p.word(0))
        && !d.determiners.contains(p.word(0));
    if opener {
        p.sub(1, p.len())
    } else {
        p
    }
}

fn whole(p: Toks<'_>) -> Source {
    Source {
        all: p.at..p.end(),
        name: p.at..p.end(),
    }
}

/// "none of the constitutional scholars I interviewed this week" before
/// a cue: a group, then a contact clause with no relative word (a
/// pronoun, a verb of meeting or asking, a short adjunct). The group is
/// the source, not the pronoun. `clause` runs from the clause start to
/// the cue.
pub fn contact_subject(d: &Data, clause: Toks<'_>) -> Option<Source> {
    let n = clause.len();
    let p = (n.saturating_sub(CONTACT_MAX)..n).find(|&p| {
        let t = clause.toks[p];
        let w = clause.word(p);
        t.is_word()
            && d.pronouns.contains(w)
            && !w.eq_ignore_ascii_case("it")
            && !w.eq_ignore_ascii_case("you")
    })?;
    if p == 0
        || !clause.toks.get(p + 1).is_some_and(|t| t.is_word())
        || !d.grammar.contact_verbs.is(clause.word(p + 1))
        || !clause.toks[p + 2..].iter().all(|t| t.is_word())
    {
        return None;
    }
    // The group: a plural or vague noun, lower-case, right before the
    // pronoun ("analysts I", not "the mayor he").
    let head = clause.word(p - 1);
    let group = clause.toks[p - 1].is_word()
        && !is_capitalised(head)
        && (d.vague.contains(head) || head.len() > 3 && head.ends_with('s'));
    let np = after_last_comma(d, clause.sub(0, p));
    (group && noun_phrase(d, np)).then(|| whole(np))
}

/// "The Harbor Futures Market, where traders bet on outcomes, shows …":
/// a thing or place, then a relative clause set off by commas that ends
/// right before the cue. `clause` runs from the clause start (before the
/// relative word) to the cue.
pub fn thing_subject(d: &Data, clause: Toks<'_>) -> Option<Source> {
    let n = clause.len();
    if n < 4 || !clause.toks[n - 1].is_punct(',') {
        return None;
    }
    let j = (n.saturating_sub(RELATIVE_MAX).max(1)..n - 1)
        .rev()
        .find(|&j| clause.toks[j].is_word() && d.grammar.thing_relatives.is(clause.word(j)))?;
    // One clause, opened by a comma and closed by the one before the cue.
    if !clause.toks[j - 1].is_punct(',')
        || j + 2 >= n
        || clause.toks[j + 1..n - 1].iter().any(|t| t.is_punct(','))
    {
        return None;
    }
    let np = after_last_comma(d, clause.sub(0, j - 1));
    noun_phrase(d, np).then(|| whole(np))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::token::tokenize;

    fn read(f: fn(&Data, Toks<'_>) -> Option<Source>, text: &str) -> Option<String> {
        let d = Data::builtin("en").unwrap();
        let t = tokenize(text);
        f(&d, Toks::new(text, &t, 0..t.len())).map(|s| {
            text[t[s.all.start].span.start as usize..t[s.all.end - 1].span.end as usize].to_string()
        })
    }

    #[test]
    fn a_group_before_a_contact_clause_is_the_source() {
        for (text, want) in [
            (
                "Yet none of the tax lawyers we asked last month",
                "none of the tax lawyers",
            ),
            ("Most economists I spoke with", "Most economists"),
            (
                "Still, few of the donors they contacted",
                "few of the donors",
            ),
        ] {
            assert_eq!(read(contact_subject, text).as_deref(), Some(want), "{text}");
        }
        // The pronoun is the subject when no group stands before it, or
        // when what follows it is no verb of meeting.
        for text in [
            "The mayor he",
            "After the vote she",
            "none of the tax lawyers we hired",
            "the mayor, who we asked,",
        ] {
            assert_eq!(read(contact_subject, text), None, "{text}");
        }
    }

    #[test]
    fn a_thing_before_its_relative_clause_is_the_source() {
        for (text, want) in [
            (
                "The Harbor Futures Market, where traders bet on outcomes,",
                "The Harbor Futures Market",
            ),
            (
                "In March, the audit records, which the board released Monday,",
                "the audit records",
            ),
        ] {
            assert_eq!(read(thing_subject, text).as_deref(), Some(want), "{text}");
        }
        for text in [
            // A clause before the relative one, not a noun phrase.
            "Ruiz won the county, where she campaigned hard,",
            // The relative clause does not run to the cue.
            "The market, where traders bet, and the banks,",
            "The market, where traders bet",
        ] {
            assert_eq!(read(thing_subject, text), None, "{text}");
        }
    }
}
