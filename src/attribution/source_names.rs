//! How a source's own words name and class it: the name without its
//! titles or possessive ("Mr. Kerry's" is Kerry), and whether it is a
//! named person, an organisation, a vague or an anonymous source.

use super::data::Data;
use super::grammar::Source;
use super::SourceClass;
use crate::model::token::is_capitalised;
use crate::model::Document;

/// The words of tokens `r`, punctuation left out.
pub(super) fn words<'a, 't>(
    doc: &'a Document<'t>,
    r: std::ops::Range<usize>,
) -> impl Iterator<Item = &'t str> + 'a {
    let text = doc.text;
    doc.tokens[r]
        .iter()
        .filter(|t| t.is_word())
        .map(move |t| t.text(text))
}

/// A preposition that joins a source to where it works ("at", "of").
pub(super) fn is_preposition(d: &Data, w: &str) -> bool {
    d.grammar.source_prepositions.is(w)
}

pub(super) fn name_text(doc: &Document<'_>, d: &Data, s: &Source) -> String {
    // The name's words and the spaces between them fit in the bytes its
    // tokens span: one allocation, no regrowth.
    let room = match (s.name.start, s.name.end.checked_sub(1)) {
        (a, Some(b)) if a <= b => (doc.tokens[b].span.end - doc.tokens[a].span.start) as usize,
        _ => 0,
    };
    let mut out = String::with_capacity(room);
    let mut prev_end = None;
    for k in s.name.clone() {
        let t = doc.tokens[k];
        let w = t.text(doc.text);
        // Titles are not part of the name: "Mr. Kerry" is Kerry.
        if out.is_empty() && (d.titles.contains(w) || t.is_punct('.')) && k + 1 < s.name.end {
            continue;
        }
        if let Some(e) = prev_end {
            if e != t.span.start {
                out.push(' ');
            }
        }
        out.push_str(w);
        prev_end = Some(t.span.end);
    }
    // As `trim_end_matches("'s")` then `trim_end_matches("’s")`, without
    // building a substring searcher for each.
    while out.ends_with("'s") {
        out.truncate(out.len() - "'s".len());
    }
    while out.ends_with("’s") {
        out.truncate(out.len() - "’s".len());
    }
    out
}

/// The source's words, read in place: resolving runs once per attribution
/// and must not allocate per word.
fn is_anonymous(d: &Data, lower: &[&str]) -> bool {
    if !lower.iter().any(|w| d.anonymous_first.contains(w)) {
        return false;
    }
    d.anonymous.iter().any(|p| {
        !p.is_empty()
            && lower
                .windows(p.len())
                .any(|w| w.iter().zip(p).all(|(a, b)| a.eq_ignore_ascii_case(b)))
    })
}

/// Class of a source read on its own.
pub(super) fn classify(
    doc: &Document<'_>,
    d: &Data,
    s: &Source,
    all: &[&str],
    media_cue: bool,
) -> SourceClass {
    if is_anonymous(d, all) {
        return SourceClass::Anonymous;
    }
    let mut name_buf = [""; 16];
    let mut n = 0;
    for w in words(doc, s.name.clone()) {
        if n == name_buf.len() {
            break;
        }
        name_buf[n] = w;
        n += 1;
    }
    let name = &name_buf[..n];
    // The head of the name: in "Neil Thomas, an analyst at Eurasia Group"
    // it is Thomas, not Group.
    let head = name.last().or(all.last()).copied().unwrap_or("");
    let capitalised = !name.is_empty()
        && name
            .iter()
            .all(|w| is_capitalised(w) || d.titles.contains(w));
    // "Officials at the Pentagon", "Analysts at Goldman Sachs": the words
    // before a preposition say who; the rest says where they work. (Not
    // when a name stands apart: "An analyst at Eurasia Group, Neil Thomas".)
    let pre = if capitalised {
        all
    } else {
        let cut = all.iter().position(|w| is_preposition(d, w));
        &all[..cut.unwrap_or(all.len())]
    };
    let title_case_vague = pre.iter().any(|w| d.vague.contains(w))
        && pre
            .iter()
            .all(|w| d.vague.contains(w) || d.determiners.contains(w));
    if title_case_vague || (!capitalised && d.vague.contains(head)) {
        return SourceClass::Vague;
    }
    let org_word = name.iter().any(|w| d.organisation.contains(w))
        || (d.organisation.contains(head) && !d.titles.contains(head))
        || name
            .iter()
            .any(|w| w.len() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '.' || c == '&'))
        // A compound of an organisation's word (German `Stadtverwaltung`).
        || d.german.organisation_endings.ends(head, 1);
    if org_word || (media_cue && capitalised) {
        return SourceClass::Organisation;
    }
    if capitalised {
        return SourceClass::Named;
    }
    if d.vague.contains(head) {
        return SourceClass::Vague;
    }
    SourceClass::Unknown
}

/// The name and class of source `s` as it is written, unresolved.
pub(super) fn describe(doc: &Document<'_>, d: &Data, s: &Source) -> (String, SourceClass) {
    let lower: Vec<&str> = words(doc, s.all.clone()).collect();
    (name_text(doc, d, s), classify(doc, d, s, &lower, false))
}
