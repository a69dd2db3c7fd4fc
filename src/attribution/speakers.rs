//! Who the source is: the name it gives, later references resolved to the
//! earlier named source (surname, "the analyst", pronouns), and its class.

use super::data::Data;
use super::found::Found;
use super::grammar::Source;
use super::SourceClass;
use crate::model::Document;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Gender {
    Unknown,
    Male,
    Female,
}

/// How many earlier sources a later reference may reach back to.
const RECENT: usize = 64;

/// A named source met so far in the article.
struct Known {
    name: String,
    /// The tokens of the whole source (titles, appositive).
    all: std::ops::Range<usize>,
    class: SourceClass,
    gender: Gender,
}

fn words<'t>(
    doc: &'t Document<'t>,
    r: std::ops::Range<usize>,
) -> impl Iterator<Item = &'t str> + 't {
    let text = doc.text;
    doc.tokens[r]
        .iter()
        .filter(|t| t.is_word())
        .map(move |t| t.text(text))
}

fn is_cap(w: &str) -> bool {
    w.starts_with(|c: char| c.is_uppercase())
}

fn name_text(doc: &Document<'_>, d: &Data, s: &Source) -> String {
    let mut out = String::new();
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
    out.trim_end_matches("'s")
        .trim_end_matches("’s")
        .to_string()
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
fn classify(
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
    let capitalised = !name.is_empty() && name.iter().all(|w| is_cap(w) || d.titles.contains(w));
    let title_case_vague = all.iter().any(|w| d.vague.contains(w))
        && all
            .iter()
            .all(|w| d.vague.contains(w) || d.determiners.contains(w));
    if title_case_vague || (!capitalised && d.vague.contains(head)) {
        return SourceClass::Vague;
    }
    let org_word = name.iter().any(|w| d.organisation.contains(w))
        || (d.organisation.contains(head) && !d.titles.contains(head))
        || name
            .iter()
            .any(|w| w.len() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '.' || c == '&'));
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

fn gender_of(all: &[&str]) -> Gender {
    const MALE: &[&str] = &[
        "mr",
        "he",
        "his",
        "him",
        "congressman",
        "spokesman",
        "chairman",
        "businessman",
        "king",
        "prince",
    ];
    const FEMALE: &[&str] = &[
        "mrs",
        "ms",
        "she",
        "her",
        "congresswoman",
        "spokeswoman",
        "chairwoman",
        "businesswoman",
        "queen",
    ];
    for w in all {
        if MALE.iter().any(|m| w.eq_ignore_ascii_case(m)) {
            return Gender::Male;
        }
        if FEMALE.iter().any(|m| w.eq_ignore_ascii_case(m)) {
            return Gender::Female;
        }
    }
    Gender::Unknown
}

/// Fills `speaker` and `class` for each attribution, in article order.
pub fn resolve(
    doc: &Document<'_>,
    d: &Data,
    found: &[Found],
) -> Vec<(Option<String>, SourceClass)> {
    let mut known: Vec<Known> = Vec::new();
    let mut out = Vec::with_capacity(found.len());
    let mut lower: Vec<&str> = Vec::new();
    for f in found {
        let Some(s) = &f.source else {
            out.push((None, SourceClass::Unknown));
            continue;
        };
        // The source's words, in a buffer reused for every attribution.
        lower.clear();
        lower.extend(words(doc, s.all.clone()));
        let lower = &lower[..];
        let media_cue =
            f.cue.first == f.cue.last && d.media.contains(doc.tokens[f.cue.first].text(doc.text));
        // Pronouns: the nearest compatible named speaker.
        if lower.len() == 1 && d.pronouns.contains(lower[0]) {
            let p = lower[0].to_ascii_lowercase();
            let p = p.as_str();
            let want = match p {
                "he" => Gender::Male,
                "she" => Gender::Female,
                _ => Gender::Unknown,
            };
            let hit = known.iter_mut().rev().take(RECENT).find(|k| match p {
                "he" | "she" => {
                    k.class == SourceClass::Named
                        && (k.gender == want || k.gender == Gender::Unknown)
                }
                "it" => k.class == SourceClass::Organisation,
                _ => false,
            });
            match hit {
                Some(k) => {
                    if k.gender == Gender::Unknown {
                        k.gender = want;
                    }
                    out.push((Some(k.name.clone()), k.class));
                }
                None => out.push((None, SourceClass::Unknown)),
            }
            continue;
        }
        let name = name_text(doc, d, s);
        let class = classify(doc, d, s, lower, media_cue);
        // A description: "the analyst" → the person introduced as one.
        let described = !name.split_whitespace().any(is_cap) || class == SourceClass::Vague;
        if described
            && lower.first().is_some_and(|w| w.eq_ignore_ascii_case("the"))
            && lower.len() <= 4
        {
            let role = lower.last().copied().unwrap_or_default();
            if let Some(k) = known.iter().rev().take(RECENT).find(|k| {
                k.class == SourceClass::Named
                    && words(doc, k.all.clone()).any(|w| w.eq_ignore_ascii_case(role))
            }) {
                out.push((Some(k.name.clone()), k.class));
                continue;
            }
        }
        // A surname: "Thomas" → "Neil Thomas".
        if class == SourceClass::Named && !name.contains(' ') {
            if let Some(k) = known.iter().rev().take(RECENT).find(|k| {
                k.class == SourceClass::Named
                    && k.name.rsplit(' ').next() == Some(name.as_str())
                    && k.name.contains(' ')
            }) {
                let n = k.name.clone();
                let c = k.class;
                out.push((Some(n), c));
                continue;
            }
        }
        let gender = gender_of(lower);
        if matches!(class, SourceClass::Named | SourceClass::Organisation) {
            known.push(Known {
                name: name.clone(),
                all: s.all.clone(),
                class,
                gender,
            });
        }
        let speaker = if name.is_empty() { None } else { Some(name) };
        out.push((speaker, class));
    }
    out
}
