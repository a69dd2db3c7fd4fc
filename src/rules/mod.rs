//! The rule registry. A rule is one file in this folder and one line in
//! [`REGISTRY`], which is kept sorted by id so that listings are stable.

#[cfg(test)]
use crate::finding::Finding;
use crate::finding::Severity;
use crate::lang::{Family, Lang};
use crate::line_index::LineIndex;
use crate::model::Document;

mod brackets_unbalanced;
pub mod catalogue;
mod claims_unattributed;
mod names_inconsistent;
mod names_noncanonical;
mod quotes_mixed_style;
mod quotes_nesting;
mod quotes_no_speaker;
mod quotes_unclosed;
mod quotes_unopened;
mod sink;
mod sources_anonymous;
mod sources_vague;
mod spelling_inconsistent;
pub(crate) mod suppressions_unused;

pub use catalogue::Catalogue;
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
}

/// How far an attribution reaches for `claims.unattributed`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimsScope {
    /// A paragraph whose last sentence closes with an attribution ("…,
    /// Reuters reported.") is covered by it.
    #[default]
    Paragraph,
    /// Every claim needs an attribution in its own sentence: the strict
    /// newsroom setting.
    Sentence,
}

impl ClaimsScope {
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimsScope::Paragraph => "paragraph",
            ClaimsScope::Sentence => "sentence",
        }
    }
}

impl std::str::FromStr for ClaimsScope {
    type Err = String;
    fn from_str(s: &str) -> Result<ClaimsScope, String> {
        match s {
            "paragraph" => Ok(ClaimsScope::Paragraph),
            "sentence" => Ok(ClaimsScope::Sentence),
            _ => Err(format!("`{s}` is not a claims scope (paragraph, sentence)")),
        }
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
    /// How far an attribution reaches for `claims.unattributed`.
    pub claims_scope: ClaimsScope,
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

/// Everything a rule may look at.
pub struct Context<'a, 't> {
    pub doc: &'a Document<'t>,
    pub lang: &'a Lang,
    pub settings: &'a Settings,
    // OnceLock, not OnceCell: the rules of one very large document run on
    // several threads and share what they compute.
    lines: std::sync::OnceLock<LineIndex>,
    /// Lines of the file before this document: a later window of a very
    /// large file (see `crate::model::window`) counts on from them.
    line_base: usize,
    name_forms: std::sync::OnceLock<crate::names::forms::Forms<'t>>,
    lower_words: std::sync::OnceLock<rustc_hash::FxHashSet<&'t str>>,
}

/// Byte classes for [`lower_runs`]: ASCII outside a run, ASCII lower case
/// (or digit or hyphen), ASCII capital, and the lead or continuation byte
/// of another character.
const OUT: u8 = 0;
const LOW: u8 = 1;
const CAP: u8 = 2;
const WIDE: u8 = 3;
static CLASS: [u8; 256] = {
    let mut t = [OUT; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = if c >= 0x80 {
            WIDE
        } else if c.is_ascii_uppercase() {
            CAP
        } else if c.is_ascii_alphanumeric() || c == b'-' {
            LOW
        } else {
            OUT
        };
        i += 1;
    }
    t
};

/// The maximal runs of letters, digits and hyphens in `text` that hold no
/// capital and could be asked about (four bytes or more, led by a lower
/// case letter). Bytes are classed by a table; characters beyond ASCII
/// are decoded only where they stand.
fn lower_runs(text: &str) -> rustc_hash::FxHashSet<&str> {
    let b = text.as_bytes();
    let n = b.len();
    let mut out = rustc_hash::FxHashSet::default();
    // The character at `i` (a character boundary): its length, and whether
    // it is a letter or digit, and a capital.
    let wide = |i: usize| {
        let ch = text[i..].chars().next().unwrap_or(' ');
        (ch.len_utf8(), ch.is_alphanumeric(), ch.is_uppercase())
    };
    let mut i = 0;
    'runs: while i < n {
        // To the start of the next run.
        loop {
            if i >= n {
                break 'runs;
            }
            match CLASS[b[i] as usize] {
                OUT => i += 1,
                WIDE => {
                    let (len, alnum, _) = wide(i);
                    if alnum {
                        break;
                    }
                    i += len;
                }
                _ => break,
            }
        }
        let start = i;
        let mut upper = false;
        while i < n {
            match CLASS[b[i] as usize] {
                LOW => i += 1,
                CAP => {
                    upper = true;
                    i += 1;
                }
                WIDE => {
                    let (len, alnum, cap) = wide(i);
                    if !alnum {
                        break;
                    }
                    upper |= cap;
                    i += len;
                }
                _ => break,
            }
        }
        if !upper && i - start >= 4 && (b[start].is_ascii_lowercase() || b[start] >= 0x80) {
            out.insert(&text[start..i]);
        }
    }
    out
}

/// From this size up, "is this word also written in lower case?" is
/// answered from one pass over the text rather than a search per word.
const LOWER_INDEX_FROM: usize = 256 << 10;

impl<'a, 't> Context<'a, 't> {
    pub fn new(doc: &'a Document<'t>, lang: &'a Lang, settings: &'a Settings) -> Self {
        Context {
            doc,
            lang,
            settings,
            lines: std::sync::OnceLock::new(),
            line_base: 0,
            name_forms: std::sync::OnceLock::new(),
            lower_words: std::sync::OnceLock::new(),
        }
    }

    /// Is `word` also written in lower case somewhere in the article, as a
    /// whole word (see [`crate::names::forms::occurs_lowercase`])?
    pub fn occurs_lowercase(&self, word: &str) -> bool {
        let text = self.doc.text;
        let plain = |c: char| c.is_alphanumeric() || c == '-';
        if text.len() < LOWER_INDEX_FROM || !word.chars().all(plain) {
            return crate::names::forms::occurs_lowercase(text, word);
        }
        let lower = word.to_lowercase();
        if lower == word || lower.is_empty() {
            return false;
        }
        // The index holds runs of four bytes or more led by a letter.
        let lb = lower.as_bytes();
        if lb.len() < 4 || !(lb[0].is_ascii_lowercase() || lb[0] >= 0x80) {
            return crate::names::forms::occurs_lowercase(text, word);
        }
        // A whole-word match of a word made of letters, digits and hyphens
        // is exactly one maximal run of such characters.
        self.lower_words
            .get_or_init(|| lower_runs(text))
            .contains(lower.as_str())
    }

    /// The capitalised spellings of the article, counted once for the
    /// names rules.
    pub fn name_forms(&self) -> &crate::names::forms::Forms<'t> {
        match self.doc.name_forms() {
            Some(forms) => forms,
            None => self
                .name_forms
                .get_or_init(|| crate::names::forms::Forms::of(self.doc)),
        }
    }

    /// The context of a window of a larger file that begins after
    /// `lines` lines of it.
    pub fn after_lines(mut self, lines: usize) -> Self {
        self.line_base = lines;
        self
    }

    /// 1-based line of `offset`, for messages that point elsewhere.
    pub fn line_of(&self, offset: u32) -> usize {
        self.lines
            .get_or_init(|| LineIndex::new(self.doc.text))
            .line_of(offset)
            + 1
            + self.line_base
    }
}

pub trait Rule: Sync {
    fn meta(&self) -> &'static RuleMeta;
    /// Reports findings, each with the severity the rule gives it (most
    /// rules: their meta default); a severity the user configured for the
    /// rule replaces it.
    fn check(&self, cx: &Context<'_, '_>, out: &mut Sink<'_>);
}

/// Every built-in rule, sorted by id.
pub static REGISTRY: &[&dyn Rule] = &[
    &brackets_unbalanced::BracketsUnbalanced,
    &claims_unattributed::ClaimsUnattributed,
    &names_inconsistent::NamesInconsistent,
    &names_noncanonical::NamesNoncanonical,
    &quotes_mixed_style::QuotesMixedStyle,
    &quotes_nesting::QuotesNesting,
    &quotes_no_speaker::QuotesNoSpeaker,
    &quotes_unclosed::QuotesUnclosed,
    &quotes_unopened::QuotesUnopened,
    &sources_anonymous::SourcesAnonymous,
    &sources_vague::SourcesVague,
    &spelling_inconsistent::SpellingInconsistent,
    &suppressions_unused::SuppressionsUnused,
];

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
    let doc = Document::parse(text, crate::model::Format::Plain, &lang);
    let cx = Context::new(&doc, &lang, settings);
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
            (f.span.text(text).to_string(), fix.replacement.clone())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_case_look_up_of_a_large_file_agrees_with_the_search() {
        let para = "The state’s élan, Obama’s aide and the well-known state-owned firm \
                    met Élysée staff; obama-era rules, naïve ÉLAN, ‘stateless’ voters.\n\n";
        let mut text = String::from("Head\n\n");
        while text.len() < LOWER_INDEX_FROM + 1024 {
            text.push_str(para);
        }
        let lang = Lang::english();
        let doc = Document::parse(&text, crate::model::Format::Plain, &lang);
        let settings = Settings::default();
        let cx = Context::new(&doc, &lang, &settings);
        for w in [
            "State",
            "Élan",
            "Obama",
            "Well-known",
            "Firm",
            "Élysée",
            "Staff",
            "Naïve",
            "Stateless",
            "Voters",
            "Known",
            "Owned",
            "Obama-era",
            "Rules",
            "Aide",
            "Trump",
            "Sta",
            "The",
            "Met",
        ] {
            assert_eq!(
                cx.occurs_lowercase(w),
                crate::names::forms::occurs_lowercase(&text, w),
                "{w}"
            );
        }
        assert!(cx.occurs_lowercase("Élan") && !cx.occurs_lowercase("Élysée"));
    }

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
