//! The rule registry. A rule is one file in this folder (its `RuleMeta`:
//! id, severity, doc and options; its check; its tests) and one line in
//! `registry!` below, kept sorted by id so that listings are stable.

use crate::article::Article;
#[cfg(test)]
use crate::finding::Finding;
use crate::finding::Severity;
use crate::lang::{Family, Lang};
use crate::model::Document;
use std::collections::BTreeMap;

#[cfg(test)]
mod names_false_alarm_tests;
#[cfg(test)]
mod names_german_tests;
#[cfg(test)]
mod names_group_tests;
#[cfg(test)]
mod names_word_slip_tests;
#[cfg(test)]
mod quotes_false_alarm_tests;
#[cfg(test)]
mod quotes_german_tests;
#[cfg(test)]
mod quotes_running_tests;
mod sink;

pub use sink::Sink;

/// What every rule declares about itself.
#[derive(Debug)]
pub struct RuleMeta {
    /// Dotted id, beginning with its family: `quotes.unclosed`.
    pub id: &'static str,
    pub severity: Severity,
    /// A preview rule is off unless asked for (`--enable RULE`): its false
    /// alarms on real articles are still too many to run it by default.
    pub preview: bool,
    /// One line, for listings and SARIF's short description.
    pub summary: &'static str,
    /// Markdown with the sections "What it does", "Why", "Example".
    pub doc: &'static str,
    /// The options the rule takes besides `severity`, declared here and
    /// nowhere else: configuration files, `config`, `explain` and the
    /// checker all read them from the rule.
    pub options: &'static [RuleOption],
}

/// An option of a rule: `claims.unattributed: {scope: sentence}` in a
/// configuration file.
#[derive(Debug)]
pub struct RuleOption {
    pub name: &'static str,
    /// The values it takes; the first is the default.
    pub values: &'static [&'static str],
    /// What it does, one sentence for `explain`.
    pub doc: &'static str,
}

impl RuleMeta {
    /// The names of the options this rule accepts, `severity` first.
    pub fn option_names(&self) -> Vec<&'static str> {
        std::iter::once("severity")
            .chain(self.options.iter().map(|o| o.name))
            .collect()
    }

    /// Checks `options` (name to value, as written) against the options
    /// this rule declares.
    pub fn check_options(&self, options: &BTreeMap<String, String>) -> Result<(), String> {
        let id = self.id;
        for (name, value) in options {
            let Some(o) = self.options.iter().find(|o| o.name == name) else {
                let valid = self.option_names();
                let list = valid
                    .iter()
                    .map(|v| format!("`{v}`"))
                    .collect::<Vec<_>>()
                    .join(", ");
                return Err(format!(
                    "rule `{id}` has no option `{name}` (its options are {list}){}",
                    crate::suggest::did_you_mean(name, valid.iter().copied())
                ));
            };
            if !o.values.contains(&value.as_str()) {
                return Err(format!(
                    "rule `{id}`: `{value}` is not a value of `{name}` ({}){}",
                    o.values.join(", "),
                    crate::suggest::did_you_mean(value, o.values.iter().copied())
                ));
            }
        }
        Ok(())
    }
}

/// Settings rules may read.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// The house style for double quotation marks, if the newsroom has one.
    pub quote_style: Option<Family>,
    /// The names lists to check names against; `None` is the shipped
    /// starter list alone.
    pub names: Option<std::sync::Arc<crate::names::List>>,
    /// The transcripts and releases quotations are checked against
    /// (`--sources`), read once per run.
    pub sources: Option<std::sync::Arc<crate::sources::Sources>>,
    /// Rule options as configured (rule id to option name to value),
    /// checked against each rule's declared options.
    pub options: BTreeMap<String, BTreeMap<String, String>>,
}

impl Settings {
    /// The names lists in force.
    pub fn names_list(&self) -> &crate::names::List {
        match &self.names {
            Some(list) => list,
            None => crate::names::List::starter(),
        }
    }
}

/// Everything a rule may look at: the article (its model and analyses),
/// the language, and the settings.
pub struct Context<'a, 't> {
    pub article: &'a Article<'a, 't>,
    pub doc: &'a Document<'t>,
    pub lang: &'a Lang,
    pub settings: &'a Settings,
}

impl<'a, 't> Context<'a, 't> {
    pub fn new(article: &'a Article<'a, 't>, settings: &'a Settings) -> Self {
        Context {
            article,
            doc: &article.doc,
            lang: article.lang,
            settings,
        }
    }

    /// The article's quotations checked against the run's sources; empty
    /// when there are none.
    pub fn quote_checks(&self) -> &'a [crate::sources::QuoteCheck] {
        match &self.settings.sources {
            Some(s) => self.article.quote_checks(s),
            None => &[],
        }
    }

    /// Who said what (see [`Article::attributions`]).
    pub fn attributions(&self) -> &'a [crate::attribution::Attribution] {
        self.article.attributions()
    }

    /// Is `word` also written in lower case in the article?
    pub fn occurs_lowercase(&self, word: &str) -> bool {
        self.article.occurs_lowercase(word)
    }

    /// The capitalised spellings of the article.
    pub fn name_forms(&self) -> &'a crate::names::forms::Forms<'t> {
        self.article.name_forms()
    }

    /// 1-based line of `offset`, for messages that point elsewhere.
    pub fn line_of(&self, offset: u32) -> usize {
        self.article.line_of(offset)
    }

    /// The value of option `name` of the rule `meta` describes: as
    /// configured, else its default.
    pub fn option(&self, meta: &RuleMeta, name: &str) -> &str {
        self.settings
            .options
            .get(meta.id)
            .and_then(|o| o.get(name))
            .map(String::as_str)
            .or_else(|| {
                meta.options
                    .iter()
                    .find(|o| o.name == name)
                    .and_then(|o| o.values.first().copied())
            })
            .unwrap_or("")
    }
}

/// The sources of class `class` the article's attributions name, in order:
/// what `sources.vague` and `sources.anonymous` report. A speaker carried
/// over (`inferred`) was reported where it was named.
fn sources_of<'a>(
    cx: &Context<'a, '_>,
    class: crate::attribution::SourceClass,
) -> impl Iterator<Item = crate::span::Span> + 'a {
    cx.attributions()
        .iter()
        .filter(move |a| !a.inferred && a.class == class)
        .filter_map(|a| a.source)
}

pub trait Rule: Sync {
    fn meta(&self) -> &'static RuleMeta;
    /// Reports findings, each with the severity the rule gives it (most
    /// rules: their meta default); a severity the user configured for the
    /// rule replaces it.
    fn check(&self, cx: &Context<'_, '_>, out: &mut Sink<'_>);
}

/// Declares each rule's module and lists the rule in [`REGISTRY`]: a new
/// rule is its file in this folder and one line here.
macro_rules! registry {
    ($($vis:vis $module:ident :: $rule:ident,)*) => {
        $($vis mod $module;)*
        /// Every built-in rule, sorted by id.
        pub static REGISTRY: &[&dyn Rule] = &[$(&$module::$rule),*];
    };
}

registry! {
    brackets_unbalanced::BracketsUnbalanced,
    claims_unattributed::ClaimsUnattributed,
    names_inconsistent::NamesInconsistent,
    names_noncanonical::NamesNoncanonical,
    quotes_altered::QuotesAltered,
    quotes_misattributed::QuotesMisattributed,
    quotes_mixed_style::QuotesMixedStyle,
    quotes_nesting::QuotesNesting,
    quotes_no_speaker::QuotesNoSpeaker,
    quotes_unclosed::QuotesUnclosed,
    quotes_unopened::QuotesUnopened,
    quotes_unsourced::QuotesUnsourced,
    sources_anonymous::SourcesAnonymous,
    sources_vague::SourcesVague,
    spelling_inconsistent::SpellingInconsistent,
    pub(crate) suppressions_unused::SuppressionsUnused,
}

/// The families of built-in rule ids. A rule id in any other family
/// (`House.Utilize`) can only come from a rule pack.
pub const BUILTIN_FAMILIES: &[&str] = &[
    "brackets",
    "claims",
    "names",
    "quotes",
    "sources",
    "spelling",
    "suppressions",
];

pub fn find(id: &str) -> Option<&'static dyn Rule> {
    REGISTRY.iter().copied().find(|r| r.meta().id == id)
}

/// A rule's findings on `text`, for the rules' own tests.
#[cfg(test)]
pub(crate) fn run_rule(rule: &dyn Rule, text: &str, settings: &Settings) -> Vec<Finding> {
    let lang = Lang::english();
    let article = Article::parse(text, crate::model::Format::Plain, &lang);
    let cx = Context::new(&article, settings);
    let mut out = Sink::unbounded();
    rule.check(&cx, &mut out);
    out.finish(rule.meta().id, rule.meta().severity)
}

/// Each finding of `rule` on `text` as (the text it points at, its fix).
#[cfg(test)]
pub(crate) fn run_rule_fixes(rule: &dyn Rule, text: &str) -> Vec<(String, String)> {
    run_rule(rule, text, &Settings::default())
        .iter()
        .map(|f| {
            let fix = f.fix.as_ref().expect("the rule gives every finding a fix");
            assert_eq!(fix.edits.len(), 1, "one edit, at the finding");
            assert_eq!(fix.edits[0].span, f.span);
            (
                f.span.text(text).to_string(),
                fix.edits[0].replacement.clone(),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_is_sorted_unique_and_documented() {
        let ids: Vec<&str> = REGISTRY.iter().map(|r| r.meta().id).collect();
        let mut sorted = ids.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(ids, sorted);
        for r in REGISTRY {
            let m = r.meta();
            let family = m.id.split('.').next().unwrap();
            assert!(BUILTIN_FAMILIES.contains(&family), "{}", m.id);
            for section in ["## What it does", "## Why", "## Example"] {
                assert!(m.doc.contains(section), "{} lacks {section}", m.id);
            }
        }
    }
}
