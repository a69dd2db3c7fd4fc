use super::{Context, Rule, RuleMeta, Sink};
use crate::finding::{Applicability, Finding, Fix, Severity};
use crate::model::{Document, TokenKind};
use crate::names::fold::{fold, key, strip_possessive};
use crate::names::list::{Kind, Role};
use crate::names::{similar, List};
use crate::span::Span;

pub struct NamesNoncanonical;

static META: RuleMeta = RuleMeta {
    id: "names.noncanonical",
    severity: Severity::Warning,
    preview: false,
    options: &[],
    summary: "A name spelt otherwise than the names list spells it.",
    doc: r#"## What it does
Looks every capitalised word up in the names lists: the starter list
shipped with ascribe (heads of state and government, foreign ministers and
aides, international organisations, places with disputed spellings, and
the words for peoples, parties and faiths: "Israeli", "Republican") and any
list given with `--names FILE` (such as one written by `ascribe names
learn` from the newsroom's archive). Reports a known variant ("Kiev" for
"Kyiv", "Zelensky" for "Zelenskyy" in house style), with the list's note,
and a near miss: a word one slip from a listed surname or one-word name
that the list does not know ("Uhsakov" for "Ushakov"). Each finding carries
the list's spelling as its fix.

A near miss is not reported when the word is also written in lower case
(an ordinary word), when it is used three times or more (a deliberate
spelling of another name), or when it stands with a first name that is not
the listed person's ("Robert Rubin" is not a slip for "Marco Rubio"). A
word of fewer than seven letters that never stands with a first name is
not reported either: short words one slip from a surname are as often
another name or a place ("Macon", "Macron"). A near miss of a people's,
party's or faith's word (kind `group`) is reported only when it is a
hand's slip (letters swapped, one dropped or doubled, a vowel for a vowel:
"Isreali", "Republacan"), alone or as a part of a compound written in
capitals ("Israli-Palestinian"), and neither a word of the dictionary nor
a given name ("Latin", "Christina" stay).

## Why
A name that occurs once in an article cannot be checked against the rest of
the article. Only a list — the house's, or the archive's — knows that the
Kremlin aide is Yury Ushakov.

## Example
```text
Russian presidential aide Yury Uhsakov added that ...
```
Use instead:
```text
Russian presidential aide Yury Ushakov added that ...
```
"#,
};

impl Rule for NamesNoncanonical {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_, '_>, out: &mut Sink<'_>) {
        let doc = cx.doc;
        let list = cx.settings.names_list();
        if list.is_empty() {
            return;
        }
        let forms = cx.name_forms();
        let mut buf = Vec::new();
        for (fi, f) in forms.forms.iter().enumerate() {
            let ends = list.spellings_ending(f.key);
            // A place's own spelling in the copy's language ("Teheran" in
            // German) is no variant of the list's ("Tehran").
            if ends
                .iter()
                .any(|&s| list.spellings[s as usize].role == Role::Variant)
                && !cx.lang.names.is_place(f.key)
            {
                for o in forms.occurrences_of(fi as u32) {
                    if let Some(fd) = variant_at(doc, list, o.token, o.span) {
                        out.push(fd);
                    }
                }
            }
            if f.text.contains('-') {
                for (at, len, right) in group::compound_slips(cx, list, forms, f.text, &mut buf) {
                    for o in forms.occurrences_of(fi as u32) {
                        let span = Span::new(o.span.start as usize + at, o.span.start as usize + at + len);
                        out.push(near_miss_finding(doc, span, &right, ""));
                    }
                }
            }
            // The tests on numbers and keys first, the one reading the
            // spelling's letters last: the answer is the same either way.
            if f.count > 2
                || (f.len as usize) < similar::MIN_LONGER
                || list.knows(f.key)
                || cx.lang.names.is_ordinary(f.key)
                || cx.lang.names.is_place(f.key)
                || !similar::word_shaped(f.text)
            {
                continue;
            }
            let Some((ni, _)) = list.near_miss_unlisted(f.text, &cx.lang.names.endings, &mut buf) else {
                continue;
            };
            let nw = &list.near_words[ni as usize];
            if cx.occurs_lowercase(f.text) {
                continue;
            }
            // Another form of a word of the language ("Spielern"), or a
            // noun where every noun is capitalised: after an article ("der
            // Saison" is no slip for "Saigon").
            let data = &cx.lang.names;
            if similar::different_words(f.text, &nw.word, &data.endings).is_some()
                || forms
                    .occurrences_of(fi as u32)
                    .any(|o| crate::names::nouns::after_noun_sign(doc, data, o.token as usize))
            {
                continue;
            }
            if list.entries[nw.entry as usize].kind == Some(Kind::Group)
                && !group::slip_here(cx, forms, f.text, &nw.word)
            {
                continue;
            }
            let at = forms.occurrences_of(fi as u32).map(|o| o.token);
            match first_names(cx.article.mentions(), doc, list, nw.entry, f.key, at) {
                FirstNames::Listed => {}
                FirstNames::Other => continue,
                // A short word one slip from a listed surname, standing
                // without a first name, is as often another name or a place
                // ("Macon" is no slip for "Macron", nor "Barron" for "Barrot").
                FirstNames::None if (f.len as usize) < LONE_SURNAME_MIN => continue,
                FirstNames::None => {}
            }
            let entry = &list.entries[nw.entry as usize];
            let about = describe(list, nw.entry);
            for o in forms.occurrences_of(fi as u32) {
                out.push(near_miss_finding(doc, o.span, &nw.word, &about));
            }
            let _ = entry;
        }
    }
}

/// The finding for a near miss at `span` of the listed `word`.
fn near_miss_finding(doc: &Document<'_>, span: Span, word: &str, about: &str) -> Finding {
    let written = span.text(doc.text);
    let mut fd = Finding::new(
        META.id,
        META.severity,
        span,
        format!("“{written}” is not in the names list; did you mean “{word}”{about}?"),
    );
    // A near miss may be another name the list does not know.
    fd.fix = Some(Fix::replace(
        span,
        similar::in_case_of(word, written),
        Applicability::Suggested,
    ));
    fd
}

/// " (Yury Ushakov: Kremlin foreign-policy aide ...)", or "".
fn describe(list: &List, entry: u32) -> String {
    let e = &list.entries[entry as usize];
    match (&e.note, e.canonical.contains(' ')) {
        (Some(n), _) => format!(" ({}: {n})", e.canonical),
        (None, true) => format!(" ({})", e.canonical),
        (None, false) => String::new(),
    }
}

/// A near miss of a listed person's surname with no first name in the
/// article is reported only from this length up.
const LONE_SURNAME_MIN: usize = 7;

/// What first names the word stands with in this article.
#[derive(Debug, PartialEq, Eq)]
enum FirstNames {
    /// One of the listed person's (or the entry is no person with given
    /// names, so there is nothing to compare).
    Listed,
    /// Only first names that are not the listed person's.
    Other,
    /// None: the word always stands alone.
    None,
}

/// Does the word with key `k` stand, wherever it has a first name in this
/// article, with a first name of the listed person?
/// `at`: the word's tokens, in text order; only the mentions holding them
/// are read, so a very large file is not searched once per near miss.
fn first_names(
    mentions: &[crate::names::Mention],
    doc: &Document<'_>,
    list: &List,
    entry: u32,
    k: u64,
    at: impl Iterator<Item = u32>,
) -> FirstNames {
    let given = list.given_names(entry);
    if given.is_empty() || list.entries[entry as usize].kind != Some(Kind::Person) {
        return FirstNames::Listed;
    }
    let mut with_names = false;
    let mut last = usize::MAX;
    for ti in at {
        let i = mentions.partition_point(|m| m.tokens.end <= ti);
        if i == last || mentions.get(i).is_none_or(|m| m.tokens.start > ti) {
            continue;
        }
        last = i;
        let m = &mentions[i];
        if m.words < 2 {
            continue;
        }
        let toks = m.word_tokens(doc);
        let words: Vec<&str> = toks
            .iter()
            .filter(|t| t.is_word())
            .map(|t| strip_possessive(t.text(doc.text)).0)
            .collect();
        if !words.iter().any(|w| key(w) == k) {
            continue;
        }
        with_names = true;
        let matches = words.iter().filter(|w| key(w) != k).any(|w| {
            let fw = fold(w);
            given
                .iter()
                .any(|g| *g == fw || strsim::jaro_winkler(g, &fw) >= 0.85)
        });
        if matches {
            return FirstNames::Listed;
        }
    }
    if with_names {
        FirstNames::Other
    } else {
        FirstNames::None
    }
}

/// A listed variant ending at token `ti` (the longest that matches), as a
/// finding.
fn variant_at(doc: &Document<'_>, list: &List, ti: u32, last: Span) -> Option<Finding> {
    let text = doc.text;
    // Word keys going back from `ti`, skipping initials' full stops.
    let mut back: Vec<(u64, Span)> = Vec::with_capacity(4);
    let mut i = ti as i64;
    while i >= 0 && back.len() < 6 {
        let t = doc.tokens[i as usize];
        match t.kind() {
            TokenKind::Word => {
                let s = if back.is_empty() { last } else { t.span };
                back.push((key(s.text(text)), s));
            }
            TokenKind::Punct('.') => {}
            _ => break,
        }
        i -= 1;
    }
    let mut best: Option<(usize, u32)> = None;
    for &si in list.spellings_ending(back[0].0) {
        let sp = &list.spellings[si as usize];
        if sp.role != Role::Variant || sp.words.len() > back.len() {
            continue;
        }
        let n = sp.words.len();
        let ok = sp.words.iter().rev().zip(&back).all(|(w, (k, _))| w == k);
        if ok && best.is_none_or(|(bn, _)| n > bn) {
            best = Some((n, si));
        }
    }
    let (n, si) = best?;
    let entry = list.spellings[si as usize].entry;
    if in_except(doc, list, entry, ti) {
        return None;
    }
    let span = Span::new(back[n - 1].1.start as usize, last.end as usize);
    let written = span.text(text);
    let canonical = list.canonical(entry);
    let cw: Vec<&str> = canonical.split_whitespace().collect();
    let replacement = if n >= cw.len() {
        canonical.to_string()
    } else {
        cw[cw.len() - n..].join(" ")
    };
    let e = &list.entries[entry as usize];
    let note = e
        .note
        .as_deref()
        .map_or(String::new(), |n| format!(" ({n})"));
    let mut f = Finding::new(
        META.id,
        META.severity,
        span,
        format!("“{written}”: the names list spells it “{replacement}”{note}"),
    );
    // The list names this spelling as a variant of the entry: the house
    // has decided.
    f.fix = Some(Fix::replace(
        span,
        similar::in_case_of(&replacement, written),
        Applicability::Safe,
    ));
    Some(f)
}

/// Is token `ti` inside one of the entry's except phrases ("Chicken Kiev")?
fn in_except(doc: &Document<'_>, list: &List, entry: u32, ti: u32) -> bool {
    let phrases = list.except_phrases(entry);
    if phrases.is_empty() {
        return false;
    }
    let text = doc.text;
    let me = key(strip_possessive(doc.tokens[ti as usize].text(text)).0);
    // The words around the token, in order.
    let lo = ti.saturating_sub(6) as usize;
    let hi = (ti as usize + 7).min(doc.tokens.len());
    let words: Vec<(usize, u64)> = (lo..hi)
        .filter(|&i| doc.tokens[i].is_word())
        .map(|i| (i, key(strip_possessive(doc.tokens[i].text(text)).0)))
        .collect();
    let Some(at) = words.iter().position(|&(i, _)| i == ti as usize) else {
        return false;
    };
    phrases.iter().any(|p| {
        p.iter()
            .enumerate()
            .filter(|(_, &w)| w == me)
            .any(|(off, _)| {
                at >= off
                    && at - off + p.len() <= words.len()
                    && p.iter().zip(&words[at - off..]).all(|(a, (_, b))| a == b)
            })
    })
}

#[path = "names_group.rs"]
mod group;

#[cfg(test)]
#[path = "names_noncanonical_tests.rs"]
mod tests;
