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
Pairs ( ), [ ] and { } (and their full-width forms （ ）, ［ ］, ｛ ｝)
within each paragraph and reports a closing bracket with nothing to
close, an opening bracket never closed, and a pair of one ASCII and one
full-width bracket. List markers such as "1)" and "a)", emoticons such
as ":)", and brackets inside web addresses or Markdown code are not
counted.

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
                BracketProblem::Mismatched { open, close, .. } => {
                    let width = |c: char| if c.is_ascii() { "ASCII" } else { "full-width" };
                    format!(
                        "closing {close} is {} but closes the {} opening {open}: use one pair",
                        width(*close),
                        width(*open)
                    )
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
    fn full_width_brackets_pair_and_mixed_widths_are_told() {
        let f = |t: &str| run_rule(&BracketsUnbalanced, t, &Settings::default());
        assert!(f("Head\n\nThe firm （Tokyo） grew.\n").is_empty());
        let mixed = f("Head\n\nThe firm （Tokyo) grew.\n");
        assert_eq!(mixed.len(), 1, "{mixed:?}");
        assert!(
            mixed[0].message.starts_with("closing ) is ASCII but closes the full-width opening （"),
            "{}",
            mixed[0].message
        );
        assert_eq!(f("Head\n\nA （note grew.\n")[0].message, "opening （ is never closed in its paragraph");
    }

    #[test]
    fn an_address_with_brackets_inside_brackets() {
        let text = "Head\n\nA name (see https://example.org/wiki/Some_(thing)) and more.\n";
        let f = run_rule(&BracketsUnbalanced, text, &Settings::default());
        assert!(f.is_empty(), "{f:?}");
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
