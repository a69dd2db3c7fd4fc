//! Page structure that is not the article's running prose, though it
//! stands in body paragraphs: a newsletter's digest items that credit
//! another outlet ("… [Reuters.]"), title lines (a name and an age over a
//! profile, a list of related headlines in title case), and the page
//! talking about itself ("This is a developing story", "Download our
//! app"). None of it is the writer's claim.

use crate::attribution::WordSet;
use crate::model::{Block, Document, Sentence, Token, TokenKind};
use serde::Deserialize;

/// The `page` lists of `rules/claims/*.yaml`, as read.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageFile {
    /// Words that open a promotion of the site itself ("Download our app",
    /// "Tune in tonight", "For more from …"), each as its words.
    #[serde(default)]
    promo_openers: Vec<String>,
    /// Nouns by which a page names itself after "this" ("this story",
    /// "this Reuters article").
    #[serde(default)]
    self_nouns: Vec<String>,
    /// Words before one of `self_nouns` that name the page as an item
    /// still being written ("a developing story").
    #[serde(default)]
    self_states: Vec<String>,
    /// Words that open a sentence pointing to what follows it, when the
    /// sentence ends with a colon ("Here are three things to watch:").
    #[serde(default)]
    pointers: Vec<String>,
}

/// The lists of [`PageFile`].
#[derive(Debug, Clone, Default)]
pub struct Page {
    promo_openers: Vec<Vec<String>>,
    self_nouns: WordSet,
    /// The self nouns in lower case and capitalised, each a substring
    /// finder: the sentence's text must hold one of them as well (so the
    /// noun in capitals, "THIS STORY", does not count). Searched only once
    /// its words have named the page, which few sentences do.
    noun_finders: Vec<memchr::memmem::Finder<'static>>,
    self_states: WordSet,
    /// `pointers` in lower case, each with the space after it.
    pointers: Vec<String>,
}

impl Page {
    pub fn new(f: &PageFile) -> Page {
        Page {
            promo_openers: f
                .promo_openers
                .iter()
                .map(|p| p.split_whitespace().map(str::to_lowercase).collect())
                .filter(|p: &Vec<String>| !p.is_empty())
                .collect(),
            self_nouns: WordSet::new(&f.self_nouns),
            noun_finders: f
                .self_nouns
                .iter()
                .flat_map(|n| {
                    let lower = n.to_lowercase();
                    let capital: String = lower
                        .chars()
                        .take(1)
                        .flat_map(char::to_uppercase)
                        .chain(lower.chars().skip(1))
                        .collect();
                    [lower, capital]
                })
                .map(|n| memchr::memmem::Finder::new(n.as_bytes()).into_owned())
                .collect(),
            self_states: WordSet::new(&f.self_states),
            pointers: f
                .pointers
                .iter()
                .map(|p| format!("{} ", p.to_lowercase()))
                .collect(),
        }
    }
}

/// How many words a credit in brackets may have: "[Reuters.]", "[Mollie
/// Reilly.]", "[New York Times.]".
const CREDIT_WORDS: usize = 4;

/// Is body block `b` a digest item that credits what it says to another
/// outlet or writer, in brackets at its end ("… [WaPo.]")? A morning
/// newsletter sums up other outlets' stories so, a run-in heading in
/// capitals, a quotation or a line of its own, then the credit; what it
/// sums up is that outlet's, named there.
pub fn credited(doc: &Document<'_>, b: &Block) -> bool {
    let text = b.span.text(doc.text).trim_end();
    let Some(inner) = text.strip_suffix(']') else {
        return false;
    };
    let Some(open) = inner.rfind('[') else {
        return false;
    };
    let credit = inner[open + 1..].trim().trim_end_matches('.');
    let words: Vec<&str> = credit.split_whitespace().collect();
    // Something before the credit, and a credit of a few capitalised words.
    open > 0
        && (1..=CREDIT_WORDS).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
}

/// How many words a title line over a profile or a list may have ("Ana
/// Ruiz, 40.", "Lee Park (right), 52.").
const TITLE_WORDS: usize = 8;

/// Is sentence `s`, the only one of its block, a title line: a few words,
/// each capitalised or a number, outside parentheses ("Ana Ruiz (left),
/// 40.")? Running prose has a word in lower case; a name and an age set
/// over a profile has none.
pub fn title_line(doc: &Document<'_>, b: &Block, s: &Sentence) -> bool {
    if b.sentences.len() != 1 {
        return false;
    }
    let mut depth = 0u32;
    let mut words = 0;
    for t in &doc.tokens[s.tokens.start as usize..s.tokens.end as usize] {
        match t.kind() {
            TokenKind::Open(_) => depth += 1,
            TokenKind::Close(_) => depth = depth.saturating_sub(1),
            _ if t.is_word() && depth == 0 => {
                words += 1;
                if !t.text(doc.text).starts_with(|c: char| c.is_uppercase()) {
                    return false;
                }
            }
            _ => {}
        }
    }
    (1..=TITLE_WORDS).contains(&words)
}

/// How many words of a sentence in title case the rule reads before it
/// decides: a list of related headlines is long, and its share of
/// capitals shows early.
const TITLE_CASE_MIN: usize = 8;

/// Is sentence `s` set in title case, as a list of headlines is ("Three
/// Things To Know About The Vote — Lee Says The Count Is Over")? Nearly
/// every word capitalised (four in five or more), among them at least two
/// function words inside the sentence (`stop`): names are capitalised in
/// running prose, "To", "About" and "The" mid-sentence only in titles.
pub fn title_case(doc: &Document<'_>, stop: &WordSet, s: &Sentence) -> bool {
    let bytes = doc.text.as_bytes();
    let toks = &doc.tokens[s.tokens.start as usize..s.tokens.end as usize];
    let (mut words, mut caps, mut small) = (0usize, 0usize, 0usize);
    for (k, t) in toks.iter().enumerate() {
        if !t.is_word() {
            continue;
        }
        words += 1;
        let upper = bytes[t.span.start as usize].is_ascii_uppercase();
        caps += usize::from(upper);
        // More words not capitalised than a fifth of the tokens: no count
        // of words the sentence can still reach is four-fifths capitals.
        // Prose is told so after its first few words.
        if (words - caps) * 5 > toks.len() {
            return false;
        }
        small += usize::from(upper && k > 0 && stop.contains_token(*t, bytes));
    }
    words >= TITLE_CASE_MIN && caps * 5 >= words * 4 && small >= 2
}

/// Does sentence `s` speak of the page itself: a promotion opening it
/// ("Download our app …", "Tune in tonight …"); a pointer to what follows
/// it, opening it and a colon closing it ("Here are the five races to
/// watch:"); or "this" and a noun the
/// page names itself by ("This story has been updated", "has supplemented
/// this Reuters article") or a state of the page ("a developing story")?
pub fn about_itself(doc: &Document<'_>, page: &Page, s: &Sentence) -> bool {
    let toks = &doc.tokens[s.tokens.start as usize..s.tokens.end as usize];
    let bytes = doc.text.as_bytes();
    let words = || toks.iter().filter(|t| t.is_word());
    let Some(first) = words().next().map(|t| t.text(doc.text)) else {
        return false;
    };
    let opens = page.promo_openers.iter().any(|p| {
        let mut ws = words();
        p.first().is_some_and(|w| w.eq_ignore_ascii_case(first))
            && p.iter().all(|w| {
                ws.next()
                    .is_some_and(|t| t.text(doc.text).eq_ignore_ascii_case(w))
            })
    });
    if opens || points(doc, page, s, toks) {
        return true;
    }
    let is_this = |t: &Token| t.text(doc.text).eq_ignore_ascii_case("this");
    // One pass, the two words before each kept: "this story", "a
    // developing story", or "this Reuters article" (one capitalised word
    // between). The words are read first, by their shapes: most sentences
    // hold no self noun, and this costs less than the substring search.
    let (mut p1, mut p2): (Option<&Token>, Option<&Token>) = (None, None);
    let mut named = false;
    for t in words() {
        if let Some(a) = p1 {
            if page.self_nouns.contains_token(*t, bytes)
                && (is_this(a)
                    || page.self_states.contains_token(*a, bytes)
                    || p2.is_some_and(|b| {
                        is_this(b) && a.text(doc.text).starts_with(char::is_uppercase)
                    }))
            {
                named = true;
                break;
            }
        }
        (p2, p1) = (p1, Some(t));
    }
    // The noun as the finders hold it, in lower case or capitalised
    // ("STORY" in capitals is not the page speaking of itself).
    let text = s.span.text(doc.text).as_bytes();
    named && page.noun_finders.iter().any(|f| f.find(text).is_some())
}

/// Does sentence `s` (of tokens `toks`) open with one of `pointers` and
/// end with a colon? It hands over to the list, quotation or post after
/// it: a transition, whatever its words promise ("Here are three reasons
/// the levy will pass:" — the reasons are what is judged).
fn points(doc: &Document<'_>, page: &Page, s: &Sentence, toks: &[Token]) -> bool {
    if !toks.last().is_some_and(|t| t.is_punct(':')) {
        return false;
    }
    let text = s.span.text(doc.text).trim_start();
    let head = text.get(..16).unwrap_or(text).to_lowercase();
    page.pointers.iter().any(|p| head.starts_with(p.as_str()))
}

#[cfg(test)]
#[path = "page_tests.rs"]
mod tests;
