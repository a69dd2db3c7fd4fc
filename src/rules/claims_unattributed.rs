use super::{Context, Rule, RuleMeta, Sink};
use crate::claims::scan::{Hit, Scanner};
use crate::claims::scope::{Scope, Why};
use crate::finding::{Finding, Severity};
use crate::model::{BlockKind, Sentence, TokenKind};

pub struct ClaimsUnattributed;

static META: RuleMeta = RuleMeta {
    id: "claims.unattributed",
    severity: Severity::Warning,
    // Off by default: on 840 PolNeAR articles it reports 7.6 claims an
    // article and would fail four in five at warning level; see the README.
    preview: true,
    summary: "A claim (a figure, a charge, someone else's intent …) with no source in scope.",
    doc: r#"## What it does
Reports each sentence that makes a claim an editor would want sourced and
has no attribution in scope, naming the kind of claim and the words that
make it one. The signals, each listed in `rules/claims/en.yaml` with its
severity:

- **figure** (warning): counts, money, percentages, ranks: "37th time",
  "$100 billion", "48%";
- **record** (warning): records and superlatives: "for the first time",
  "a record", "largest";
- **charge** (warning): charges and loaded words: "aggression", "alleged",
  "corrupt", "illegal";
- **comparison** (info): "more than", "overtook", "fell";
- **intention**, **motive**, **state of mind** (info): other people's
  plans, reasons and feelings: "aim to", "because of", "welcomed";
- **prediction**, **hedge** (info): "would most likely", "is expected to",
  "it remains unclear";
- **unwitnessed event** (info): "privately", "behind closed doors".

Never claims by themselves: dates, times, ages, numbered labels ("No. 10")
and plain scene-setting ("held a video summit on Wednesday"); questions;
words inside quotation marks (someone else's words; `quotes.no-speaker`
asks who said them); captions, credits, datelines and page furniture.
Headlines are judged only by their own attribution ("…, Analysts Say", or
"Graham: …").

Attribution in scope:
- an attribution in the same sentence ("…, Xi said"), unless the claim is
  the attribution itself ("the two nations have pledged to …");
- the sentence lies between two sentences by the same speaker;
- with `--claims-scope paragraph` (the default): a paragraph whose last
  sentence closes with an attribution ("…, Yahoo Finance reported.") is
  covered by it, unless that sentence opens with a turn ("But …") or
  another source speaks earlier in the paragraph. With `--claims-scope
  sentence` (the strict newsroom setting) each claim needs its own.

Verbs of thinking and wanting ("X believes", "X wants to") are not a source:
they are the writer's claim about X's mind. When a source is near but does
not cover the claim, the message says why.

A preview rule: off unless `--enable claims.unattributed`. Each finding
keeps its signal's severity unless a severity is configured for the rule.

## Why
"Says who?" is an editor's first question about any figure, charge or
statement of someone else's intent. A claim with no source reads as the
writer's own knowledge, which it seldom is.

## Example
```text
Wednesday's video conference marks the 37th time since 2013 that Putin had
met with Xi officially. It was also used as a display of their partnership,
Yahoo Finance reported.
```
Under `--claims-scope sentence` this reports: figure “37th time since
2013” needs a source: the nearest source, Yahoo Finance (line 1), closes
the paragraph and covers it only under scope: paragraph. Use instead:
```text
Wednesday's video conference marks the 37th time since 2013 that Putin had
met with Xi officially, Yahoo Finance reported.
```
"#,
};

/// A question asks; it does not claim.
fn is_question(cx: &Context<'_, '_>, s: &Sentence) -> bool {
    let toks = &cx.doc.tokens[s.tokens.start as usize..s.tokens.end as usize];
    toks.iter()
        .rev()
        .find(|t| !matches!(t.kind(), TokenKind::Quote(_) | TokenKind::Close(_)))
        .is_some_and(|t| t.is_punct('?'))
}

/// Why a claim is unattributed, written onto `out`.
fn why_text(cx: &Context<'_, '_>, why: &Why<'_>, out: &mut String) {
    use std::fmt::Write;
    // Writing to a String cannot fail.
    let _ = match why {
        Why::Nothing => {
            out.push_str("nothing in its paragraph attributes it");
            Ok(())
        }
        Why::Headline => {
            out.push_str("a headline needs an attribution of its own (“…, Analysts Say”)");
            Ok(())
        }
        Why::OwnAttribution { cue } => {
            write!(out, "its sentence's only attribution, “{cue}”, is itself the claim")
        }
        Why::OtherSentence { source, at } => write!(
            out,
            "the nearest source, {source} (line {}), is in another sentence and does not carry over",
            cx.line_of(*at)
        ),
        Why::SentenceScope { source, at } => write!(
            out,
            "the nearest source, {source} (line {}), closes the paragraph and covers it only under scope: paragraph",
            cx.line_of(*at)
        ),
        Why::Contrast { source, at, word } => write!(
            out,
            "the nearest source, {source} (line {}), closes the paragraph, but its sentence opens with “{word}” and speaks only for itself",
            cx.line_of(*at)
        ),
        Why::OtherSource { source, at, other } => write!(
            out,
            "the nearest source, {source} (line {}), closes the paragraph, but {other} also speaks in it, so whose claim this is is unclear",
            cx.line_of(*at)
        ),
    };
}

impl Rule for ClaimsUnattributed {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_, '_>, out: &mut Sink<'_>) {
        let data = &cx.lang.claims;
        if data.is_empty() {
            return;
        }
        let doc = cx.doc;
        let mut scanner = Scanner::new(doc, data);
        let mut scope: Option<Scope<'_, '_>> = None;
        let mut hits: Vec<Hit> = Vec::new();
        for b in &doc.blocks {
            let headline = match b.kind {
                BlockKind::Headline => true,
                BlockKind::Paragraph | BlockKind::ListItem | BlockKind::BlockQuote => false,
                _ => continue,
            };
            for si in b.sentences.start as usize..b.sentences.end as usize {
                let s = &doc.sentences[si];
                if is_question(cx, s) {
                    continue;
                }
                scanner.scan(s, headline, &mut hits);
                let Some(&main) = hits.first() else { continue };
                // Built on the first claim: most documents have one, and
                // the index is one pass over the attributions.
                let scope =
                    scope.get_or_insert_with(|| Scope::new(doc, data, &cx.lang.attribution));
                let covered = if headline {
                    scope.cover_headline(si, main.span)
                } else {
                    scope.cover(si, main.span, cx.settings.claims_scope)
                };
                let Err(why) = covered else { continue };
                let signal = &data.signals[main.signal as usize];
                let words = main.span.text(doc.text);
                // Built by hand: a message for each of thousands of claims
                // a run, where `format!` cost four times as much.
                let mut message = String::with_capacity(signal.name.len() + words.len() + 96);
                message.push_str(&signal.name);
                message.push_str(" “");
                message.push_str(words);
                message.push_str("” needs a source: ");
                why_text(cx, &why, &mut message);
                out.push(Finding::new(META.id, signal.severity, main.span, message));
            }
        }
    }
}

#[cfg(test)]
mod tests;
