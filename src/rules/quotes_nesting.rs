use super::{Context, Rule, RuleMeta, Sink};
use crate::finding::{Finding, Severity};
use crate::model::QuoteProblem;

pub struct QuotesNesting;

static META: RuleMeta = RuleMeta {
    id: "quotes.nesting",
    severity: Severity::Warning,
    preview: false,
    options: &[],
    summary: "A quotation inside a quotation that uses the same marks.",
    doc: r#"## What it does
Reports a quotation nested inside another that uses the same level of
quotation mark. Which marks go outside and which inside is the language's
style (`--lang`): US English puts “double” outside and ‘single’ inside,
British English the reverse, German „…‚…‘…“, Swiss German «…‹…›…».
A German quotation opened inside another with „ („… „…“ …“) is nesting,
not a quotation left open.

## Why
With the same marks inside and out, the reader cannot tell where the inner
quotation ends and the outer one resumes.

## Example
```text
“He told me “never again” and left,” she said.
```
Use instead:
```text
“He told me ‘never again’ and left,” she said.
```
"#,
};

impl Rule for QuotesNesting {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_, '_>, out: &mut Sink<'_>) {
        let doc = cx.doc;
        for p in &doc.quote_problems {
            if let QuoteProblem::Nesting { open, outer } = *p {
                let inner = &doc.marks[open as usize];
                if !out.room(inner.span) {
                    continue;
                }
                let outer = &doc.marks[outer as usize];
                let message = format!(
                    "quotation inside a quotation (opened with {} on line {}) uses the same level of mark; use the house style's inner marks",
                    outer.glyph.as_str(),
                    cx.line_of(outer.span.start)
                );
                out.push(Finding::new(META.id, META.severity, inner.span, message));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{run_rule, Settings};

    #[test]
    fn same_marks_inside() {
        let text = "Head\n\n“He told me “never again” and left,” she said.\n";
        let f = run_rule(&QuotesNesting, text, &Settings::default());
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].span.start as usize, text.rfind('“').unwrap());
    }

    #[test]
    fn single_inside_double_is_fine() {
        let text =
            "Head\n\n“He told me ‘never again’ and left,” she said. \"He said 'no' twice.\"\n";
        assert!(run_rule(&QuotesNesting, text, &Settings::default()).is_empty());
    }

    #[test]
    fn third_level_alternates_back_to_double() {
        let text = "Head\n\n“He told me ‘she said “no” to it’ then,” Ann said.\n";
        assert!(run_rule(&QuotesNesting, text, &Settings::default()).is_empty());
        // A double mark straight inside a double one still is nesting.
        let text = "Head\n\n“He told me ‘she said’ “no” then,” Ann said.\n";
        assert_eq!(run_rule(&QuotesNesting, text, &Settings::default()).len(), 1);
    }
}
