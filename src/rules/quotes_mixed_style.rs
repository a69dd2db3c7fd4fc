use super::{Context, Rule, RuleMeta, Sink};
use crate::finding::{Finding, Severity};
use crate::lang::{Family, Glyph, Level};
use std::collections::BTreeMap;

mod fix;

pub struct QuotesMixedStyle;

static META: RuleMeta = RuleMeta {
    id: "quotes.mixed-style",
    severity: Severity::Warning,
    preview: false,
    options: &[],
    summary: "Straight and curly quotation marks mixed in one article.",
    doc: r#"## What it does
Counts the outer quotations of an article by the style of their opening
marks (curly “ ”, straight ", doubled apostrophes '' '', guillemets, low
marks) and reports the first mark of each less used style, with how many
there are and on which lines, naming the style the article mostly uses.
With a house style configured (`--quote-style curly`), every other style
is reported instead. Apostrophes and inch marks are not counted, nor,
without a house style, block quotations: a quotation that is its whole
paragraph (or paragraphs), opening mark first and closing mark last, is
an excerpt set off from the prose, whose marks come with the pasted
block or the page's template rather than the writer's typing.

A quotation closed with another style's mark is reported at that mark,
whether or not the article mixes styles: “…'' in English; in German
(`--lang de`) „…" and „…”, where „ closes with “ and ‚ with ‘ only, and
»…», where a guillemet closes with the other one (»…« or «…»). German
“…“, the English opening mark before the German closing one, is
reported at the opening mark: open with „. So is English ”…”, a
closing mark typed where a quotation opens (at the start of a word, with
no quotation open): open with “.

Each finding carries a fix: the marks of every quotation of that style,
opening and closing, in the expected style (a closer of another style: its
opener's closer). `check --fix` makes it when the fixed text pairs its
marks as before; otherwise it is only suggested.

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
In German:
```text
„Wir gewinnen", sagte er.
```
Use instead:
```text
„Wir gewinnen“, sagte er.
```
"#,
};

impl Rule for QuotesMixedStyle {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_, '_>, out: &mut Sink<'_>) {
        // Styles are told by opening marks: German closes „…“ with the
        // glyph English opens with, and a closer alone says little.
        let doc = cx.doc;
        let marks: Vec<_> = doc
            .quotations
            .iter()
            .map(|q| (q, &doc.marks[q.open as usize], fix::style_of(doc, q)))
            // A house style is the style of every mark, inner ones too
            // ('yes' in a curly article); without one, the article's
            // own majority is told by its outer quotations.
            .filter(|(q, m, _)| {
                let house = cx.settings.quote_style.is_some();
                (m.level == Level::Outer || house)
                    && !m.in_markup
                    && (house || !fix::block_quotation(doc, q))
            })
            .collect();
        let budget = fix::Budget::for_doc(doc);
        let mut counts: BTreeMap<Family, (usize, usize)> = BTreeMap::new();
        for (i, (_, _, family)) in marks.iter().enumerate() {
            let e = counts.entry(*family).or_insert((0, i));
            e.0 += 1;
        }
        // The expected style: the house style, else the most used one (the
        // first used breaks a tie, so the report does not flip-flop); none
        // when the article keeps to one style.
        let expected = match cx.settings.quote_style {
            Some(f) => Some(f),
            None if counts.len() < 2 => None,
            None => counts
                .iter()
                .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)))
                .map(|(f, _)| *f),
        };
        // One quotation, two styles: “a win for the waterfront'', or in
        // German „ein Sieg" („ closes with “ only).
        for q in &doc.quotations {
            let Some(close) = q.close else { continue };
            let (o, c) = (&doc.marks[q.open as usize], &doc.marks[close as usize]);
            if let Some(right) = fix::wrong_opener(o, c) {
                wrong_opener(cx, q, (o, c), right, (expected, &budget), out);
                continue;
            }
            if !fix::mismatched(o, c) || !out.room(c.span) {
                continue;
            }
            let message = format!(
                "closing {} does not match the opening {} (line {}): close with {}",
                c.glyph.as_str(),
                o.glyph.as_str(),
                cx.line_of(o.span.start),
                closer_of(o.glyph).as_str()
            );
            let mut f = Finding::new(META.id, META.severity, c.span, message);
            // A quotation the style's fix restyles whole takes its closer
            // from that fix; where the closer already is the style's
            // („…" under a straight house style), the opener's closer
            // would undo it.
            let restyled = expected.filter(|&e| {
                e != o.glyph.family()
                    && (o.level == Level::Outer || cx.settings.quote_style.is_some())
            });
            if !restyled.is_some_and(|e| fix::house_closes_with(e, o.level, c)) {
                f.fix = Some(fix::verified(doc, cx.lang, &budget, fix::closer(o, c)));
            }
            out.push(f);
        }
        let Some(expected) = expected else { return };
        let used = counts.get(&expected).map_or(0, |c| c.0);
        // One finding per style, at its first mark: the message lists where
        // the others are, so an article pasted from elsewhere is one
        // finding, not fifty.
        let mut by_family: BTreeMap<Family, Vec<_>> = BTreeMap::new();
        for (q, m, family) in marks {
            if family != expected {
                by_family.entry(family).or_default().push((q, m));
            }
        }
        for (family, qms) in by_family {
            let (qs, ms): (Vec<&crate::model::Quotation>, Vec<&crate::model::Mark>) =
                qms.into_iter().unzip();
            let first = ms[0];
            let mut lines: Vec<usize> = ms.iter().map(|m| cx.line_of(m.span.start)).collect();
            lines.dedup();
            let listed: Vec<String> = lines.iter().take(8).map(usize::to_string).collect();
            let more = if lines.len() > 8 { ", …" } else { "" };
            let where_ = format!(
                "{} quotation{} in {} marks on line{} {}{more}",
                ms.len(),
                if ms.len() == 1 { "" } else { "s" },
                family.describe_levels(
                    ms.iter().any(|m| m.level == Level::Outer),
                    ms.iter().any(|m| m.level == Level::Inner)
                ),
                if lines.len() == 1 { "" } else { "s" },
                listed.join(", ")
            );
            let message = if cx.settings.quote_style.is_some() {
                format!("{where_}; the house style is {}", expected.describe())
            } else {
                format!(
                    "{where_} in an article that otherwise uses {} marks ({used} quotation{})",
                    expected.describe(),
                    if used == 1 { "" } else { "s" }
                )
            };
            let mut f = Finding::new(META.id, META.severity, first.span, message);
            f.fix = fix::restyle(doc, &qs, expected)
                .map(|x| fix::verified(doc, cx.lang, &budget, x));
            out.push(f);
        }
    }
}

/// A quotation opened with the wrong mark: “…“ in German, or ”…” in
/// English. Reported at the opening mark, with the right one as its fix
/// unless the style's fix restyles the quotation whole.
fn wrong_opener(
    cx: &Context<'_, '_>,
    q: &crate::model::Quotation,
    (o, c): (&crate::model::Mark, &crate::model::Mark),
    right: Glyph,
    (expected, budget): (Option<Family>, &fix::Budget),
    out: &mut Sink<'_>,
) {
    if !out.room(o.span) {
        return;
    }
    let message = if o.forwards {
        format!(
            "opening mark written as the closing {} (closed on line {}): open with {}",
            o.glyph.as_str(),
            cx.line_of(c.span.start),
            right.as_str()
        )
    } else {
        format!(
            "opening {} does not match the closing {} (line {}): open with {}",
            o.glyph.as_str(),
            c.glyph.as_str(),
            cx.line_of(c.span.start),
            right.as_str()
        )
    };
    let mut f = Finding::new(META.id, META.severity, o.span, message);
    if expected.is_none_or(|e| e == fix::style_of(cx.doc, q)) {
        f.fix = Some(fix::verified(cx.doc, cx.lang, budget, fix::opener(o, right)));
    }
    out.push(f);
}

/// The closing mark of an opening mark's own style.
fn closer_of(g: Glyph) -> Glyph {
    match g {
        Glyph::CurlyDoubleLeft => Glyph::CurlyDoubleRight,
        Glyph::CurlySingleLeft => Glyph::CurlySingleRight,
        Glyph::TwinBacktick => Glyph::TwinApostrophe,
        Glyph::TwinCurlyLeft => Glyph::TwinCurlyRight,
        Glyph::LowDouble => Glyph::CurlyDoubleLeft,
        Glyph::LowSingle => Glyph::CurlySingleLeft,
        Glyph::GuillemetLeft => Glyph::GuillemetRight,
        Glyph::GuillemetRight => Glyph::GuillemetLeft,
        Glyph::SingleGuillemetLeft => Glyph::SingleGuillemetRight,
        Glyph::SingleGuillemetRight => Glyph::SingleGuillemetLeft,
        Glyph::CornerLeft => Glyph::CornerRight,
        Glyph::WhiteCornerLeft => Glyph::WhiteCornerRight,
        other => other,
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
        assert_eq!(f.len(), 1);
        assert_eq!(&text[f[0].span.range()], "\"");
        assert!(
            f[0].message.starts_with("1 quotation in straight"),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn a_closing_mark_typed_as_the_opener_is_one_wrong_opener() {
        // Retyped copy opens with ”: one finding at it, fixed to “, not
        // two closers of nothing.
        let text = "Letters\n\n”Fear is all I feel.” ― Ana Ruiz\n\nShe called it ”a mess” today.\n";
        let f = run_rule(&QuotesMixedStyle, text, &Settings::default());
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!(f[0].span.start as usize, text.find('”').unwrap());
        assert!(
            f[0].message.starts_with("opening mark written as the closing ”"),
            "{}",
            f[0].message
        );
        let fix = f[0].fix.as_ref().expect("a fix");
        assert_eq!(fix.edits[0].replacement, "“");
        assert_eq!(&text[f[1].span.range()], "”");
        assert_eq!(f[1].span.start as usize, text.find("”a mess").unwrap());
        // A closer spaced away from its words still closes the quotation
        // that is open: no wrong opener.
        let text = "Head\n\n“We won, ”he said. “Again.”\n";
        assert!(run_rule(&QuotesMixedStyle, text, &Settings::default()).is_empty());
    }

    #[test]
    fn the_message_names_the_marks_it_lists() {
        // Under a curly house style, straight single quotations are
        // reported as single marks: the writer looks for ', not ".
        let s = Settings {
            quote_style: Some(Family::Curly),
            ..Settings::default()
        };
        let text = "Head\n\nHe said 'yes' today and ‘no’ tomorrow.\n";
        let f = run_rule(&QuotesMixedStyle, text, &s);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(
            f[0].message.starts_with("1 quotation in straight (') marks"),
            "{}",
            f[0].message
        );
        // Both levels: both glyphs.
        let text = "Head\n\nHe said \"it is 'fine' now\" and left.\n";
        let f = run_rule(&QuotesMixedStyle, text, &s);
        assert!(
            f[0].message.starts_with("2 quotations in straight (\" ') marks"),
            "{}",
            f[0].message
        );
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
            ..Settings::default()
        };
        let f = run_rule(&QuotesMixedStyle, text, &s);
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("house style"), "{}", f[0].message);
    }

    #[test]
    fn house_style_covers_inner_quotations() {
        let text = "Head\n\n“We will win,” he said. He said 'yes' today. It was ‘fine’.\n";
        let s = Settings {
            quote_style: Some(Family::Curly),
            ..Settings::default()
        };
        let f = run_rule(&QuotesMixedStyle, text, &s);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(&text[f[0].span.range()], "'");
        // Without a house style the majority is told by outer marks only.
        assert!(run_rule(&QuotesMixedStyle, text, &Settings::default()).is_empty());
    }

    #[test]
    fn a_closer_of_another_style_is_reported_at_the_closer() {
        let text = "Head\n\nShe called it “a win for the harbour’’ and left.\n";
        let f = run_rule(&QuotesMixedStyle, text, &Settings::default());
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(&text[f[0].span.range()], "’’");
        assert_eq!(
            f[0].message,
            "closing ’’ does not match the opening “ (line 3): close with ”"
        );
    }

    #[test]
    fn a_wrong_closer_is_found_before_the_next_quotation_of_its_style() {
        // The straight mark closes the first quotation: the curly one after
        // it belongs to a quotation of its own. One finding, at the wrong
        // mark, rather than an unclosed “ and an unopened ".
        let text = "Head\n\nHe said “no\" and then “never” again.\n";
        let f = run_rule(&QuotesMixedStyle, text, &Settings::default());
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].span.text(text), "\"");
        assert!(f[0].message.ends_with("close with ”"), "{}", f[0].message);
        let unclosed = run_rule(
            &super::super::quotes_unclosed::QuotesUnclosed,
            text,
            &Settings::default(),
        );
        assert!(unclosed.is_empty(), "{unclosed:?}");
    }

    /// `text` with every fix of the rule's findings made.
    fn fixed(text: &str, settings: &Settings) -> String {
        let f = run_rule(&QuotesMixedStyle, text, settings);
        let s = crate::fix::select(&f, true);
        crate::fix::apply_str(text, &crate::fix::edits(&f, &s))
    }

    fn applicability(text: &str, settings: &Settings) -> Vec<crate::fix::Applicability> {
        run_rule(&QuotesMixedStyle, text, settings)
            .iter()
            .map(|f| f.fix.as_ref().unwrap().applicability)
            .collect()
    }

    #[test]
    fn the_minority_style_is_fixed_to_the_majority_open_and_close() {
        let text = "Head\n\n“We will win,” he said. “Always.” \"We 'always' do.\"\n";
        assert_eq!(
            fixed(text, &Settings::default()),
            "Head\n\n“We will win,” he said. “Always.” “We 'always' do.”\n"
        );
    }

    #[test]
    fn the_house_style_fixes_inner_marks_too() {
        let text = "Head\n\n\"We said 'no',\" he said. “Fine.”\n";
        let s = Settings {
            quote_style: Some(Family::Curly),
            ..Settings::default()
        };
        assert_eq!(fixed(text, &s), "Head\n\n“We said ‘no’,” he said. “Fine.”\n");
        let s = Settings {
            quote_style: Some(Family::Guillemet),
            ..Settings::default()
        };
        assert_eq!(fixed(text, &s), "Head\n\n«We said ‹no›,» he said. «Fine.»\n");
        // English does not pair guillemets: the fixed text would hold no
        // quotations, so the fix is only suggested.
        use crate::fix::Applicability::{Safe, Suggested};
        assert_eq!(applicability(text, &s), [Suggested, Suggested]);
        let curly = Settings {
            quote_style: Some(Family::Curly),
            ..Settings::default()
        };
        assert_eq!(applicability(text, &curly), [Safe]);
    }

    #[test]
    fn a_closer_of_another_style_is_fixed_to_the_openers() {
        let text = "Head\n\nShe called it “a win for the harbour’’ and left.\n";
        assert_eq!(
            fixed(text, &Settings::default()),
            "Head\n\nShe called it “a win for the harbour” and left.\n"
        );
        let f = run_rule(&QuotesMixedStyle, text, &Settings::default());
        let fix = f[0].fix.as_ref().unwrap();
        assert_eq!(fix.applicability, crate::fix::Applicability::Safe);
        assert_eq!(fix.title, "Close with ”");
    }

    #[test]
    fn a_quotation_restyled_whole_takes_the_house_closer() {
        // Opened straight, closed twin: both marks become curly, the
        // opener by the style's fix and the closer by its own.
        let text = "Head\n\nIt was \"a win'' for all.\n";
        let s = Settings {
            quote_style: Some(Family::Curly),
            ..Settings::default()
        };
        assert_eq!(fixed(text, &s), "Head\n\nIt was “a win” for all.\n");
        // The closer's own fix overlaps the restyle, which starts first.
        let f = run_rule(&QuotesMixedStyle, text, &s);
        let sel = crate::fix::select(&f, false);
        assert_eq!(f[sel.overlapping[0]].span.text(text), "''");
    }

    #[test]
    fn past_the_articles_budget_a_fix_is_offered_unverified() {
        use crate::fix::Applicability::{Safe, Suggested};
        // A closer of another style in a short paragraph is verified and
        // safe…
        let one = "Head\n\nShe said “no\" again.\n\n";
        assert_eq!(applicability(one, &Settings::default()), [Safe]);
        // …but an article of thousands of them cannot verify each one
        // against all its quotations: the first are safe, the rest only
        // suggested, and none is lost.
        let many = format!("Head\n\n{}", "She said “no\" again.\n\n".repeat(3000));
        let a = applicability(&many, &Settings::default());
        assert_eq!(a.len(), 3000);
        assert_eq!(a[0], Safe);
        assert_eq!(a[2999], Suggested);
    }

    #[test]
    fn a_paragraph_of_marks_is_charged_for_its_marks() {
        use crate::fix::Applicability::{Safe, Suggested};
        // Paragraphs of nothing but closing marks: their bytes alone are
        // well inside the budget (each fix re-reads about 1.5 KB of an
        // article of 230 KB), but pairing 256 marks twice per fix costs
        // far more than 1.5 KB of prose; only the first fixes are
        // verified.
        let para = format!("{}\n\n", "\u{201d}".repeat(256));
        let text = format!("Head\n\n{}", para.repeat(300));
        let a = applicability(&text, &Settings::default());
        assert!(a.len() >= 300, "{}", a.len());
        assert_eq!(a[0], Safe);
        let safe = a.iter().filter(|&&x| x == Safe).count();
        assert!(safe < a.len() / 4, "{safe} of {}", a.len());
        assert_eq!(a[a.len() - 1], Suggested);
    }
}
