//! The capitalised spellings of one article, counted: what
//! `names.inconsistent` compares and `names.noncanonical` looks up.
//!
//! One pass over the tokens; spellings are keyed by their folded form, so
//! "Putin", "Putin's" and "PUTIN" are one form.

use super::fold::{char_len, key_and_caps, letter_mask, strip_possessive};
use crate::model::sig::select;
use crate::model::token::is_capitalised;
use crate::model::Document;
use crate::span::Span;

/// One spelling (case folded, possessive stripped).
#[derive(Debug, Clone)]
pub struct Form<'t> {
    /// As first written, possessive stripped.
    pub text: &'t str,
    pub key: u64,
    pub count: u32,
    /// Occurrences in running prose that do not begin a sentence: the
    /// capital says "name" there, not "sentence start".
    pub mid: u32,
    /// First occurrence.
    pub first: Span,
    /// Length in characters.
    pub len: u32,
    pub mask: u32,
    /// Every occurrence is written in capitals (acronyms, photo credits).
    pub caps_only: bool,
}

/// One occurrence of a form.
#[derive(Debug, Clone, Copy)]
pub struct Occurrence {
    pub form: u32,
    /// Index into `Document::tokens`.
    pub token: u32,
    /// The word without its possessive.
    pub span: Span,
    /// In running prose.
    pub body: bool,
}

#[derive(Debug, Default)]
pub struct Forms<'t> {
    pub forms: Vec<Form<'t>>,
    /// In text order.
    pub occurrences: Vec<Occurrence>,
    /// Occurrence indices grouped by form (in text order within a form),
    /// and where each form's group starts: a rule asking for one form's
    /// occurrences must not scan a whole very large file's.
    by_form: Vec<u32>,
    starts: Vec<u32>,
}

impl<'t> Forms<'t> {
    pub fn of(doc: &Document<'t>) -> Forms<'t> {
        Forms::of_chunked(doc, PARALLEL_TOKENS)
    }

    /// `of`, in parallel slices of blocks once the document has `chunk`
    /// tokens or more (tests force both paths).
    fn of_chunked(doc: &Document<'t>, chunk: usize) -> Forms<'t> {
        let (forms, occurrences) = if doc.tokens.len() < chunk {
            scan(doc, 0..doc.blocks.len())
        } else {
            // One very large file: slices of blocks on all threads, merged
            // in text order, so that forms keep the order of their first
            // use and each its first spelling.
            let per = doc.blocks.len() * chunk / doc.tokens.len();
            merge(crate::slices::par_ranges(doc.blocks.len(), per, |r| {
                scan(doc, r)
            }))
        };
        let (by_form, starts) = group_by_form(forms.len(), &occurrences);
        Forms {
            forms,
            occurrences,
            by_form,
            starts,
        }
    }

    pub fn occurrences_of(&self, form: u32) -> impl Iterator<Item = &Occurrence> + '_ {
        let f = form as usize;
        let group = match (self.starts.get(f), self.starts.get(f + 1)) {
            (Some(&a), Some(&b)) => &self.by_form[a as usize..b as usize],
            _ => &[],
        };
        group.iter().map(|&i| &self.occurrences[i as usize])
    }
}

/// The forms and occurrences of blocks `blocks`, forms in the order of
/// their first use.
fn scan<'t>(
    doc: &Document<'t>,
    blocks: std::ops::Range<usize>,
) -> (Vec<Form<'t>>, Vec<Occurrence>) {
    let text = doc.text;
    // Sized for a long article (a few hundred spellings), so that the
    // common one never rehashes or regrows.
    let mut tally = Tally {
        index: Slots::with_capacity(256),
        forms: Vec::with_capacity(256),
        occurrences: Vec::with_capacity(512),
    };
    // Most words are lower-case and unhyphenated, which the lexer's
    // signature says without the text: only the others are visited.
    let (t0, t1) = match (
        doc.blocks.get(blocks.start),
        blocks.end.checked_sub(1).and_then(|b| doc.blocks.get(b)),
    ) {
        (Some(a), Some(b)) => (a.tokens.start as usize, b.tokens.end as usize),
        _ => (0, 0),
    };
    // News prose capitalises about one word in seven: room for one token
    // in four spares the vector its doublings (a tenth of the scan's
    // allocation work) without holding much it never uses.
    let mut cands = Vec::with_capacity((t1 - t0) / 4);
    select(
        &doc.tokens[t0..t1],
        t0,
        |s| s.may_be_capitalised() | s.has_hyphen(),
        &mut cands,
    );
    let mut next = 0;
    for block in &doc.blocks[blocks] {
        let body = block.kind.is_body();
        for s in &doc.sentences[block.sentences.start as usize..block.sentences.end as usize] {
            let (st, en) = (s.tokens.start, s.tokens.end);
            while next < cands.len() && cands[next] < st {
                next += 1;
            }
            if next == cands.len() || cands[next] >= en {
                continue;
            }
            // A capital on the sentence's first word may only mark
            // the sentence's start.
            let first_word = doc.tokens[st as usize..en as usize]
                .iter()
                .position(|t| t.is_word())
                .map(|p| st + p as u32);
            while next < cands.len() && cands[next] < en {
                let ti = cands[next];
                next += 1;
                let t = doc.tokens[ti as usize];
                let initial = first_word == Some(ti);
                let whole = !t.sig().has_hyphen();
                let w = t.text(text);
                // Hyphenated words count part by part ("pro-Kloppenburg").
                if whole && !is_capitalised(w) {
                    continue;
                }
                let base = t.span.start as usize;
                // The common case, without splitting; and "Jean-Marie",
                // "Frank-Walter": a compound name is one form.
                if whole || w.split('-').all(is_capitalised) {
                    let (stem, _) = strip_possessive(w);
                    tally.add(
                        stem,
                        Span::new(base, base + stem.len()),
                        body && !initial,
                        ti,
                        body,
                    );
                    continue;
                }
                let mut at = 0;
                for part in w.split('-') {
                    let part_start = base + at;
                    at += part.len() + 1;
                    if !is_capitalised(part) {
                        continue;
                    }
                    let (stem, _) = strip_possessive(part);
                    let span = Span::new(part_start, part_start + stem.len());
                    let mid = body && (!initial || part_start > base);
                    tally.add(stem, span, mid, ti, body);
                }
            }
        }
    }
    (tally.forms, tally.occurrences)
}

/// Joins the forms of consecutive slices of one document, in order.
fn merge<'t>(parts: Vec<(Vec<Form<'t>>, Vec<Occurrence>)>) -> (Vec<Form<'t>>, Vec<Occurrence>) {
    let total: usize = parts.iter().map(|p| p.0.len()).sum();
    let mut index = Slots::with_capacity(total.max(1));
    let mut forms: Vec<Form<'t>> = Vec::with_capacity(total);
    let mut occurrences = Vec::with_capacity(parts.iter().map(|p| p.1.len()).sum());
    for (local, occ) in parts {
        let map: Vec<u32> = local
            .into_iter()
            .map(|l| match index.find(l.key, &forms) {
                Ok(g) => {
                    let f = &mut forms[g as usize];
                    f.count += l.count;
                    f.mid += l.mid;
                    if !l.caps_only {
                        if f.caps_only {
                            f.text = l.text;
                        }
                        f.caps_only = false;
                    }
                    g
                }
                Err(slot) => {
                    forms.push(l);
                    let g = (forms.len() - 1) as u32;
                    index.insert(slot, g, &forms);
                    g
                }
            })
            .collect();
        occurrences.extend(occ.into_iter().map(|mut o| {
            o.form = map[o.form as usize];
            o
        }));
    }
    (forms, occurrences)
}

/// From this many tokens up (a file of some megabytes), forms are counted
/// in parallel slices.
const PARALLEL_TOKENS: usize = 1 << 20;

/// A counting sort of occurrence indices by form: stable, so each group
/// stays in text order.
fn group_by_form(forms: usize, occurrences: &[Occurrence]) -> (Vec<u32>, Vec<u32>) {
    let mut starts = vec![0u32; forms + 1];
    for o in occurrences {
        starts[o.form as usize + 1] += 1;
    }
    for i in 1..starts.len() {
        starts[i] += starts[i - 1];
    }
    let mut next = starts.clone();
    let mut by_form = vec![0u32; occurrences.len()];
    for (i, o) in occurrences.iter().enumerate() {
        let slot = &mut next[o.form as usize];
        by_form[*slot as usize] = i as u32;
        *slot += 1;
    }
    (by_form, starts)
}

/// The spellings counted so far, with an index from key to spelling and
/// every occurrence.
struct Tally<'t> {
    index: Slots,
    forms: Vec<Form<'t>>,
    occurrences: Vec<Occurrence>,
}

impl<'t> Tally<'t> {
    /// Counts one occurrence of `stem` (at `span`, in token `ti`); `mid`:
    /// inside a body sentence, where a capital means a name.
    fn add(&mut self, stem: &'t str, span: Span, mid: bool, ti: u32, body: bool) {
        let Tally {
            index,
            forms,
            occurrences,
        } = self;
        let (k, caps) = key_and_caps(stem);
        let fi = match index.find(k, forms) {
            Ok(fi) => fi,
            Err(slot) => {
                forms.push(Form {
                    text: stem,
                    key: k,
                    count: 0,
                    mid: 0,
                    first: span,
                    len: char_len(stem) as u32,
                    mask: letter_mask(stem),
                    caps_only: true,
                });
                let fi = (forms.len() - 1) as u32;
                index.insert(slot, fi, forms);
                fi
            }
        };
        let f = &mut forms[fi as usize];
        f.count += 1;
        if mid {
            f.mid += 1;
        }
        if !caps {
            if f.caps_only {
                // Prefer a spelling not in capitals for messages.
                f.text = stem;
            }
            f.caps_only = false;
        }
        occurrences.push(Occurrence {
            form: fi,
            token: ti,
            span,
            body,
        });
    }
}

/// Form indices by key: open addressing with linear probing over the
/// forms' own keys. An article has a few hundred spellings, and this
/// look-up runs for every capitalised word, where a general hash map's
/// machinery cost several times more.
struct Slots {
    slots: Vec<u32>,
    len: usize,
}

const EMPTY: u32 = u32::MAX;

impl Slots {
    fn with_capacity(n: usize) -> Slots {
        Slots {
            slots: vec![EMPTY; (n * 2).next_power_of_two()],
            len: 0,
        }
    }

    /// The form with key `k`, or the free slot where it belongs.
    #[inline]
    fn find(&self, k: u64, forms: &[Form<'_>]) -> Result<u32, usize> {
        let mask = self.slots.len() - 1;
        let mut i = k as usize & mask;
        loop {
            match self.slots[i] {
                EMPTY => return Err(i),
                fi if forms[fi as usize].key == k => return Ok(fi),
                _ => i = (i + 1) & mask,
            }
        }
    }

    fn insert(&mut self, slot: usize, fi: u32, forms: &[Form<'_>]) {
        self.slots[slot] = fi;
        self.len += 1;
        // Keep at most half full, so that probes stay short.
        if self.len * 2 > self.slots.len() {
            let mut bigger = vec![EMPTY; self.slots.len() * 2];
            let mask = bigger.len() - 1;
            for &f in self.slots.iter().filter(|&&f| f != EMPTY) {
                let mut i = forms[f as usize].key as usize & mask;
                while bigger[i] != EMPTY {
                    i = (i + 1) & mask;
                }
                bigger[i] = f;
            }
            self.slots = bigger;
        }
    }
}

/// Does `word` (any case) occur in `text` in lower case, as a whole word?
/// A capitalised word that is also written in lower case is an ordinary
/// word, not a name.
pub fn occurs_lowercase(text: &str, word: &str) -> bool {
    let lower = word.to_lowercase();
    if lower == word || lower.is_empty() {
        return false;
    }
    let bytes = text.as_bytes();
    memchr::memmem::find_iter(bytes, lower.as_bytes()).any(|at| {
        let before = text[..at].chars().next_back();
        let after = text[at + lower.len()..].chars().next();
        !before.is_some_and(|c| c.is_alphanumeric() || c == '-')
            && !after.is_some_and(|c| c.is_alphanumeric() || c == '-')
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Conventions;
    use crate::model::Format;

    #[test]
    fn parallel_slices_count_the_same_forms() {
        let para = "PUTIN met Xi. Then Putin's aide, Yury Ushakov, met Jean-Marie Le Pen \
                    and the pro-Kloppenburg camp.\n\nUSHAKOV said Xi's envoy came; Ushakov left.\n\n";
        let text = format!("Head\n\n{}", para.repeat(15));
        let lang = Conventions::english();
        let doc = Document::parse(&text, Format::Plain, &lang);
        let view = |f: &Forms<'_>| {
            let forms: Vec<_> = f
                .forms
                .iter()
                .map(|x| {
                    (
                        x.text.to_string(),
                        x.key,
                        x.count,
                        x.mid,
                        x.first,
                        x.caps_only,
                    )
                })
                .collect();
            let occ: Vec<_> = f
                .occurrences
                .iter()
                .map(|o| (o.form, o.token, o.span, o.body))
                .collect();
            let groups: Vec<Vec<u32>> = (0..f.forms.len() as u32)
                .map(|i| f.occurrences_of(i).map(|o| o.token).collect())
                .collect();
            (forms, occ, groups)
        };
        let whole = view(&Forms::of_chunked(&doc, usize::MAX));
        assert!(whole.1.len() > 100);
        for chunk in [5, 40, 300] {
            assert_eq!(
                view(&Forms::of_chunked(&doc, chunk)),
                whole,
                "chunk {chunk}"
            );
        }
    }

    #[test]
    fn forms_fold_case_and_possessives() {
        let text = "Head\n\nPutin met Xi. Then Putin's aide spoke. PUTIN said no.\n";
        let lang = Conventions::english();
        let doc = Document::parse(text, Format::Plain, &lang);
        let f = Forms::of(&doc);
        let putin = f.forms.iter().find(|f| f.text == "Putin").unwrap();
        assert_eq!(putin.count, 3);
        assert_eq!(putin.mid, 1);
        assert!(!putin.caps_only);
    }

    #[test]
    fn lowercase_occurrence() {
        assert!(occurs_lowercase("The Status quo; status.", "Status"));
        assert!(!occurs_lowercase("The Status quo; statuses.", "Status"));
    }
}
