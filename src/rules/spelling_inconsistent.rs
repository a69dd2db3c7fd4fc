use super::{Context, Rule, RuleMeta, Sink};
use crate::finding::{Applicability, Finding, Fix, Severity};
use crate::names::consistency::Consistency;
use crate::names::similar::in_case_of;

pub struct SpellingInconsistent;

static META: RuleMeta = RuleMeta {
    id: "spelling.inconsistent",
    severity: Severity::Info,
    preview: false,
    options: &[],
    summary: "One word, or one class of words, spelt two ways in one article.",
    doc: r#"## What it does
Finds the spelling pairs of `rules/consistency.yaml` — rouble/ruble,
Kyiv/Kiev, Uyghur/Uighur, email/e-mail and others — and the spelling
families -ize/-ise (organize, realise) and -or/-our (color, honour). When an
article uses two sides of one pair or family, each use of the less common
side is reported, with the more common spelling as its fix. A pair that
names a preferred form reports the other forms even when they are the only
ones used. Capitalised words inside a sentence are proper nouns and keep
their own spelling ("Labour Party", "Pearl Harbor").

## Why
Either spelling may be right; both in one article look careless and make
readers wonder whether two things are meant.

## Example
```text
Salaries are paid in roubles ... the ruble fell.
```
Use instead:
```text
Salaries are paid in roubles ... the rouble fell.
```
"#,
};

impl Rule for SpellingInconsistent {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_, '_>, out: &mut Sink<'_>) {
        let c = Consistency::builtin();
        let uses = c.uses(cx.doc);
        if uses.is_empty() {
            return;
        }
        let mut groups: Vec<u32> = uses.iter().map(|u| u.group).collect();
        groups.sort_unstable();
        groups.dedup();
        for g in groups {
            let group = &c.groups[g as usize];
            let mine: Vec<_> = uses.iter().filter(|u| u.group == g).collect();
            // Uses and first use per side.
            let mut count = vec![0u32; group.sides.len()];
            let mut first = vec![u32::MAX; group.sides.len()];
            for u in &mine {
                count[u.side as usize] += 1;
                first[u.side as usize] = first[u.side as usize].min(u.span.start);
            }
            let used = count.iter().filter(|&&n| n > 0).count();
            let keep = match group.prefer {
                Some(p) => p,
                None if used < 2 => continue,
                None => (0..count.len())
                    .max_by_key(|&s| (count[s], u32::MAX - first[s]))
                    .expect("sides"),
            };
            if count.iter().enumerate().all(|(s, &n)| s == keep || n == 0) {
                continue;
            }
            let why = if group.prefer.is_some() && count[keep] == 0 {
                format!("house style is “{}”", group.sides[keep])
            } else {
                let line = cx.line_of(first[keep]);
                let n = count[keep];
                format!(
                    "this article uses “{}” {} (first on line {line})",
                    group.sides[keep],
                    if n == 1 {
                        "once".to_string()
                    } else if n == 2 {
                        "twice".to_string()
                    } else {
                        format!("{n} times")
                    }
                )
            };
            for u in mine.iter().filter(|u| u.side as usize != keep) {
                let written = u.span.text(cx.doc.text);
                let target = &u.forms[keep];
                let replacement = match_case(target, written);
                let mut f = Finding::new(
                    META.id,
                    META.severity,
                    u.span,
                    format!(
                        "“{written}” ({} spelling): {why}",
                        group.sides[u.side as usize]
                    ),
                );
                // Both spellings are words of one list of variants, and
                // the article (or the house) has chosen one.
                f.fix = Some(Fix::replace(u.span, replacement, Applicability::Safe));
                out.push(f);
            }
        }
    }
}

/// `target` with the capitalisation of `written`: all capitals, a capital
/// first letter, or as the list writes it.
fn match_case(target: &str, written: &str) -> String {
    let t = in_case_of(target, written);
    if t != target {
        return t;
    }
    let w0 = written.chars().next();
    let t0 = target.chars().next();
    match (w0, t0) {
        (Some(w), Some(c)) if w.is_uppercase() && c.is_lowercase() => {
            let mut s: String = c.to_uppercase().collect();
            s.push_str(&target[c.len_utf8()..]);
            s
        }
        (Some(w), Some(c))
            if w.is_lowercase()
                && c.is_uppercase()
                && target.len() > 1
                && !written.chars().skip(1).any(char::is_uppercase) =>
        {
            // Names keep their capital: "Kiev" -> "Kyiv" whatever was typed.
            target.to_string()
        }
        _ => target.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{run_rule, Settings};

    fn found(text: &str) -> Vec<(String, String)> {
        crate::rules::run_rule_fixes(&SpellingInconsistent, text)
    }

    #[test]
    fn both_forms_of_a_pair() {
        let text = "Head\n\nPaid in roubles, 10 roubles each. Then the ruble fell.\n";
        assert_eq!(found(text), [("ruble".to_string(), "rouble".to_string())]);
    }

    #[test]
    fn families_mix_across_stems() {
        let text = "Head\n\nThey organized it and realized it. Then they apologised.\n";
        assert_eq!(
            found(text),
            [("apologised".to_string(), "apologized".to_string())]
        );
        let text = "Head\n\nThe colour of honour. The color of Labor Day.\n";
        assert_eq!(found(text), [("color".to_string(), "colour".to_string())]);
    }

    #[test]
    fn one_form_alone_is_fine() {
        for text in [
            "Head\n\nThey emailed. Email is fast. E-mail? No.\n",
            "Head\n\nThe Labour Party and the Labor Department.\n",
            "Head\n\nThe ruble fell; rubles are cheap.\n",
            "Head\n\nThe prize was a surprise; they advertise.\n",
        ] {
            let f = found(text);
            assert!(f.len() <= 1, "{text}: {f:?}");
        }
        assert!(found("Head\n\nThe ruble fell; rubles are cheap.\n").is_empty());
        assert!(found("Head\n\nThe Labour Party and the Labor Department.\n").is_empty());
    }

    #[test]
    fn every_minority_use_gets_a_safe_fix_to_the_majority() {
        let text = "Head\n\nThe rouble fell. The rouble rose. The Ruble held.\n";
        let f = run_rule(&SpellingInconsistent, text, &Settings::default());
        let fixed = crate::fix::select(&f, false);
        assert_eq!(fixed.applied.len(), f.len());
        assert_eq!(
            crate::fix::apply_str(text, &crate::fix::edits(&f, &fixed)),
            "Head\n\nThe rouble fell. The rouble rose. The Rouble held.\n"
        );
    }

    #[test]
    fn capitals_are_kept_in_fixes() {
        assert_eq!(match_case("email", "E-mail"), "Email");
        assert_eq!(match_case("Kyiv", "kiev"), "Kyiv");
        assert_eq!(match_case("rouble", "RUBLE"), "ROUBLE");
    }
}
