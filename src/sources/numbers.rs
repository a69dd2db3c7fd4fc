//! Numbers spelt two ways (`--spelt-numbers`): "thirty thousand",
//! "30 thousand" and "30,000" are one word of the comparison, "30000".
//!
//! Off by default: a reporter who writes "5" where the speaker said
//! "five" has not changed a word, but a desk that quotes to the letter
//! wants to hear of it. With the option on, both the sources and the
//! quotations are read through [`merge`], so the index and the alignment
//! see the same words.
//!
//! What is read as one number:
//! - figures, with or without separators or decimals (`30,000`, `1.5`);
//! - number words: `zero` to `nineteen`, the tens, `hundred`, and the
//!   scales `thousand`, `million`, `billion`, `trillion`, as English
//!   combines them ("two hundred and fifty thousand", "twenty-five");
//! - a figure followed by scales ("30 thousand", "1.5 million");
//! - `a` before `hundred` or a scale ("a million"), `half a` before a
//!   scale ("half a million"), `and a half` after a number ("one and a
//!   half million", "two and a half").
//!
//! And `%` after a figure or `per cent` is the word `percent`.

use super::words::Word;
use crate::span::Span;

/// A decimal number: `m / 10^d`, exact (floating point would turn "2.3
/// million" into 2299999.9999999995).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Num {
    m: u128,
    d: u32,
}

impl Num {
    const fn int(m: u128) -> Num {
        Num { m, d: 0 }
    }

    /// `None` on overflow: such a number is left as written.
    fn add(self, o: Num) -> Option<Num> {
        let d = self.d.max(o.d);
        let a = self.m.checked_mul(10u128.checked_pow(d - self.d)?)?;
        let b = o.m.checked_mul(10u128.checked_pow(d - o.d)?)?;
        Some(Num {
            m: a.checked_add(b)?,
            d,
        })
    }

    fn times(self, k: u128) -> Option<Num> {
        Some(Num {
            m: self.m.checked_mul(k)?,
            d: self.d,
        })
    }

    /// The figure as written ("30000", "3.50", "007"); `None` if it is
    /// not one.
    fn parse(s: &str) -> Option<Num> {
        let (int, frac) = s.split_once('.').unwrap_or((s, ""));
        if int.is_empty() || !int.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if !frac.bytes().all(|b| b.is_ascii_digit()) || frac.len() > 12 {
            return None;
        }
        let m = format!("{int}{frac}").parse::<u128>().ok()?;
        Some(Num {
            m,
            d: frac.len() as u32,
        })
    }

    /// One spelling for one value: no leading zeros, no trailing decimal
    /// zeros ("3.50" is "3.5").
    fn canonical(self) -> String {
        let (mut m, mut d) = (self.m, self.d);
        while d > 0 && m % 10 == 0 {
            m /= 10;
            d -= 1;
        }
        let s = m.to_string();
        if d == 0 {
            return s;
        }
        let d = d as usize;
        let s = format!("{s:0>width$}", width = d + 1);
        let (a, b) = s.split_at(s.len() - d);
        format!("{a}.{b}")
    }
}

fn small(w: &str) -> Option<u128> {
    const WORDS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    WORDS.iter().position(|&x| x == w).map(|n| n as u128)
}

fn tens(w: &str) -> Option<u128> {
    const WORDS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    WORDS
        .iter()
        .position(|&x| x == w)
        .map(|n| 20 + 10 * n as u128)
}

fn scale(w: &str) -> Option<u128> {
    match w {
        "thousand" => Some(1_000),
        "million" => Some(1_000_000),
        "billion" => Some(1_000_000_000),
        "trillion" => Some(1_000_000_000_000),
        _ => None,
    }
}

/// What the number read so far ends with: it says what may follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Last {
    Figure,
    /// One to nine, or ten to nineteen ("twelve hundred").
    Small,
    Tens,
    Hundred,
    /// A scale word.
    Scale,
    /// "a" or "half a": a scale or hundred must follow.
    Article,
    Half,
}

/// The number that starts at `q[i]`, and the index after its last word;
/// `None` when no number starts there.
fn read(q: &[Word], i: usize) -> Option<(Num, usize)> {
    let mut total = Num::int(0);
    let mut group: Option<Num> = None;
    let mut last: Option<Last> = None;
    // The last scale read: only smaller ones may follow.
    let mut big_scale: Option<u128> = None;
    let mut j = i;
    // The words may not run across an ellipsis or into brackets.
    let word = |k: usize| -> Option<&str> {
        let w = q.get(k)?;
        (k == i || (!w.gap_before && w.bracket == q[i].bracket)).then_some(w.norm.as_str())
    };
    while let Some(w) = word(j) {
        let g = group.unwrap_or(Num::int(0));
        let next = word(j + 1);
        if last.is_none() {
            if let Some(n) = Num::parse(w) {
                (group, last, j) = (Some(n), Some(Last::Figure), j + 1);
                continue;
            }
            let big = |w: Option<&str>| w.is_some_and(|w| w == "hundred" || scale(w).is_some());
            if w == "a" && big(next) {
                (group, last, j) = (Some(Num::int(1)), Some(Last::Article), j + 1);
                continue;
            }
            if w == "half" && next == Some("a") && word(j + 2).and_then(scale).is_some() {
                (group, last, j) = (Some(Num { m: 5, d: 1 }), Some(Last::Half), j + 2);
                continue;
            }
        }
        let after_hundred = matches!(last, None | Some(Last::Hundred | Last::Scale));
        if let Some(n) = small(w) {
            let ok = after_hundred || (last == Some(Last::Tens) && (1..=9).contains(&n));
            if !ok {
                break;
            }
            (group, last, j) = (Some(g.add(Num::int(n))?), Some(Last::Small), j + 1);
            continue;
        }
        if let Some(n) = tens(w) {
            if !after_hundred {
                break;
            }
            (group, last, j) = (Some(g.add(Num::int(n))?), Some(Last::Tens), j + 1);
            continue;
        }
        if w == "hundred" {
            let ok = matches!(last, Some(Last::Small | Last::Article | Last::Figure))
                && g.d == 0
                && g.m < 100;
            if !ok {
                break;
            }
            (group, last, j) = (Some(g.times(100)?), Some(Last::Hundred), j + 1);
            continue;
        }
        if let Some(k) = scale(w) {
            // "two million three hundred thousand": each scale smaller
            // than the one before.
            if group.is_none() || big_scale.is_some_and(|s| k >= s) {
                break;
            }
            total = total.add(g.times(k)?)?;
            (group, last, big_scale, j) = (None, Some(Last::Scale), Some(k), j + 1);
            continue;
        }
        if w == "and" {
            // "one and a half", "two hundred and fifty", "a thousand and
            // one".
            if next == Some("a") && word(j + 2) == Some("half") {
                let half = Num { m: 5, d: 1 };
                match (last, big_scale) {
                    // "a million and a half": half of the scale.
                    (Some(Last::Scale), Some(k)) if group.is_none() => {
                        total = total.add(half.times(k)?)?;
                    }
                    (Some(Last::Small | Last::Tens | Last::Figure), _) if g.d == 0 => {
                        group = Some(g.add(half)?);
                    }
                    _ => break,
                }
                (last, j) = (Some(Last::Half), j + 3);
                continue;
            }
            let more = next.is_some_and(|n| small(n).is_some() || tens(n).is_some());
            if more && matches!(last, Some(Last::Hundred | Last::Scale)) {
                j += 1;
                continue;
            }
            break;
        }
        break;
    }
    // A trailing "and" or "a" was not the number's.
    while j > i && matches!(q[j - 1].norm.as_str(), "and" | "a") {
        j -= 1;
    }
    if j == i || last == Some(Last::Article) {
        return None;
    }
    let value = match group {
        Some(g) => total.add(g)?,
        None => total,
    };
    Some((value, j))
}

/// `words` with each number read as one word and `percent` spelt one
/// way; `text` is what their spans point into, from `base`.
pub fn merge(words: Vec<Word>, text: &str, base: u32) -> Vec<Word> {
    let mut out = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        if w.norm == "per"
            && words
                .get(i + 1)
                .is_some_and(|n| n.norm == "cent" && !n.gap_before)
        {
            out.push(Word {
                span: w.span.cover(words[i + 1].span),
                norm: "percent".into(),
                ..w.clone()
            });
            i += 2;
            continue;
        }
        let Some((value, end)) = read(&words, i) else {
            out.push(w.clone());
            i += 1;
            continue;
        };
        let span = w.span.cover(words[end - 1].span);
        out.push(Word {
            span,
            norm: value.canonical(),
            gap_before: w.gap_before,
            bracket: w.bracket,
        });
        // "30%": the sign is the word "percent".
        let at = (span.end - base) as usize;
        if text[at..].starts_with('%') {
            out.push(Word {
                span: Span::new(span.end as usize, span.end as usize + 1),
                norm: "percent".into(),
                gap_before: false,
                bracket: w.bracket,
            });
        }
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sources::words::{words, Mode};

    fn norms(text: &str) -> Vec<String> {
        merge(words(text, 0, Mode::Quotation), text, 0)
            .into_iter()
            .map(|w| w.norm)
            .collect()
    }

    #[test]
    fn one_number_written_in_figures_or_words_is_one_word() {
        for t in [
            "30,000",
            "thirty thousand",
            "30 thousand",
            "thirty-thousand",
            "30000.0",
        ] {
            assert_eq!(norms(t), ["30000"], "{t}");
        }
        for t in [
            "1.5 million",
            "one and a half million",
            "a million and a half",
            "1,500,000",
        ] {
            assert_eq!(norms(t), ["1500000"], "{t}");
        }
        assert_eq!(norms("five"), ["5"]);
        assert_eq!(norms("half a million"), ["500000"]);
        assert_eq!(norms("a hundred"), ["100"]);
        assert_eq!(norms("two hundred and fifty thousand"), ["250000"]);
        assert_eq!(norms("twelve hundred"), ["1200"]);
        assert_eq!(norms("2.3 million"), ["2300000"]);
        assert_eq!(norms("two and a half years"), ["2.5", "years"]);
    }

    #[test]
    fn words_that_do_not_make_one_number_stay_apart() {
        // Two numbers side by side are two numbers, not their sum.
        assert_eq!(norms("one two three"), ["1", "2", "3"]);
        assert_eq!(norms("nineteen eighty-four"), ["19", "84"]);
        assert_eq!(norms("a dog and a cat"), ["a", "dog", "and", "a", "cat"]);
        assert_eq!(norms("thousand"), ["thousand"]);
        assert_eq!(norms("ten and then"), ["10", "and", "then"]);
        // Not across an ellipsis.
        assert_eq!(norms("thirty … thousand"), ["30", "thousand"]);
    }

    #[test]
    fn percent_is_one_word_however_written() {
        for t in ["30%", "30 percent", "thirty per cent", "30 per cent"] {
            assert_eq!(norms(t), ["30", "percent"], "{t}");
        }
    }

    #[test]
    fn a_merged_number_spans_its_words() {
        let t = "up by thirty-five thousand jobs";
        let w = merge(words(t, 10, Mode::Quotation), t, 10);
        let n = &w[2];
        assert_eq!(n.norm, "35000");
        assert_eq!(n.span, Span::new(16, 10 + t.len() - " jobs".len()));
    }
}
