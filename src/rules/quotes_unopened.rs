use super::{Context, Rule, RuleMeta, Sink};
use crate::finding::{Finding, Severity};
use crate::model::QuoteProblem;

pub struct QuotesUnopened;

static META: RuleMeta = RuleMeta {
    id: "quotes.unopened",
    severity: Severity::Warning,
    preview: false,
    options: &[],
    summary: "A closing quotation mark with no opening mark.",
    doc: r#"## What it does
Reports a closing quotation mark that closes nothing: no quotation is open
in its paragraph, nor running on into it from the paragraph before.

## Why
Usually the opening mark was lost in editing or scraping, and the reader
cannot tell where the quoted words begin.

## Example
```text
We will win," he said.
```
Use instead:
```text
"We will win," he said.
```
"#,
};

impl Rule for QuotesUnopened {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_, '_>, out: &mut Sink<'_>) {
        for p in &cx.doc.quote_problems {
            if let QuoteProblem::Unopened { close } = *p {
                let mark = &cx.doc.marks[close as usize];
                if !out.room(mark.span) {
                    continue;
                }
                let message = format!(
                    "closing {} has no opening quotation mark before it in its paragraph",
                    mark.glyph.as_str()
                );
                out.push(Finding::new(META.id, META.severity, mark.span, message));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{run_rule, Settings};

    #[test]
    fn closer_without_opener() {
        let text = "Head\n\nWe will win,” he said. “Next.”\n";
        let f = run_rule(&QuotesUnopened, text, &Settings::default());
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].span.start as usize, text.find('”').unwrap());
    }

    #[test]
    fn straight_closer_by_context() {
        let text = "Head\n\nWe will win,\" he said. \"Next.\"\n";
        assert_eq!(
            run_rule(&QuotesUnopened, text, &Settings::default()).len(),
            1
        );
    }

    #[test]
    fn plural_possessive_is_not_a_closer() {
        let text = "Head\n\nThe Joneses’ house and the Smiths' car.\n";
        assert!(run_rule(&QuotesUnopened, text, &Settings::default()).is_empty());
    }
}
