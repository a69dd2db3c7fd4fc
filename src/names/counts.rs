//! What `names learn` counts in an archive, before it decides anything:
//! every capitalised spelling's uses, the lower-case uses of every word,
//! the names standing beside each spelling, and which near spellings
//! share an article. Counts of two parts of an archive add up to the
//! counts of the whole, whatever the split, so an archive too big for one
//! machine is counted in parts (`names learn --counts`, the map step) and
//! the parts are added (`names merge`, the reduce step): the list learnt
//! from the sum is the list learnt from the whole archive at once.
//!
//! Partial counts are written as JSON Lines: a header line, then a line
//! per spelling and a line per lower-case word, sorted by key, so the
//! same counts are the same bytes. Keys are the folded keys of
//! [`super::fold::key`], written as 16 hex digits.

use super::fold::{deletion_keys, key, KeyMap, KeySet};
use super::forms::Forms;
use super::Data;
use crate::model::token::is_capitalised;
use crate::model::Conventions;
use crate::model::{Document, Format};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};
use std::io::{BufRead, Write};

/// The header's marker and the format's version.
const MARK: &str = "ascribe names counts";
const VERSION: u32 = 1;

/// One spelling's counts (all its capitalisations, folded together).
#[derive(Debug, Default, Clone)]
pub(super) struct Agg {
    /// Spellings as written, with counts.
    pub spellings: HashMap<String, u32>,
    pub count: u32,
    pub mid: u32,
    /// Capitalised words seen right beside it ("Marco" beside "Rubio"),
    /// the low bit of the key saying before (0) or after (1).
    pub companions: KeyMap<u32>,
    /// Spellings one deletion away from it (sharing a deletion key) that
    /// stand in an article with it: whether "Viguerie" is written where
    /// "Vigurie" is, asked of the archive without reading it again.
    pub near: KeySet,
}

/// Counts of a set of articles.
#[derive(Debug, Default, Clone)]
pub struct Counts {
    /// How many articles were counted.
    pub articles: usize,
    pub(super) forms: KeyMap<Agg>,
    pub(super) lower: KeyMap<u32>,
}

impl Counts {
    /// The counts of both parts.
    pub fn merge(mut self, other: Counts) -> Counts {
        // Saturating: counts read from a file may be anything.
        fn add(a: &mut u32, b: u32) {
            *a = a.saturating_add(b);
        }
        self.articles = self.articles.saturating_add(other.articles);
        for (k, a) in other.forms {
            let e = self.forms.entry(k).or_default();
            add(&mut e.count, a.count);
            add(&mut e.mid, a.mid);
            for (c, n) in a.companions {
                add(e.companions.entry(c).or_default(), n);
            }
            for (s, n) in a.spellings {
                add(e.spellings.entry(s).or_default(), n);
            }
            e.near.extend(a.near);
        }
        for (k, n) in other.lower {
            add(self.lower.entry(k).or_default(), n);
        }
        self
    }

    /// Counts the texts on all threads. A text whose counting hits a bug
    /// is left out and named (by index), not the end of the archive's
    /// counts.
    pub fn of_texts(texts: &[String], lang: &Conventions, data: &Data) -> (Counts, Vec<usize>) {
        let (counts, mut failed) = texts
            .par_iter()
            .enumerate()
            .map(|(i, t)| {
                match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    Counts::of_text(t, lang, data)
                })) {
                    Ok(c) => (c, Vec::new()),
                    Err(_) => (Counts::default(), vec![i]),
                }
            })
            .reduce(
                || (Counts::default(), Vec::new()),
                |(a, mut fa), (b, fb)| {
                    fa.extend(fb);
                    (a.merge(b), fa)
                },
            );
        failed.sort_unstable();
        (counts, failed)
    }

    /// The counts of one article (plain text).
    pub fn of_text(text: &str, lang: &Conventions, data: &Data) -> Counts {
        let doc = Document::parse(text, Format::Plain, lang);
        let forms = Forms::of(&doc);
        let mut c = Counts {
            articles: 1,
            ..Counts::default()
        };
        for f in &forms.forms {
            let a = c.forms.entry(f.key).or_default();
            a.count += f.count;
            a.mid += f.mid;
        }
        near_forms(&forms, &mut c.forms);
        let n = doc.tokens.len();
        for o in forms.occurrences.iter().filter(|o| o.body) {
            let ti = o.token as usize;
            let k = forms.forms[o.form as usize].key;
            for j in [ti.wrapping_sub(1), ti + 1] {
                if j >= n {
                    continue;
                }
                let (a, b) = if j < ti { (j, ti) } else { (ti, j) };
                let gap = &text[doc.tokens[a].span.end as usize..doc.tokens[b].span.start as usize];
                let t = doc.tokens[j];
                if gap.contains('\n') || !t.is_word() {
                    continue;
                }
                let w = super::fold::strip_possessive(t.text(text)).0;
                let ck = key(w);
                if is_capitalised(w) && !data.is_ordinary(ck) {
                    // Words before and after are kept apart: the low bit says which.
                    let side = (ck & !1) | (j > ti) as u64;
                    *c.forms
                        .entry(k)
                        .or_default()
                        .companions
                        .entry(side)
                        .or_default() += 1;
                }
            }
        }
        for o in &forms.occurrences {
            let s = o.span.text(text);
            if !super::fold::is_all_caps(s) {
                let k = forms.forms[o.form as usize].key;
                let a = c.forms.entry(k).or_default();
                match a.spellings.get_mut(s) {
                    Some(n) => *n += 1,
                    None => {
                        a.spellings.insert(s.to_string(), 1);
                    }
                }
            }
        }
        for t in &doc.tokens {
            if t.is_word() {
                let w = t.text(text);
                if !is_capitalised(w) && w.len() >= 3 {
                    *c.lower.entry(key(w)).or_default() += 1;
                }
            }
        }
        c
    }

    /// Writes the counts as JSON Lines, the header naming the language
    /// (`lang`, as `names learn --lang` takes it) they were counted in.
    pub fn write_jsonl(&self, lang: &str, w: &mut impl Write) -> std::io::Result<()> {
        let header = serde_json::json!({
            "counts": MARK, "version": VERSION, "lang": lang, "articles": self.articles,
        });
        writeln!(w, "{header}")?;
        let mut keys: Vec<u64> = self.forms.keys().copied().collect();
        keys.sort_unstable();
        for k in keys {
            let a = &self.forms[&k];
            let spellings: BTreeMap<&str, u32> =
                a.spellings.iter().map(|(s, n)| (s.as_str(), *n)).collect();
            let companions: BTreeMap<String, u32> =
                a.companions.iter().map(|(c, n)| (hex(*c), *n)).collect();
            let mut near: Vec<u64> = a.near.iter().copied().collect();
            near.sort_unstable();
            let near: Vec<String> = near.into_iter().map(hex).collect();
            let line = serde_json::json!({
                "form": hex(k), "count": a.count, "mid": a.mid, "spellings": spellings,
                "companions": companions, "near": near,
            });
            writeln!(w, "{line}")?;
        }
        let mut lower: Vec<(u64, u32)> = self.lower.iter().map(|(k, n)| (*k, *n)).collect();
        lower.sort_unstable();
        for (k, n) in lower {
            writeln!(w, "{{\"lower\":\"{}\",\"count\":{n}}}", hex(k))?;
        }
        Ok(())
    }

    /// Reads partial counts written by [`Counts::write_jsonl`], adding
    /// them to `self`; a stream may hold several, one after another (the
    /// output of several map steps concatenated). Returns the language of
    /// the counts, which must be one for all. `path` names the input in
    /// errors, with the line.
    pub fn read_jsonl(
        &mut self,
        r: impl BufRead,
        path: &str,
        lang: &mut Option<String>,
    ) -> Result<(), crate::Error> {
        let bad = |n: usize, message: String| crate::Error::Config {
            path: path.into(),
            line: (n > 0).then_some(n),
            column: None,
            message,
        };
        let mut seen_header = false;
        for (i, line) in r.lines().enumerate() {
            let n = i + 1;
            let line = line.map_err(|e| bad(n, e.to_string()))?;
            if line.trim().is_empty() {
                continue;
            }
            let l: Line = serde_json::from_str(&line)
                .map_err(|e| bad(n, format!("not a line of partial counts: {e}")))?;
            if let Some(mark) = &l.counts {
                if mark != MARK || l.version != Some(VERSION) {
                    return Err(bad(
                        n,
                        format!("not partial counts of this version ({MARK}, version {VERSION})"),
                    ));
                }
                let this = l.lang.clone().unwrap_or_default();
                match lang {
                    Some(l) if *l != this => {
                        return Err(bad(
                            n,
                            format!("counted in language {this}, the others in {l}"),
                        ))
                    }
                    _ => *lang = Some(this),
                }
                self.articles = self.articles.saturating_add(l.articles.unwrap_or(0));
                seen_header = true;
                continue;
            }
            if !seen_header {
                return Err(bad(n, "partial counts begin with their header line".into()));
            }
            let count = l.count.unwrap_or(0);
            if let Some(k) = &l.lower {
                let e = self
                    .lower
                    .entry(unhex(k).ok_or_else(|| bad(n, "bad key".into()))?)
                    .or_default();
                *e = e.saturating_add(count);
            } else if let Some(k) = &l.form {
                let k = unhex(k).ok_or_else(|| bad(n, "bad key".into()))?;
                let mut a = Agg {
                    count,
                    mid: l.mid.unwrap_or(0),
                    spellings: l.spellings.unwrap_or_default().into_iter().collect(),
                    ..Agg::default()
                };
                for (c, m) in l.companions.unwrap_or_default() {
                    a.companions
                        .insert(unhex(&c).ok_or_else(|| bad(n, "bad key".into()))?, m);
                }
                for c in l.near.unwrap_or_default() {
                    a.near
                        .insert(unhex(&c).ok_or_else(|| bad(n, "bad key".into()))?);
                }
                let mut one = Counts::default();
                one.forms.insert(k, a);
                *self = std::mem::take(self).merge(one);
            } else {
                return Err(bad(n, "neither a \"form\" nor a \"lower\" line".into()));
            }
        }
        if !seen_header {
            return Err(bad(0, "no partial counts (no header line)".into()));
        }
        Ok(())
    }
}

/// One line of partial counts, whichever kind.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Line {
    counts: Option<String>,
    version: Option<u32>,
    lang: Option<String>,
    articles: Option<usize>,
    form: Option<String>,
    lower: Option<String>,
    count: Option<u32>,
    mid: Option<u32>,
    spellings: Option<HashMap<String, u32>>,
    companions: Option<HashMap<String, u32>>,
    near: Option<Vec<String>>,
}

fn hex(k: u64) -> String {
    format!("{k:016x}")
}

fn unhex(s: &str) -> Option<u64> {
    (s.len() == 16).then(|| u64::from_str_radix(s, 16).ok())?
}

/// Records, for every spelling of the article, the others one deletion
/// away from it (sharing a deletion key).
fn near_forms(forms: &Forms, out: &mut KeyMap<Agg>) {
    let mut by_key: KeyMap<Vec<u32>> = KeyMap::default();
    let mut buf = Vec::new();
    for (i, f) in forms.forms.iter().enumerate() {
        buf.clear();
        deletion_keys(f.text, &mut buf);
        buf.sort_unstable();
        buf.dedup();
        for &d in &buf {
            by_key.entry(d).or_default().push(i as u32);
        }
    }
    for group in by_key.values().filter(|g| g.len() > 1) {
        for &a in group {
            for &b in group {
                let (ka, kb) = (forms.forms[a as usize].key, forms.forms[b as usize].key);
                if ka != kb {
                    out.entry(ka).or_default().near.insert(kb);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::learn::{learn, learned, to_yaml, LearnOptions};

    /// Articles with frequent names, slips beside them in one article
    /// and alone, and a place one letter from a name.
    fn archive() -> Vec<String> {
        let mut texts: Vec<String> = (0..6)
            .map(|i| {
                format!("Head {i}\n\nRichard Viguerie wrote on day {i}. Later Viguerie left.\n")
            })
            .collect();
        texts.push("Head\n\nViguerie, then 29, led YAF. For years, Vigurie has served.\n".into());
        for i in 0..6 {
            texts.push(format!(
                "Head {i}\n\nThe aide Yury Ushakov said on day {i} that Roger agreed. Ushakov left.\n"
            ));
        }
        texts.push("Head\n\nThe aide Yury Uhsakov spoke. The letter reached Roper.\n".into());
        texts.push("Head\n\nThey flew to Cameroon, where Cameron was.\n".into());
        texts
    }

    fn english() -> (Conventions, Data) {
        (Conventions::english(), Data::builtin("en").unwrap())
    }

    #[test]
    fn counts_of_parts_add_up_to_the_whole_archive() {
        let (lang, data) = english();
        let texts = archive();
        let opts = LearnOptions::default();
        let whole = to_yaml(&learn(&texts, &lang, &data, &opts));
        assert!(whole.contains("Vigurie (1) <- Viguerie"), "{whole}");
        assert!(whole.contains("both spellings in one article"), "{whole}");
        // Every split, into two and three parts, in any order.
        for parts in [2, 3] {
            for shift in 0..texts.len() {
                let mut sum = Counts::default();
                for p in (0..parts).rev() {
                    let part: Vec<String> = texts
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| (i + shift) % parts == p)
                        .map(|(_, t)| t.clone())
                        .collect();
                    sum = sum.merge(Counts::of_texts(&part, &lang, &data).0);
                }
                assert_eq!(sum.articles, texts.len());
                assert_eq!(to_yaml(&learned(&sum, &data, &opts)), whole);
            }
        }
    }

    #[test]
    fn partial_counts_survive_their_json_lines() {
        let (lang, data) = english();
        let texts = archive();
        let (a, b) = texts.split_at(5);
        let mut stream = Vec::new();
        for part in [a, b] {
            let c = Counts::of_texts(part, &lang, &data).0;
            c.write_jsonl("en", &mut stream).unwrap();
        }
        // Two parts concatenated read as their sum, and write as the
        // whole archive's counts do, byte for byte.
        let mut sum = Counts::default();
        let mut code = None;
        sum.read_jsonl(&stream[..], "parts", &mut code).unwrap();
        assert_eq!(code.as_deref(), Some("en"));
        let (mut x, mut y) = (Vec::new(), Vec::new());
        sum.write_jsonl("en", &mut x).unwrap();
        Counts::of_texts(&texts, &lang, &data)
            .0
            .write_jsonl("en", &mut y)
            .unwrap();
        assert_eq!(String::from_utf8(x).unwrap(), String::from_utf8(y).unwrap());
    }

    #[test]
    fn bad_partial_counts_are_named_with_their_line() {
        let read = |s: &str, lang: Option<&str>| {
            let mut l = lang.map(String::from);
            Counts::default()
                .read_jsonl(s.as_bytes(), "p.jsonl", &mut l)
                .map_err(|e| e.to_string())
        };
        let head =
            "{\"counts\":\"ascribe names counts\",\"version\":1,\"lang\":\"en\",\"articles\":1}\n";
        assert_eq!(
            read("{\"lower\":\"0000000000000001\",\"count\":1}\n", None).unwrap_err(),
            "p.jsonl:1: partial counts begin with their header line"
        );
        let e = read(&format!("{head}{{\"form\":\"xyz\",\"count\":1}}\n"), None).unwrap_err();
        assert_eq!(e, "p.jsonl:2: bad key");
        let e = read(&format!("{head}not json\n"), None).unwrap_err();
        assert!(
            e.starts_with("p.jsonl:2: not a line of partial counts"),
            "{e}"
        );
        let e = read(head, Some("de")).unwrap_err();
        assert_eq!(e, "p.jsonl:1: counted in language en, the others in de");
        assert!(read("", None).unwrap_err().contains("no header line"));
        // Counts past u32 add up without overflowing.
        let big = format!("{head}{{\"lower\":\"0000000000000001\",\"count\":4294967295}}\n");
        assert!(read(&format!("{big}{big}"), None).is_ok());
        assert!(read(head, None).is_ok());
    }
}
