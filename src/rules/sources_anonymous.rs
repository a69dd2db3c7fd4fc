use super::{Context, Rule, RuleMeta, Sink};
use crate::attribution::SourceClass;
use crate::finding::{Finding, Severity};

pub struct SourcesAnonymous;

static META: RuleMeta = RuleMeta {
    id: "sources.anonymous",
    severity: Severity::Info,
    preview: false,
    options: &[],
    summary: "A statement attributed to an anonymous source.",
    doc: r#"## What it does
Reports each attribution to an unnamed source: "a source familiar with the
matter", "people close to the talks", "an official who spoke on condition
of anonymity". The phrases are listed in `rules/attribution/en.yaml`.

## Why
Most newsrooms allow anonymous sources only when there is no other way to
get the information, and ask the article to say why the source was not
named. Each one should be a decision an editor has seen.

## Example
```text
The talks have stalled, a source familiar with the matter said.
```
Use instead:
```text
The talks have stalled, said a senior official who was not authorised to
speak publicly about the negotiations.
```
"#,
};

impl Rule for SourcesAnonymous {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_, '_>, out: &mut Sink<'_>) {
        for src in super::sources_of(cx, SourceClass::Anonymous) {
            let message = format!(
                "“{}” is an anonymous source: say why the source is not named",
                src.text(cx.doc.text)
            );
            out.push(Finding::new(META.id, META.severity, src, message));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{run_rule, Settings};

    #[test]
    fn sources_familiar_with_the_matter() {
        let text = "Head\n\nThe talks have stalled, a source familiar with the matter said.\n";
        let f = run_rule(&SourcesAnonymous, text, &Settings::default());
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].message.contains("a source familiar with the matter"));
    }

    #[test]
    fn named_sources_are_not() {
        let text = "Head\n\nThe talks have stalled, Maria Lopez said.\n";
        assert!(run_rule(&SourcesAnonymous, text, &Settings::default()).is_empty());
    }
}
