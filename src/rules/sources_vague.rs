use super::{Context, Rule, RuleMeta, Sink};
use crate::attribution::SourceClass;
use crate::finding::{Finding, Severity};

pub struct SourcesVague;

static META: RuleMeta = RuleMeta {
    id: "sources.vague",
    severity: Severity::Info,
    preview: false,
    options: &[],
    summary: "A statement attributed to a vague group (\"analysts\", \"experts\").",
    doc: r#"## What it does
Reports each attribution whose source names no one in particular:
"analysts say", "experts warned", "critics argue", "officials said". The
words that make a source vague are listed in `rules/attribution/en.yaml`.

## Why
A vague source cannot be checked and may stand for one person, or for the
writer. Editors ask which analysts, how many, and why they are not named.

## Example
```text
Putin and Xi Are Unlikely To Support Each Other's Military, Analysts Say
```
Use instead:
```text
Putin and Xi Are Unlikely To Support Each Other's Military, Eurasia Group Says
```
"#,
};

impl Rule for SourcesVague {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_, '_>, out: &mut Sink<'_>) {
        for src in super::sources_of(cx, SourceClass::Vague) {
            let message = format!(
                "“{}” is a vague source: say who, or how many, if you can",
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
    fn analysts_and_experts_are_vague() {
        let text =
            "Head\n\nAnalysts said the plan would fail. Experts warned that prices would rise.\n";
        let f = run_rule(&SourcesVague, text, &Settings::default());
        assert_eq!(f.len(), 2, "{f:?}");
        assert!(f[0].message.contains("Analysts"));
    }

    #[test]
    fn named_sources_are_not() {
        let text = "Head\n\nNeil Thomas, an analyst at Eurasia Group, said the plan would fail. The analyst said that prices would rise.\n";
        assert!(run_rule(&SourcesVague, text, &Settings::default()).is_empty());
    }
}
