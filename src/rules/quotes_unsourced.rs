use super::{Context, Rule, RuleMeta, Sink};
use crate::finding::{Finding, Severity};
use crate::sources::Verdict;

pub struct QuotesUnsourced;

static META: RuleMeta = RuleMeta {
    id: "quotes.unsourced",
    severity: Severity::Info,
    preview: false,
    options: &[],
    summary: "A quotation credited to someone in the sources, found nowhere in them.",
    doc: r#"## What it does
With sources given (`--sources`, `sources:`; without them it reports
nothing), reports a direct quotation of five words or more credited to a
speaker who has turns in the sources (a `NAME:` label) but that shares
too few words with any passage to be found. It may come from another
occasion, or be altered past recognition: a fact-checker should find
where it was said.

## Why
A quotation said to come from a debate or hearing on file that is not in
its transcript is the first thing a fact-checker asks about.

## Example
Transcript `debate.txt`:
```text
MOSS: We will not raise the ferry fares this year.
```
Article:
```text
"Taxes will fall for every family in the harbour," Moss said at the debate.
```
Name the occasion it was said on, or check it against its own source.
"#,
};

impl Rule for QuotesUnsourced {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_, '_>, out: &mut Sink<'_>) {
        for c in cx.quote_checks() {
            if c.verdict != Verdict::Unsourced || !out.room(c.quote) {
                continue;
            }
            let who = c.speaker.as_deref().unwrap_or("its speaker");
            let message = format!(
                "quotation credited to {who} is not found in the sources, though {who} speaks in them"
            );
            out.push(Finding::new(META.id, META.severity, c.quote, message));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::quotes_altered::tests::settings;
    use crate::rules::{run_rule, Settings};

    #[test]
    fn only_a_known_speaker_s_missing_words_are_reported() {
        let text = "Tax\n\n“Taxes will fall for every family in the harbour,” Moss said.\n\n\
                    “Taxes will fall for every family in the harbour,” Cy Roe said.\n";
        let f = run_rule(&QuotesUnsourced, text, &settings());
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].severity, Severity::Info);
        assert!(f[0].message.starts_with("quotation credited to Moss"));
        assert!(run_rule(&QuotesUnsourced, text, &Settings::default()).is_empty());
    }
}
