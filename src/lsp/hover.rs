//! Hover: who said the quotation or statement under the cursor, what the
//! names list says of the name under it, and what the rule of a finding
//! there checks.

use crate::article::Article;
use crate::attribution::Attribution;
use crate::names::list::{Entry, List};
use crate::Finding;

/// The hover text (Markdown) at byte `at`, or `None` when there is
/// nothing to say.
pub fn hover_text(
    article: &Article<'_, '_>,
    list: &List,
    findings: &[Finding],
    at: usize,
) -> Option<String> {
    let text = article.doc.text;
    let mut parts = Vec::new();
    if let Some(a) = attribution_at(article.attributions(), at) {
        parts.push(describe(a, text));
    }
    if let Some(entry) = name_at(article, list, at) {
        parts.push(describe_entry(entry));
    }
    for f in findings
        .iter()
        .filter(|f| covers(f.span.start, f.span.end, at))
    {
        let summary = super::diagnostics::summary(&f.rule).unwrap_or("");
        parts.push(format!(
            "`{}`: {summary} (`ascribe explain {}`)",
            f.rule, f.rule
        ));
    }
    (!parts.is_empty()).then(|| parts.join("\n\n---\n\n"))
}

/// Whether a span `start..end` holds byte `at`; its end counts, so that a
/// cursor just after a closing mark still finds the quotation.
fn covers(start: u32, end: u32, at: usize) -> bool {
    (start as usize) <= at && at <= end as usize
}

/// The attribution whose statement, cue or source holds `at`: the
/// narrowest, as a quotation inside a longer reported statement is the
/// one meant.
fn attribution_at(atts: &[Attribution], at: usize) -> Option<&Attribution> {
    atts.iter()
        .filter_map(|a| {
            [a.content, Some(a.cue), a.source]
                .into_iter()
                .flatten()
                .filter(|s| covers(s.start, s.end, at))
                .map(|s| s.end - s.start)
                .min()
                .map(|width| (width, a))
        })
        .min_by_key(|(width, _)| *width)
        .map(|(_, a)| a)
}

/// "Neil Thomas, named — said", and a note when no words attribute it.
pub fn describe(a: &Attribution, text: &str) -> String {
    let who = a
        .speaker
        .clone()
        .or_else(|| {
            a.source
                .map(|s| crate::finding::excerpt(s.text(text), 60, 59))
        })
        .unwrap_or_else(|| "no source".into());
    let cue = crate::finding::excerpt(a.cue.text(text), 30, 29);
    let mut s = format!("**{who}**, {} — {cue}", a.class.as_str());
    if a.inferred {
        s.push_str("\n\nSpeaker inferred: no words in the article attribute this quotation.");
    }
    s
}

/// The names-list entry for the name under `at`: the whole name as the
/// article writes it, else the word under the cursor, matched against
/// every spelling the list holds.
fn name_at<'l>(article: &Article<'_, '_>, list: &'l List, at: usize) -> Option<&'l Entry> {
    let text = article.doc.text;
    let mention = article
        .mentions()
        .iter()
        .find(|m| covers(m.span.start, m.span.end, at))
        .map(|m| m.name(text).into_owned());
    let word = word_at(text, at);
    let spelt = |e: &&Entry, s: &str| {
        e.canonical == s || e.accepted.iter().any(|x| x == s) || e.variants.iter().any(|x| x == s)
    };
    let found = [mention.as_deref(), word]
        .into_iter()
        .flatten()
        .map(|s| crate::names::fold::strip_possessive(s).0)
        .filter(|s| s.chars().next().is_some_and(char::is_uppercase))
        .find_map(|s| list.entries.iter().find(|e| spelt(e, s)));
    found
}

/// The word (letters, digits, hyphens, apostrophes) that holds byte `at`.
fn word_at(text: &str, at: usize) -> Option<&str> {
    let part = |c: char| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’');
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let start = text[..at]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| part(c))
        .last()
        .map_or(at, |(i, _)| i);
    let end = text[at..]
        .char_indices()
        .find(|&(_, c)| !part(c))
        .map_or(text.len(), |(i, _)| at + i);
    (start < end).then(|| &text[start..end])
}

fn describe_entry(e: &Entry) -> String {
    let kind = match e.kind {
        Some(k) => format!(" ({})", format!("{k:?}").to_lowercase()),
        None => String::new(),
    };
    let mut s = format!("Names list: **{}**{kind}", e.canonical);
    if !e.accepted.is_empty() {
        s.push_str(&format!("\n\nAlso accepted: {}", e.accepted.join(", ")));
    }
    if !e.variants.is_empty() {
        s.push_str(&format!("\n\nNot: {}", e.variants.join(", ")));
    }
    if let Some(note) = &e.note {
        s.push_str(&format!("\n\n{note}"));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_under_the_cursor() {
        let t = "Talks in Kiev’s centre.";
        assert_eq!(word_at(t, t.find("iev").unwrap()), Some("Kiev’s"));
        assert_eq!(word_at(t, t.len()), None);
        assert_eq!(word_at(t, 0), Some("Talks"));
    }

    #[test]
    fn a_quotation_names_its_speaker() {
        let lang = crate::lang::Lang::english();
        let text = "Head\n\n\u{201c}We won,\u{201d} said Ada Moss.\n";
        let article = Article::parse(text, crate::Format::Plain, &lang);
        let at = text.find("won").unwrap();
        let hover = hover_text(&article, List::starter(), &[], at).unwrap();
        assert_eq!(hover, "**Ada Moss**, named — said");
    }
}
