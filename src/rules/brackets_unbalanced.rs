use super::{Context, Rule, RuleMeta, Sink};
use crate::finding::{Finding, Severity};
use crate::model::BracketProblem;

pub struct BracketsUnbalanced;

static META: RuleMeta = RuleMeta {
    id: "brackets.unbalanced",
    severity: Severity::Warning,
    preview: false,
    options: &[],
    summary: "A bracket that does not pair within its paragraph.",
    doc: r#"## What it does
Pairs ( ), [ ] and { } within each paragraph and reports both a closing
bracket with nothing to close and an opening bracket never closed. List
markers such as "1)" and "a)", emoticons such as ":)", and brackets inside
web addresses or Markdown code are not counted.

## Why
A lost bracket usually means lost words: an aside cut in half by an edit,
or a photo credit mangled by a content system.

## Example
```text
The mayor opens the bridge. Photo by Jane Roe / City Desk) (File photo
```
Use instead:
```text
The mayor opens the bridge. (Photo by Jane Roe / City Desk; file photo)
```
"#,
};

impl Rule for BracketsUnbalanced {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_, '_>, out: &mut Sink<'_>) {
        for p in &cx.doc.bracket_problems {
            if !out.room(p.span()) {
                continue;
            }
            let message = match p {
                BracketProblem::Unclosed { bracket, .. } => {
                    format!("opening {bracket} is never closed in its paragraph")
                }
                BracketProblem::Unopened { bracket, .. } => {
                    format!("closing {bracket} has no opening bracket before it in its paragraph")
                }
            };
            out.push(Finding::new(META.id, META.severity, p.span(), message));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{run_rule, Settings};

    #[test]
    fn both_sides_are_reported() {
        let text = "Head\n\nPhoto by A / AFP) (Photo by Getty\n";
        let f = run_rule(&BracketsUnbalanced, text, &Settings::default());
        assert_eq!(f.len(), 2);
        assert!(f[0].message.starts_with("closing )"));
        assert!(f[1].message.starts_with("opening ("));
    }

    #[test]
    fn brackets_do_not_pair_across_paragraphs() {
        let text = "Head\n\nOne (aside\n\ncontinued) here.\n";
        assert_eq!(
            run_rule(&BracketsUnbalanced, text, &Settings::default()).len(),
            2
        );
    }
}
