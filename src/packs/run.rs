//! Running compiled pack rules over one document.

use super::matcher::{CapTest, Matcher};
use super::prefilter::Prefilter;
use super::repeat::{every_pair, repeat_counts, repeats, same_ignoring_case};
use super::runs::{run_pairs, space_runs};
use super::view::{View, Views};
use super::{PackRule, Scope};
use crate::article::Article;
use crate::finding::{Applicability, Finding, Fix, Severity};
use crate::model::BlockKind;
use crate::span::Span;
use regex::Regex;

/// Runs `rules` (with their effective severities) over `doc`.
pub fn run_all(rules: &[(&PackRule, Severity)], article: &Article<'_, '_>, out: &mut Vec<Finding>) {
    if rules.is_empty() {
        return;
    }
    let doc = &article.doc;
    let views = Views::new(doc);
    for (rule, severity) in rules {
        // Capped as the built-in rules are (see `crate::rules::Sink`).
        let mut sink = crate::rules::Sink::new(&doc.blocks, doc.text.len());
        run(rule, &views, &|| article.attributions(), &mut sink);
        let from = out.len();
        out.extend(sink.finish(&rule.id, *severity));
        for f in &mut out[from..] {
            f.severity = *severity;
        }
    }
}

/// Vale's messages are Go format strings: each `%s` takes the next value.
pub fn format_message(message: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(message.len() + 16);
    let mut args = args.iter();
    let mut rest = message;
    while let Some(i) = rest.find("%s") {
        out.push_str(&rest[..i]);
        match args.next() {
            Some(a) => out.push_str(a),
            None => out.push_str("%s"),
        }
        rest = &rest[i + 2..];
    }
    out.push_str(rest);
    out
}

fn in_scope<'v, 't>(views: &'v Views<'_, 't>, scope: Scope) -> Vec<&'v View<'t>> {
    let by_kind = |keep: &dyn Fn(&View<'t>, BlockKind) -> bool| -> Vec<&'v View<'t>> {
        views
            .blocks()
            .iter()
            .filter(|v| views.kind(v).is_some_and(|k| keep(v, k)))
            .collect()
    };
    match scope {
        Scope::Raw => vec![views.raw()],
        Scope::Sentence => views.sentences().iter().collect(),
        Scope::Text => views.blocks().iter().collect(),
        Scope::Paragraph => by_kind(&|_, k| k.is_body()),
        Scope::List => by_kind(&|_, k| k == BlockKind::ListItem),
        Scope::BlockQuote => by_kind(&|_, k| k == BlockKind::BlockQuote),
        Scope::Heading(level) => by_kind(&|v, k| {
            matches!(k, BlockKind::Headline | BlockKind::Heading)
                && level.is_none_or(|n| views.heading_level(v) == n)
        }),
    }
}

/// The views of `scoped` that may hold a match.
fn passed<'v, 't, 'p>(
    scoped: Vec<&'v View<'t>>,
    pre: &'p Option<Prefilter>,
) -> impl Iterator<Item = &'v View<'t>> + use<'v, 't, 'p> {
    scoped
        .into_iter()
        .filter(move |v| pre.as_ref().is_none_or(|p| p.may_match(&v.text)))
}

pub(super) fn excepted(except: &Option<Regex>, s: &str) -> bool {
    except.as_ref().is_some_and(|re| re.is_match(s))
}

/// `attributions` gives the article's attributions, built when a rule
/// first asks.
fn run<'a>(
    rule: &PackRule,
    views: &Views<'_, '_>,
    attributions: &dyn Fn() -> &'a [crate::attribution::Attribution],
    out: &mut crate::rules::Sink<'_>,
) {
    let raw = rule.scope == Scope::Raw;
    // Matches in web addresses are never reported: they are not prose.
    let span_of = |v: &View<'_>, s: usize, e: usize| -> Option<Span> {
        let span = v.span(s, e);
        (raw || !views.in_url(v.block, span)).then_some(span)
    };
    let mut push = |span: Span, message: String, fix: Option<(String, Applicability)>| {
        let mut f = Finding::new(&rule.id, rule.severity, span, message);
        f.fix = fix.map(|(replacement, a)| Fix::replace(span, replacement, a));
        out.push(f);
    };
    let scoped = in_scope(views, rule.scope);
    match &rule.matcher {
        Matcher::Existence { re, pre, except } => {
            for v in passed(scoped, pre) {
                for m in re.find_iter(&v.text) {
                    if m.is_empty() || excepted(except, m.as_str()) {
                        continue;
                    }
                    if let Some(span) = span_of(v, m.start(), m.end()) {
                        push(
                            span,
                            format_message(&rule.message, &[m.as_str().trim()]),
                            None,
                        );
                    }
                }
            }
        }
        Matcher::Substitution {
            re,
            pre,
            swaps,
            capitalize,
            quote_choices,
            except,
        } => {
            let message = if *quote_choices {
                rule.message.replacen("'%s'", "%s", 1)
            } else {
                rule.message.clone()
            };
            for v in passed(scoped, pre) {
                for m in re.find_iter(&v.text) {
                    let Some(caps) = re.captures_at(&v.text, m.start()) else {
                        continue;
                    };
                    let Some((swap, g)) =
                        swaps.iter().find_map(|s| caps.get(s.group).map(|g| (s, g)))
                    else {
                        continue;
                    };
                    let observed = g.as_str().trim();
                    if observed.is_empty() || excepted(except, observed) {
                        continue;
                    }
                    let mut expected = match &swap.re {
                        Some(re) => re.replace(observed, swap.replacement.as_str()).into_owned(),
                        None => swap.replacement.clone(),
                    };
                    if *capitalize && observed.starts_with(char::is_uppercase) {
                        expected = upper_first(&expected);
                    }
                    let choices: Vec<&str> = expected.split('|').collect();
                    if choices.contains(&observed) || swap.fits(observed) {
                        continue;
                    }
                    let shown = if *quote_choices {
                        to_sentence(&choices)
                    } else {
                        expected.clone()
                    };
                    let lead = g.as_str().len() - g.as_str().trim_start().len();
                    let start = g.start() + lead;
                    if let Some(span) = span_of(v, start, start + observed.len()) {
                        // The swap says what to write. With one choice, and
                        // the match standing in the article as read (no
                        // markup inside it), --fix may write it; of several
                        // choices a person picks, so the first is suggested.
                        let whole = span.text(views.doc.text) == observed;
                        let a = if choices.len() == 1 && whole {
                            Applicability::Safe
                        } else {
                            Applicability::Suggested
                        };
                        let fix = (choices[0].to_string(), a);
                        push(
                            span,
                            format_message(&message, &[&shown, observed]),
                            Some(fix),
                        );
                    }
                }
            }
        }
        Matcher::Consistency { pairs } => {
            let mut seen = vec![[false; 2]; pairs.len()];
            for v in scoped {
                for (re, seen) in pairs.iter().zip(&mut seen) {
                    let mut last = None;
                    for caps in re.captures_iter(&v.text) {
                        let which = usize::from(caps.get(1).is_none());
                        if let Some(m) = caps.get(which + 1) {
                            seen[which] = true;
                            last = Some((m.start(), m.end()));
                        }
                    }
                    if let (Some((s, e)), [true, true]) = (last, *seen) {
                        if let Some(span) = span_of(v, s, e) {
                            push(span, format_message(&rule.message, &[&v.text[s..e]]), None);
                        }
                    }
                }
            }
        }
        Matcher::Occurrence { re, max, min } => {
            for v in scoped {
                let mut first = None;
                let mut n = 0usize;
                for m in re.find_iter(&v.text) {
                    if first.is_none() {
                        first = Some((m.start(), m.end()));
                    }
                    n += 1;
                    if max.is_some_and(|x| x > 0 && n > x) && min.is_none() {
                        break;
                    }
                }
                let over = max.is_some_and(|x| x > 0 && n > x);
                let under = min.is_some_and(|x| x > 0 && n < x);
                if over || under {
                    let (s, e) = first.unwrap_or((0, v.text.len()));
                    push(v.span(s, e), format_message(&rule.message, &[]), None);
                }
            }
        }
        Matcher::Repetition {
            re,
            except,
            max,
            alpha,
            ignorecase,
        } => {
            // Vale's usual token, "any run of non-space", needs no regex:
            // the runs are the model's touching tokens (or, where a view
            // joins stretches of the article, a split on white space, the
            // same Unicode property as `\s`), and leave nothing to trim.
            let by_space = matches!(re.as_str(), r"(?:[^\s]+)" | r"(?:\S+)" | r"[^\s]+" | r"\S+");
            let same = |p: &str, curr: &str| {
                (if *ignorecase {
                    same_ignoring_case(p, curr)
                } else {
                    p == curr
                }) && repeat_counts(curr, *alpha, except)
            };
            for v in scoped {
                let text: &str = &v.text;
                let mut found = |start: usize, end: usize, word: &str| {
                    if let Some(span) = span_of(v, start, end) {
                        push(span, format_message(&rule.message, &[word]), None);
                    }
                };
                if by_space {
                    match v.tokens(views.doc) {
                        Some(toks) => {
                            let pairs = run_pairs(text, toks, v.source(0));
                            repeats(text, pairs, same, *max, &mut found);
                        }
                        None => {
                            let runs = space_runs(text).map(|(s, e)| (s, e, e));
                            repeats(text, every_pair(runs), same, *max, &mut found);
                        }
                    }
                } else {
                    let tokens = re.find_iter(text).map(|m| {
                        let t = m.as_str();
                        let start = m.start() + (t.len() - t.trim_start().len());
                        (start, start + t.trim().len(), m.end())
                    });
                    repeats(text, every_pair(tokens), same, *max, &mut found);
                }
            }
        }
        Matcher::Conditional {
            first,
            second,
            except,
        } => {
            let mut defined: Vec<String> = Vec::new();
            for v in scoped {
                for caps in second.captures_iter(&v.text) {
                    let groups: Vec<&str> = caps
                        .iter()
                        .skip(1)
                        .flatten()
                        .map(|m| m.as_str())
                        .filter(|s| !s.is_empty())
                        .collect();
                    if groups.is_empty() {
                        defined.push(caps[0].to_string());
                    } else {
                        defined.extend(groups.iter().map(|s| s.to_string()));
                    }
                }
                for caps in first.captures_iter(&v.text) {
                    let m = caps.get(1).unwrap_or_else(|| caps.get(0).unwrap());
                    let s = m.as_str();
                    if s.is_empty() || defined.iter().any(|d| d == s) || excepted(except, s) {
                        continue;
                    }
                    let whole = caps.get(0).unwrap();
                    if let Some(span) = span_of(v, whole.start(), whole.end()) {
                        push(span, format_message(&rule.message, &[s]), None);
                    }
                }
            }
        }
        Matcher::Capitalization {
            test,
            except,
            indicators,
            threshold,
            prefix,
        } => {
            for v in scoped {
                let text = v.text.trim();
                if text.is_empty() {
                    continue;
                }
                let lead = v.text.len() - v.text.trim_start().len();
                let body = match prefix.as_ref().and_then(|p| p.find(text)) {
                    Some(m) => &text[m.end()..],
                    None => text,
                };
                let (ok, expected) = match test {
                    CapTest::Title => super::case::title(body, except, *threshold),
                    CapTest::Sentence => {
                        // A heading that opens with code ("`ls` lists
                        // files") has its first word out of the view.
                        let opens_with_code = views.opens_with_code(v);
                        super::case::sentence(
                            body,
                            except,
                            indicators,
                            *threshold,
                            !opens_with_code,
                        )
                    }
                    CapTest::Lower => (body == body.to_lowercase(), body.to_lowercase()),
                    CapTest::Upper => (body == body.to_uppercase(), body.to_uppercase()),
                    CapTest::Pattern(re) => (re.is_match(body), body.to_string()),
                };
                if !ok {
                    let _ = test.label();
                    push(
                        v.span(lead, lead + text.len()),
                        format_message(&rule.message, &[text, &expected]),
                        None,
                    );
                }
            }
        }
        Matcher::AttributionRequired { re, pre, except } => {
            // Attributions that name a source, by cue position.
            let mut cues: Vec<(u32, u32)> = attributions()
                .iter()
                .filter(|a| a.source.is_some() && !a.inferred)
                .map(|a| (a.cue.start, a.cue.end))
                .collect();
            cues.sort_unstable();
            for v in passed(scoped, pre) {
                let area = if rule.scope == Scope::Sentence {
                    v.span(0, v.text.len())
                } else {
                    match views.doc.blocks.get(v.block as usize) {
                        Some(b) => b.span,
                        None => v.span(0, v.text.len()),
                    }
                };
                let i = cues.partition_point(|&(c, _)| c < area.start);
                let in_area = &cues[i..cues[i..].partition_point(|&(c, _)| c < area.end) + i];
                for m in re.find_iter(&v.text) {
                    if m.is_empty() || excepted(except, m.as_str()) {
                        continue;
                    }
                    let Some(span) = span_of(v, m.start(), m.end()) else {
                        continue;
                    };
                    // "It is believed" may itself read as a cue; it does
                    // not source itself.
                    let sourced = in_area
                        .iter()
                        .any(|&(s, e)| e <= span.start || s >= span.end);
                    if !sourced {
                        push(span, format_message(&rule.message, &[m.as_str()]), None);
                    }
                }
            }
        }
    }
}

fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Vale's list of choices: 'a', 'a' or 'b', 'a', 'b', or 'c'.
fn to_sentence(choices: &[&str]) -> String {
    let q: Vec<String> = choices.iter().map(|c| format!("'{c}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} or {}", q[0], q[1]),
        n => format!("{}, or {}", q[..n - 1].join(", "), q[n - 1]),
    }
}
