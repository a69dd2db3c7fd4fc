//! Title case and sentence case, as Vale's `capitalization` rules judge
//! them: a share of conforming words above a threshold.

/// Short words a title keeps lower case unless first or last.
const SMALL: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "en", "for", "from", "if", "in", "into", "nor",
    "of", "off", "on", "onto", "or", "per", "so", "the", "to", "up", "via", "vs", "with", "yet",
];

/// Byte ranges of `text` covered by an exception (whole words only), so
/// that "Axon Server" can pass as one.
fn excepted_ranges(text: &str, except: &[String]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for e in except.iter().filter(|e| !e.is_empty()) {
        let mut from = 0;
        while let Some(i) = text[from..].find(e.as_str()) {
            let s = from + i;
            let end = s + e.len();
            let before = text[..s].chars().next_back();
            let after = text[end..].chars().next();
            if !before.is_some_and(char::is_alphanumeric)
                && !after.is_some_and(char::is_alphanumeric)
            {
                out.push((s, end));
            }
            from = end;
        }
    }
    out
}

/// Words with their byte offsets.
fn words(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out
}

/// Whether every letter and digit of the word at `at` lies in an
/// exception ("hubba-hubba" passes on "hubba").
fn covered(ranges: &[(usize, usize)], at: usize, w: &str) -> bool {
    !ranges.is_empty()
        && w.char_indices()
            .filter(|(_, c)| c.is_alphanumeric())
            .all(|(i, _)| ranges.iter().any(|&(s, e)| s <= at + i && at + i < e))
}

fn has_letter(w: &str) -> bool {
    w.chars().any(char::is_alphabetic)
}

fn core(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric())
}

fn upper_first(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Whether `text` is in sentence case, and its sentence-cased form.
pub fn sentence(
    text: &str,
    except: &[String],
    indicators: &[String],
    threshold: f64,
    has_first: bool,
) -> (bool, String) {
    let ranges = excepted_ranges(text, except);
    let ws = words(text);
    let first = ws
        .iter()
        .position(|(_, w)| has_letter(w))
        .filter(|_| has_first);
    let mut good = 0usize;
    let mut expected = Vec::with_capacity(ws.len());
    for (i, (at, w)) in ws.iter().enumerate() {
        let exc = covered(&ranges, *at, w);
        let after_indicator = i > 0
            && indicators
                .iter()
                .any(|ind| ws[i - 1].1.ends_with(ind.as_str()));
        let ok = if exc || !has_letter(w) {
            true
        } else if Some(i) == first {
            w.chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_uppercase)
        } else {
            *w == w.to_lowercase()
                || (w.chars().count() > 1 && *w == w.to_uppercase())
                || after_indicator
        };
        good += usize::from(ok);
        expected.push(if exc {
            w.to_string()
        } else if Some(i) == first {
            upper_first(w)
        } else if ok {
            w.to_string()
        } else {
            w.to_lowercase()
        });
    }
    let n = ws.len().max(1);
    ((good as f64 / n as f64) > threshold, expected.join(" "))
}

/// Whether `text` is in title case, and its title-cased form.
pub fn title(text: &str, except: &[String], threshold: f64) -> (bool, String) {
    let ranges = excepted_ranges(text, except);
    let ws = words(text);
    let last = ws.len().saturating_sub(1);
    let mut good = 0usize;
    let mut expected = Vec::with_capacity(ws.len());
    for (i, (at, w)) in ws.iter().enumerate() {
        let exc = covered(&ranges, *at, w);
        let c = core(w);
        let small = i != 0 && i != last && SMALL.contains(&c.to_lowercase().as_str());
        let want = if exc || !has_letter(w) {
            w.to_string()
        } else if small {
            w.to_lowercase()
        } else {
            upper_first(w)
        };
        let ok = exc || *w == want || (w.chars().count() > 1 && *w == w.to_uppercase());
        good += usize::from(ok);
        expected.push(want);
    }
    let n = ws.len().max(1);
    ((good as f64 / n as f64) > threshold, expected.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_case_allows_exceptions_acronyms_and_numbering() {
        let ex = vec!["Axon Server".to_string()];
        let ind = vec![":".to_string()];
        assert!(sentence("Axon Server connection", &ex, &ind, 0.8, true).0);
        assert!(sentence("1. An important heading", &ex, &ind, 0.8, true).0);
        assert!(sentence("Use the NATO treaty", &ex, &ind, 0.8, true).0);
        assert!(!sentence("An unimportant Heading", &ex, &ind, 0.8, true).0);
        let (ok, want) = sentence("this isn't in sentence case", &ex, &ind, 0.8, true);
        assert!(!ok);
        assert_eq!(want, "This isn't in sentence case");
    }

    #[test]
    fn title_case_keeps_small_words_low() {
        assert!(title("War and Peace in the Balkans", &[], 0.8).0);
        let (ok, want) = title("war and peace in the balkans", &[], 0.8);
        assert!(!ok);
        assert_eq!(want, "War and Peace in the Balkans");
    }
}
