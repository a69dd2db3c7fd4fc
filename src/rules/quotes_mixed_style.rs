use super::{Context, Rule, RuleMeta};
use crate::finding::{Finding, Severity};
use crate::lang::{Family, Level};
use crate::model::MarkRole;
use std::collections::BTreeMap;

pub struct QuotesMixedStyle;

static META: RuleMeta = RuleMeta {
    id: "quotes.mixed-style",
    severity: Severity::Warning,
    summary: "Straight and curly quotation marks mixed in one article.",
    doc: r#"## What it does
Counts the outer quotation marks of an article by style (curly “ ”,
straight ", doubled apostrophes '' '', guillemets, low marks) and reports
each mark of the less used style, naming the style the article mostly uses.
With a house style configured (`--quote-style curly`), every mark of
another style is reported instead. Apostrophes and inch marks are not
counted.

## Why
Mixed marks are the trace of copy pasted from elsewhere, and they look
careless in print. They also hide errors: a straight mark cannot say
whether it opens or closes.

## Example
```text
“We will win,” he said. "We always do."
```
Use instead:
```text
“We will win,” he said. “We always do.”
```
"#,
};

impl Rule for QuotesMixedStyle {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_, '_>, out: &mut Vec<Finding>) {
        let marks: Vec<_> = cx
            .doc
            .marks
            .iter()
            .filter(|m| {
                m.level == Level::Outer && !matches!(m.role, MarkRole::Apostrophe | MarkRole::Prime)
            })
            .collect();
        let mut counts: BTreeMap<Family, (usize, usize)> = BTreeMap::new();
        for (i, m) in marks.iter().enumerate() {
            let e = counts.entry(m.glyph.family()).or_insert((0, i));
            e.0 += 1;
        }
        // The expected style: the house style, else the most used one (the
        // first used breaks a tie, so the report does not flip-flop).
        let expected = match cx.settings.quote_style {
            Some(f) => f,
            None => {
                if counts.len() < 2 {
                    return;
                }
                counts
                    .iter()
                    .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)))
                    .map(|(f, _)| *f)
                    .expect("two or more styles")
            }
        };
        let used = counts.get(&expected).map_or(0, |c| c.0);
        for m in marks {
            let family = m.glyph.family();
            if family == expected {
                continue;
            }
            let message = if cx.settings.quote_style.is_some() {
                format!(
                    "{} quotation mark {}; the house style is {}",
                    family.describe(),
                    m.glyph.as_str(),
                    expected.describe()
                )
            } else {
                format!(
                    "{} quotation mark {} in an article that otherwise uses {} marks ({} of them)",
                    family.describe(),
                    m.glyph.as_str(),
                    expected.describe(),
                    used
                )
            };
            out.push(Finding::new(META.id, META.severity, m.span, message));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{run_rule, Settings};

    #[test]
    fn minority_style_is_reported() {
        let text = "Head\n\n“We will win,” he said. “Always.” \"We always do.\"\n";
        let f = run_rule(&QuotesMixedStyle, text, &Settings::default());
        assert_eq!(f.len(), 2);
        assert!(f
            .iter()
            .all(|f| f.span.len() == 1 && &text[f.span.range()] == "\""));
    }

    #[test]
    fn one_style_with_apostrophes_is_fine() {
        let text = "Head\n\n\"We won't lose,\" he said. It's the ’90s.\n";
        assert!(run_rule(&QuotesMixedStyle, text, &Settings::default()).is_empty());
    }

    #[test]
    fn house_style_reports_everything_else() {
        let text = "Head\n\n\"We will win,\" he said.\n";
        let s = Settings {
            quote_style: Some(Family::Curly),
        };
        assert_eq!(run_rule(&QuotesMixedStyle, text, &s).len(), 2);
    }
}
