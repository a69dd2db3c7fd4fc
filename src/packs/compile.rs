//! From a parsed rule file to a compiled rule: regexes built once,
//! Vale's defaults applied, unsupported parts turned into warnings.

use super::file::{self, scalar, RuleFile};
use super::matcher::{CapTest, Matcher};
use super::regex::{build, prefilter, syntax, BadPattern};
use super::{Kind, PackRule, Scope, Warning, VALE_KINDS_UNSUPPORTED};
use crate::error::Error;
use crate::finding::Severity;
use regex::Regex;

struct Cx<'a> {
    id: &'a str,
    origin: &'a str,
    text: &'a str,
    warnings: &'a mut Vec<Warning>,
}

impl Cx<'_> {
    fn warn(&mut self, message: impl Into<String>) {
        self.warnings.push(Warning {
            path: self.origin.to_string(),
            rule: self.id.to_string(),
            message: message.into(),
        });
    }

    fn err(&self, line: Option<usize>, message: impl Into<String>) -> Error {
        file::config(
            self.origin,
            line,
            format!("rule {}: {}", self.id, message.into()),
        )
    }

    /// Compiles `pattern`, written under `key`; `Ok(None)` when Vale allows
    /// it and ascribe cannot run it (a warning says so).
    fn regex(
        &mut self,
        key: &str,
        pattern: &str,
        shown: &str,
        ignorecase: bool,
    ) -> Result<Option<Regex>, Error> {
        match build(pattern, ignorecase) {
            Ok(re) => Ok(Some(re)),
            Err(BadPattern::Unsupported(why)) => {
                self.warn(format!("`{key}` {why}; rule skipped"));
                Ok(None)
            }
            Err(BadPattern::Invalid(why)) => Err(self.err(
                file::value_line(self.text, key, shown),
                format!("`{key}` has a regex that does not compile: {shown:?}: {why}"),
            )),
        }
    }
}

fn strings(cx: &Cx<'_>, key: &str, values: &[serde_yaml::Value]) -> Result<Vec<String>, Error> {
    values
        .iter()
        .map(|v| {
            scalar(v).ok_or_else(|| {
                cx.err(
                    file::key_line(cx.text, key),
                    format!("`{key}` must be a list of strings"),
                )
            })
        })
        .collect()
}

/// Vale's exceptions: a match equal to one of them (as a regex, whole
/// match) is not reported.
fn exceptions(cx: &mut Cx<'_>, list: &[String], ignorecase: bool) -> Result<Option<Regex>, Error> {
    if list.is_empty() {
        return Ok(None);
    }
    // Which exceptions are regexes is settled by parsing them: a pattern
    // that parses compiles, short of a size limit, and then the whole
    // fails to compile too and is made again as before, each exception
    // tried by compiling it.
    let parsed = joined(list, |e| syntax(e, false).is_some());
    if let Ok(re) = build(&parsed, ignorecase) {
        return Ok(Some(re));
    }
    let pattern = joined(list, |e| build(e, false).is_ok());
    cx.regex("exceptions", &pattern, &list[0], ignorecase)
}

/// The exceptions as one whole-match pattern, those `is_regex` turns down
/// taken literally.
fn joined(list: &[String], is_regex: impl Fn(&str) -> bool) -> String {
    let alts: Vec<String> = list
        .iter()
        .map(|e| {
            if is_regex(e) {
                e.clone()
            } else {
                regex::escape(e)
            }
        })
        .collect();
    format!("^(?:{})$", alts.join("|"))
}

/// Compiles each of `patterns`, written under `key`, as a rule's parts
/// that an error must name; false when one is skipped (see [`Cx::regex`]).
fn each_compiles(
    cx: &mut Cx<'_>,
    key: &str,
    patterns: &[&str],
    ignorecase: bool,
) -> Result<bool, Error> {
    for p in patterns {
        if cx.regex(key, p, p, ignorecase)?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

fn severity(cx: &Cx<'_>, level: Option<&str>) -> Result<Severity, Error> {
    Ok(match level.unwrap_or("suggestion") {
        "suggestion" | "info" => Severity::Info,
        "warning" => Severity::Warning,
        "error" => Severity::Error,
        other => {
            return Err(cx.err(
                file::key_line(cx.text, "level"),
                format!("unknown level `{other}` (suggestion, warning, error)"),
            ))
        }
    })
}

fn scope(cx: &mut Cx<'_>, f: &RuleFile, kind: Kind) -> Option<Scope> {
    let items = f.scope.as_ref().map(|s| s.items()).unwrap_or_default();
    let default = match kind {
        Kind::Capitalization => Scope::Heading(None),
        Kind::AttributionRequired => Scope::Paragraph,
        _ => Scope::Text,
    };
    let Some(first) = items.first() else {
        return Some(default);
    };
    if items.len() > 1 {
        cx.warn(format!(
            "only the first scope (`{first}`) is used; ascribe reads one scope per rule"
        ));
    }
    let s = first.trim();
    Some(match s {
        "text" | "markdown" => Scope::Text,
        "paragraph" | "summary" | "p" => Scope::Paragraph,
        "sentence" => Scope::Sentence,
        "heading" => Scope::Heading(None),
        "title" => Scope::Heading(Some(1)),
        "list" | "li" => Scope::List,
        "blockquote" => Scope::BlockQuote,
        "raw" => Scope::Raw,
        _ => {
            if let Some(n) = s
                .strip_prefix("heading.h")
                .and_then(|n| n.parse::<u8>().ok())
                .filter(|n| (1..=6).contains(n))
            {
                Scope::Heading(Some(n))
            } else {
                cx.warn(format!("scope `{s}` is not supported; rule skipped"));
                return None;
            }
        }
    })
}

/// Vale's word template: tokens as whole words unless `nonword`.
fn alternation(tokens: &[String], raw: &[String], nonword: bool, append: bool) -> String {
    let raw = raw.concat();
    if tokens.is_empty() {
        return raw;
    }
    let alt = format!("(?:{})", tokens.join("|"));
    let body = if nonword { alt } else { format!(r"\b{alt}\b") };
    if append {
        format!("{body}{raw}")
    } else {
        format!("{raw}{body}")
    }
}

pub(crate) fn compile(
    id: &str,
    origin: &str,
    text: &str,
    warnings: &mut Vec<Warning>,
    vocab: &[String],
) -> Result<Option<PackRule>, Error> {
    let (f, ignored) = file::parse(origin, text)?;
    let mut cx = Cx {
        id,
        origin,
        text,
        warnings,
    };
    let Some(kind) = Kind::parse(&f.extends) else {
        if VALE_KINDS_UNSUPPORTED.contains(&f.extends.as_str()) {
            cx.warn(format!(
                "Vale's `{}` rules are not supported; rule skipped",
                f.extends
            ));
            return Ok(None);
        }
        return Err(cx.err(
            file::key_line(text, "extends"),
            format!(
                "unknown kind `{}` (existence, substitution, consistency, occurrence, \
                 capitalization, conditional, repetition, attribution-required)",
                f.extends
            ),
        ));
    };
    for key in &ignored {
        cx.warn(format!("Vale's `{key}` is not supported and is ignored"));
    }
    let severity = severity(&cx, f.level.as_deref())?;
    let Some(scope) = scope(&mut cx, &f, kind) else {
        return Ok(None);
    };
    let ic = f.ignorecase;
    let tokens = strings(&cx, "tokens", &f.tokens)?;
    let mut except_list = strings(&cx, "exceptions", &f.exceptions)?;
    // Vale's vocabularies: accepted terms are exceptions to every rule
    // that does not opt out with `vocab: false`.
    if f.vocab != Some(false) {
        except_list.extend(vocab.iter().cloned());
    }
    // Each token must compile on its own, so that an error names it.
    for t in tokens.iter().chain(&f.raw) {
        let key = if tokens.contains(t) { "tokens" } else { "raw" };
        if cx.regex(key, t, t, ic)?.is_none() {
            return Ok(None);
        }
    }
    let mut quote_choices = false;
    if let Some(a) = &f.action {
        match a.name.as_str() {
            "replace" if kind == Kind::Substitution => quote_choices = a.params.is_empty(),
            "remove" | "" => {}
            other => cx.warn(format!(
                "action `{other}` is not applied (ascribe offers fixes for substitution's replace and remove)"
            )),
        }
    }
    let need = |cx: &Cx<'_>, what: &str, ok: bool| -> Result<(), Error> {
        if ok {
            Ok(())
        } else {
            Err(cx.err(
                file::key_line(text, "extends"),
                format!("a {} rule needs {what}", kind.as_str()),
            ))
        }
    };
    let matcher = match kind {
        Kind::Existence | Kind::AttributionRequired => {
            need(
                &cx,
                "`tokens` or `raw`",
                !tokens.is_empty() || !f.raw.is_empty(),
            )?;
            let pattern = alternation(&tokens, &f.raw, f.nonword, f.append);
            let Some(re) = cx.regex("tokens", &pattern, tokens.first().unwrap_or(&pattern), ic)?
            else {
                return Ok(None);
            };
            let except = exceptions(&mut cx, &except_list, ic)?;
            let pre = prefilter(&pattern, ic);
            if kind == Kind::Existence {
                Matcher::Existence { re, pre, except }
            } else {
                Matcher::AttributionRequired { re, pre, except }
            }
        }
        Kind::Substitution => {
            need(&cx, "`swap`", !f.swap.is_empty())?;
            match substitution(&mut cx, &f, &except_list, quote_choices)? {
                Some(m) => m,
                None => return Ok(None),
            }
        }
        Kind::Consistency => {
            need(&cx, "`either`", !f.either.is_empty())?;
            let mut pairs = Vec::new();
            for (a, b) in &f.either {
                let (Some(a), Some(b)) = (scalar(a), scalar(b)) else {
                    return Err(cx.err(
                        file::key_line(text, "either"),
                        "`either` must map strings to strings",
                    ));
                };
                let wrap = |s: &str| {
                    if f.nonword {
                        format!("({s})")
                    } else {
                        format!(r"\b({s})\b")
                    }
                };
                let pattern = format!("{}|{}", wrap(&a), wrap(&b));
                let Some(re) = cx.regex("either", &pattern, &a, ic)? else {
                    return Ok(None);
                };
                if re.captures_len() != 3 {
                    return Err(cx.err(
                        file::value_line(text, "either", &a),
                        format!("`either` patterns may not hold groups: {a:?}, {b:?}"),
                    ));
                }
                pairs.push(re);
            }
            Matcher::Consistency { pairs }
        }
        Kind::Occurrence => {
            need(&cx, "`token`", f.token.is_some())?;
            need(&cx, "`max` or `min`", f.max.is_some() || f.min.is_some())?;
            let t = f.token.clone().unwrap_or_default();
            let Some(re) = cx.regex("token", &t, &t, ic)? else {
                return Ok(None);
            };
            Matcher::Occurrence {
                re,
                max: f.max,
                min: f.min,
            }
        }
        Kind::Repetition => {
            need(&cx, "`tokens`", !tokens.is_empty())?;
            let pattern = format!("(?:{})", tokens.join("|"));
            let Some(re) = cx.regex("tokens", &pattern, &tokens[0], ic)? else {
                return Ok(None);
            };
            Matcher::Repetition {
                re,
                except: exceptions(&mut cx, &except_list, ic)?,
                max: f.max.unwrap_or(0),
                alpha: f.alpha,
                ignorecase: ic,
            }
        }
        Kind::Conditional => {
            need(
                &cx,
                "`first` and `second`",
                f.first.is_some() && f.second.is_some(),
            )?;
            let a = f.first.clone().unwrap_or_default();
            let b = f.second.clone().unwrap_or_default();
            let (Some(first), Some(second)) = (
                cx.regex("first", &a, &a, ic)?,
                cx.regex("second", &b, &b, ic)?,
            ) else {
                return Ok(None);
            };
            Matcher::Conditional {
                first,
                second,
                except: exceptions(&mut cx, &except_list, ic)?,
            }
        }
        Kind::Capitalization => {
            need(&cx, "`match`", f.match_.is_some())?;
            let m = f.match_.clone().unwrap_or_default();
            let test = match m.as_str() {
                "$title" => CapTest::Title,
                "$sentence" => CapTest::Sentence,
                "$lower" => CapTest::Lower,
                "$upper" => CapTest::Upper,
                _ => match cx.regex("match", &m, &m, false)? {
                    Some(re) => CapTest::Pattern(re),
                    None => return Ok(None),
                },
            };
            let prefix = match &f.prefix {
                Some(p) => match cx.regex("prefix", &format!("^(?:{p})"), p, false)? {
                    Some(re) => Some(re),
                    None => return Ok(None),
                },
                None => None,
            };
            Matcher::Capitalization {
                test,
                except: except_list,
                indicators: f.indicators.clone(),
                threshold: f.threshold.unwrap_or(0.8),
                prefix,
            }
        }
    };
    Ok(Some(PackRule {
        id: id.to_string(),
        origin: origin.to_string(),
        kind,
        severity,
        preview: f.preview,
        message: f.message.clone().unwrap_or_else(|| "%s".into()),
        description: f.description.clone(),
        link: f.link.clone(),
        examples: f.examples.clone(),
        scope,
        matcher,
    }))
}

#[path = "compile_swap.rs"]
mod swap;
use swap::substitution;
