//! Finding name mentions in a parsed document: runs of capitalised words,
//! with titles, roles and sentence openers stripped from the front, the
//! possessive from the end, and short forms linked to full names.

use super::fold::{key, may_be_capitalised, strip_possessive, KeyMap};
use super::words::{Data, MODIFIER, NOT_NAME, PARTICLE, SUFFIX, TITLE};
use super::Mention;
use crate::model::token::is_capitalised;
use crate::model::Document;
use crate::span::Span;

/// The mentions of `doc`, in text order.
pub fn mentions(doc: &Document<'_>, data: &Data) -> Vec<Mention> {
    let text = doc.text;
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut run: Vec<u32> = Vec::with_capacity(8);
    let quotes = Quoted::new(doc);
    for block in &doc.blocks {
        let t0 = block.tokens.start as usize;
        let toks = &doc.tokens[block.tokens.start as usize..block.tokens.end as usize];
        // First word of each sentence: capitalised by grammar, not by name.
        let mut starts = doc.sentences
            [block.sentences.start as usize..block.sentences.end as usize]
            .iter()
            .filter_map(|s| {
                (s.tokens.start..s.tokens.end).find(|&i| doc.tokens[i as usize].is_word())
            })
            .peekable();
        let body = block.kind.is_body();
        let mut i = 0;
        while i < toks.len() {
            // Most tokens are lower-case words or punctuation: one byte
            // decides without slicing the text.
            let t = toks[i];
            if !t.is_word()
                || !may_be_capitalised(bytes[t.span.start as usize])
                || !is_capitalised(t.text(text))
            {
                i += 1;
                continue;
            }
            // Gather the run of capitalised words (with inner particles and
            // the full stops of initials and abbreviated titles).
            run.clear();
            let mut j = i;
            let mut possessive = false;
            while j < toks.len() {
                let t = toks[j];
                let s = t.text(text);
                if t.is_word() && is_capitalised(s) {
                    run.push((t0 + j) as u32);
                    let (_, poss) = strip_possessive(s);
                    j += 1;
                    if poss {
                        possessive = true;
                        break;
                    }
                    // "W." and "Sen." keep the run going.
                    if j < toks.len()
                        && toks[j].is_punct('.')
                        && toks[j].span.start == t.span.end
                        && (s.chars().count() == 1 || data.class(key(s)) & (TITLE | SUFFIX) != 0)
                    {
                        j += 1;
                    }
                    continue;
                }
                // "Charles de Gaulle": a particle between two capitalised words.
                if t.is_word()
                    && !run.is_empty()
                    && toks
                        .get(j + 1)
                        .is_some_and(|n| n.is_word() && is_capitalised(n.text(text)))
                    && data.class(key(s)) & PARTICLE != 0
                {
                    run.push((t0 + j) as u32);
                    j += 1;
                    continue;
                }
                break;
            }
            let first_is_initial = {
                let first = run[0];
                while starts.peek().is_some_and(|&s| s < first) {
                    starts.next();
                }
                starts.peek() == Some(&first)
            };
            let found = Run {
                tokens: &run,
                possessive,
                initial: first_is_initial,
                body,
            };
            split_run(doc, data, &found, &quotes, &mut out);
            i = j.max(i + 1);
        }
    }
    link(doc, &mut out);
    out
}

/// A run of capitalised words (token indexes) and what is known of it.
struct Run<'r> {
    tokens: &'r [u32],
    /// Its last word has a possessive ending.
    possessive: bool,
    /// Its first word opens its sentence.
    initial: bool,
    /// In running prose.
    body: bool,
}

/// Cuts one run into mentions: at sentence openers and titles inside it
/// ("But Putin", "Xi Feign Solidarity But Unlikely"), and strips the words
/// before the last title ("Russian President Vladimir Putin").
fn split_run(
    doc: &Document<'_>,
    data: &Data,
    found: &Run<'_>,
    quotes: &Quoted,
    out: &mut Vec<Mention>,
) {
    let Run {
        tokens: run,
        possessive,
        initial,
        body,
    } = *found;
    let text = doc.text;
    // Each word's lists, looked up once.
    let look = |ti: u32| data.class(key(strip_possessive(doc.tokens[ti as usize].text(text)).0));
    let mut classes = [0u8; 16];
    for (k, &ti) in run.iter().enumerate().take(16) {
        classes[k] = look(ti);
    }
    let class = |k: usize| if k < 16 { classes[k] } else { look(run[k]) };
    let mut from = 0;
    while from < run.len() {
        // Pieces end at a word that is no name at all ("But", "To").
        let mut to = from;
        while to < run.len() && class(to) & NOT_NAME == 0 {
            to += 1;
        }
        if to > from {
            let piece = &run[from..to];
            // Strip up to and including the last title or modifier, if a
            // name is left after it.
            let mut s = 0;
            for k in 0..piece.len() - 1 {
                let c = class(from + k);
                if c & TITLE != 0 || (k == s && c & MODIFIER != 0) {
                    s = k + 1;
                }
            }
            let name = &piece[s..];
            let only = name.len() == 1 && class(from + s) & (TITLE | MODIFIER) != 0;
            if !only {
                let last_of_run = to == run.len();
                push(
                    doc,
                    name,
                    possessive && last_of_run,
                    initial && from + s == 0,
                    body,
                    quotes,
                    out,
                );
            }
        }
        from = to + 1;
    }
}

fn push(
    doc: &Document<'_>,
    name: &[u32],
    possessive: bool,
    initial: bool,
    body: bool,
    quotes: &Quoted,
    out: &mut Vec<Mention>,
) {
    let text = doc.text;
    let first = doc.tokens[name[0] as usize];
    let last_idx = *name.last().expect("a name has a word");
    let last = doc.tokens[last_idx as usize];
    let mut end = last.span.end as usize;
    if possessive {
        let (stem, _) = strip_possessive(last.text(text));
        end = last.span.start as usize + stem.len();
    }
    let span = Span::new(first.span.start as usize, end);
    out.push(Mention {
        span,
        tokens: name[0]..last_idx + 1,
        words: name.len() as u32,
        full: None,
        quoted: quotes.contains(span.start),
        possessive,
        initial,
        body,
    });
}

/// Links each one-word mention to the first longer mention that ends (or
/// else begins) with the same word: "Thomas" → "Neil Thomas".
fn link(doc: &Document<'_>, out: &mut [Mention]) {
    let mut by_last: KeyMap<u32> = KeyMap::default();
    let mut by_first: KeyMap<u32> = KeyMap::default();
    for (i, m) in out.iter().enumerate() {
        if m.words >= 2 {
            let words = m.word_tokens(doc);
            let last = strip_possessive(words.last().map_or("", |t| t.text(doc.text))).0;
            by_last.entry(key(last)).or_insert(i as u32);
            let first = words.first().map_or("", |t| t.text(doc.text));
            by_first.entry(key(first)).or_insert(i as u32);
        }
    }
    if by_last.is_empty() {
        return;
    }
    for m in out.iter_mut().filter(|m| m.words == 1) {
        let k = key(&m.name(doc.text));
        m.full = by_last.get(&k).or_else(|| by_first.get(&k)).copied();
    }
}

/// Top-level quotations, for "is this mention quoted?".
struct Quoted {
    spans: Vec<Span>,
}

impl Quoted {
    fn new(doc: &Document<'_>) -> Quoted {
        let mut spans: Vec<Span> = doc
            .quotations
            .iter()
            .filter(|q| q.depth == 0)
            .map(|q| q.inner)
            .collect();
        spans.sort_unstable();
        Quoted { spans }
    }

    fn contains(&self, at: u32) -> bool {
        let i = self.spans.partition_point(|s| s.start <= at);
        i > 0 && at < self.spans[i - 1].end
    }
}

#[cfg(test)]
mod tests {
    use crate::model::Conventions;
    use crate::model::{Document, Format};

    fn names(text: &str) -> Vec<(String, Option<String>, bool)> {
        let lang = Conventions::english();
        let doc = Document::parse(text, Format::Plain, &lang);
        let mentions = super::mentions(&doc, &crate::names::Data::builtin("en").unwrap());
        mentions
            .iter()
            .filter(|m| m.body)
            .map(|m| {
                (
                    m.name(text).into_owned(),
                    m.full.map(|f| mentions[f as usize].name(text).into_owned()),
                    m.quoted,
                )
            })
            .collect()
    }

    #[test]
    fn titles_and_roles_are_stripped() {
        let got =
            names("Head\n\nRussian President Vladimir Putin met Chinese President Xi Jinping.\n");
        let n: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(n, ["Vladimir Putin", "Xi Jinping"]);
    }

    #[test]
    fn abbreviated_titles_and_openers() {
        let got = names("Head\n\nBut Sen. Bernie Sanders and Mr. Trump disagreed.\n");
        let n: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(n, ["Bernie Sanders", "Trump"]);
    }

    #[test]
    fn possessives_and_particles() {
        let got = names("Head\n\nThe plan was Charles de Gaulle's idea, and Putin’s too.\n");
        let n: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(n, ["Charles de Gaulle", "Putin"]);
    }

    #[test]
    fn surnames_link_to_full_names_and_quotes_are_kept() {
        let got =
            names("Head\n\nAn analyst, Neil Thomas, said so. Thomas added: \"Thomas is right.\"\n");
        let thomas: Vec<_> = got.iter().filter(|g| g.0 == "Thomas").collect();
        assert_eq!(thomas.len(), 2);
        assert!(thomas.iter().all(|g| g.1.as_deref() == Some("Neil Thomas")));
        assert!(!thomas[0].2 && thomas[1].2);
    }
}
