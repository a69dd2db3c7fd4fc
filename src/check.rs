//! Running the rules over one text.

use crate::article::Article;
use crate::error::Error;
use crate::finding::{Finding, Severity};
use crate::lang::{Family, Lang};
use crate::model::window::windows;
use crate::model::{Directive, Format};
use crate::rules::{Context, Rule, Settings, REGISTRY};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

/// From this size up, one document's rules run in parallel.
const PARALLEL_RULES_BYTES: usize = 1 << 20;

/// What the caller may choose about a run.
/// Two files whose options are equal share one `Checker`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CheckOptions {
    /// A built-in language (`en` when `None`).
    pub lang: Option<String>,
    /// The house style for quotation marks, if any.
    pub quote_style: Option<Family>,
    /// Per-rule severities; `None` turns a rule off, `Some` turns it on
    /// (preview rules included) and gives all its findings that severity.
    pub severities: BTreeMap<String, Option<Severity>>,
    /// Rules turned on (preview rules included) whose findings keep the
    /// severities the rule gives them (`--enable RULE`).
    pub enabled: BTreeSet<String>,
    /// Names lists (YAML) loaded on top of the shipped starter list.
    pub names: Vec<std::path::PathBuf>,
    /// Folders of rule files (rule packs).
    pub packs: Vec<std::path::PathBuf>,
    /// Per-rule options beyond severity, as written in the configuration
    /// (`claims.unattributed: {scope: sentence}`).
    pub rule_options: BTreeMap<String, BTreeMap<String, String>>,
    /// How every input is read (`--input-format`); by default, by its
    /// name's extension, standard input as plain text.
    pub input_format: Option<Format>,
    /// Files quotations are checked against (`--sources`, `sources:`).
    pub sources: Vec<std::path::PathBuf>,
    /// How the sources label a speaker's turn: a regular expression whose
    /// first group is the name (default `crate::sources::DEFAULT_LABEL`).
    pub speaker_label: Option<String>,
    /// Full names for speaker labels (`TRUMP` → `Donald Trump`), sorted.
    pub speaker_names: Vec<(String, String)>,
    /// Sources whose words outside labelled turns are one person's: the
    /// file (as in `sources`) and that person's name.
    pub source_speakers: Vec<(std::path::PathBuf, String)>,
    /// Numbers in figures and in words ("30,000", "thirty thousand") are
    /// the same words of a quotation (`--spelt-numbers`).
    pub spelt_numbers: bool,
}

/// Checks texts with a fixed set of rules and settings; cheap to share
/// between threads.
pub struct Checker {
    /// Shipped languages are built once per process and shared.
    lang: &'static Lang,
    settings: Settings,
    /// Each rule to run, with the severity the user set for it, if any.
    rules: Vec<(&'static dyn Rule, Option<Severity>)>,
    /// Rules from the newsroom's packs (the shipped packs are static).
    packs: std::sync::Arc<crate::packs::Packs>,
    /// Pack rules in force: (shipped?, index, severity).
    pack_rules: Vec<(bool, usize, Severity)>,
    input_format: Option<Format>,
    /// The newsroom's names-list files, in the order given.
    names_files: Vec<std::path::PathBuf>,
}

/// Whether `id` names a rule: a built-in one, or one of a pack.
fn is_rule(id: &str, packs: &crate::packs::Packs) -> bool {
    crate::rules::find(id).is_some()
        || packs.find(id).is_some()
        || crate::packs::BUILTIN_FILES.iter().any(|f| f.0 == id)
}

/// Whether a shipped pack rule may be in force under `opts`: only then
/// are the shipped packs compiled.
fn shipped_packs_wanted(opts: &CheckOptions) -> bool {
    crate::packs::BUILTIN_FILES
        .iter()
        .zip(crate::packs::builtin_previews())
        .any(|((id, ..), &preview)| match opts.severities.get(*id) {
            Some(s) => s.is_some(),
            None => !preview || opts.enabled.contains(*id),
        })
}

impl Checker {
    pub fn new(opts: &CheckOptions) -> Result<Checker, Error> {
        let lang = Lang::shared(opts.lang.as_deref().unwrap_or("en"))?;
        let packs = crate::packs::Packs::load_dirs(&opts.packs)?;
        let no_packs = crate::packs::Packs::default();
        let shipped = if shipped_packs_wanted(opts) {
            crate::packs::builtin()
        } else {
            &no_packs
        };
        for id in opts
            .severities
            .keys()
            .chain(&opts.enabled)
            .chain(opts.rule_options.keys())
        {
            if !is_rule(id, &packs) {
                return Err(Error::Usage(format!(
                    "unknown rule `{id}` (see `ascribe rules`)"
                )));
            }
        }
        for (id, options) in &opts.rule_options {
            if let Some(r) = crate::rules::find(id) {
                r.meta().check_options(options).map_err(Error::Usage)?;
            }
        }
        let rules = REGISTRY
            .iter()
            .filter_map(|r| {
                let id = r.meta().id;
                match opts.severities.get(id) {
                    Some(None) => None,
                    Some(Some(s)) => Some((*r, Some(*s))),
                    None if r.meta().preview && !opts.enabled.contains(id) => None,
                    None => Some((*r, None)),
                }
            })
            .collect();
        // A newsroom rule of the same id as a shipped one replaces it.
        let pack_rules = shipped
            .rules
            .iter()
            .enumerate()
            .filter(|(_, r)| packs.find(&r.id).is_none())
            .map(|(i, r)| (true, i, r))
            .chain(packs.rules.iter().enumerate().map(|(i, r)| (false, i, r)))
            .filter_map(|(b, i, r)| match opts.severities.get(&r.id) {
                Some(None) => None,
                Some(Some(s)) => Some((b, i, *s)),
                None if r.preview && !opts.enabled.contains(&r.id) => None,
                None => Some((b, i, r.severity)),
            })
            .collect();
        let packs = std::sync::Arc::new(packs);
        Ok(Checker {
            lang,
            settings: Settings {
                quote_style: opts.quote_style,
                options: opts.rule_options.clone(),
                sources: if opts.sources.is_empty() {
                    None
                } else {
                    Some(crate::sources::Sources::shared(
                        &opts.sources,
                        &crate::sources::Reading {
                            label: opts.speaker_label.clone(),
                            names: opts.speaker_names.clone(),
                            speakers: opts.source_speakers.clone(),
                            spelt_numbers: opts.spelt_numbers,
                            lang: lang.name.clone(),
                        },
                    )?)
                },
                names: if opts.names.is_empty() {
                    None
                } else {
                    Some(std::sync::Arc::new(crate::names::List::starter_and(
                        &opts.names,
                    )?))
                },
            },
            rules,
            packs,
            pack_rules,
            input_format: opts.input_format,
            names_files: opts.names.clone(),
        })
    }

    /// What loading the packs warned about (unsupported Vale kinds and
    /// options), for the caller to show.
    pub fn pack_warnings(&self) -> &[crate::packs::Warning] {
        &self.packs.warnings
    }

    /// The newsroom's packs this checker loaded (for a run's catalogue).
    pub fn packs(&self) -> &std::sync::Arc<crate::packs::Packs> {
        &self.packs
    }

    /// The pack rules this checker runs, with their effective severities.
    pub fn pack_rules(&self) -> Vec<(&crate::packs::PackRule, Severity)> {
        self.pack_rules
            .iter()
            .map(|&(b, i, s)| {
                let r = if b {
                    &crate::packs::builtin().rules[i]
                } else {
                    &self.packs.rules[i]
                };
                (r, s)
            })
            .collect()
    }

    /// The newsroom's names-list files (`--names`, `names:`), first the
    /// one a new entry goes to.
    pub fn names_files(&self) -> &[std::path::PathBuf] {
        &self.names_files
    }

    /// The sources quotations are checked against, if any were given.
    pub fn sources(&self) -> Option<&crate::sources::Sources> {
        self.settings.sources.as_deref()
    }

    /// The names lists this checker checks names against.
    pub fn names_list(&self) -> &crate::names::List {
        self.settings.names_list()
    }

    /// How the file at `path` is read: as `--input-format` says, else by
    /// its extension.
    pub fn format_of(&self, path: &str) -> Format {
        self.input_format.unwrap_or_else(|| Format::from_path(path))
    }

    pub fn lang(&self) -> &Lang {
        self.lang
    }

    /// The rules this checker runs, with the severity the user set for
    /// each, if any (otherwise findings keep the severity the rule gave).
    pub fn rules(&self) -> &[(&'static dyn Rule, Option<Severity>)] {
        &self.rules
    }

    /// `text` as one article under this checker's language.
    pub fn parse<'t>(&self, text: &'t str, format: Format) -> Article<'static, 't> {
        Article::parse(text, format, self.lang)
    }

    /// Findings on `text`, sorted by position, then rule id. A very large
    /// text is read a window at a time (see `crate::model::window`), so
    /// that memory holds a window's model per thread, not the file's.
    pub fn check(&self, text: &str, format: Format) -> Vec<Finding> {
        if format == Format::Html {
            return self.check_html(text);
        }
        self.check_ranges(text, format, windows(text, format))
    }

    /// Findings on an HTML page: the rules read the page's article text
    /// (see `crate::model::html`), and every finding is moved back to the
    /// bytes of the page it was found on; suppression comments apply
    /// there, at the page's own lines.
    fn check_html(&self, html: &str) -> Vec<Finding> {
        let page = crate::model::html::Page::read(html, &self.lang.text);
        let article =
            Article::new(page.document(&self.lang.text), self.lang).from_page(html, &page.map);
        let mut out = self.run_rules(&article);
        for f in &mut out {
            f.map_spans(|s| page.map.span(s));
        }
        if !page.directives.is_empty() {
            self.suppress(html, &page.directives, &mut out);
        }
        out.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        out.dedup();
        out
    }

    /// [`Checker::check`] with every file read in windows of about
    /// `window` bytes, whatever its size: for tests and fuzzing, which
    /// reach the windowed path with small texts.
    pub fn check_in_windows(&self, text: &str, format: Format, window: usize) -> Vec<Finding> {
        self.check_ranges(
            text,
            format,
            crate::model::window::cut(text, format, 0, window),
        )
    }

    /// [`Checker::check`] over the given windows of `text`.
    fn check_ranges(&self, text: &str, format: Format, ranges: Vec<Range<usize>>) -> Vec<Finding> {
        if ranges.len() == 1 {
            return self.check_article(&self.parse(text, format));
        }
        // The lines before each window, for messages that name a line.
        let mut lines = Vec::with_capacity(ranges.len());
        let mut seen = 0;
        let mut counted = 0;
        for r in &ranges {
            seen += memchr::memchr_iter(b'\n', &text.as_bytes()[counted..r.start]).count();
            counted = r.start;
            lines.push(seen);
        }
        let parts: Vec<(Vec<Finding>, Vec<Directive>)> = ranges
            .par_iter()
            .zip(lines)
            .map(|(r, before)| {
                let article =
                    Article::part(&text[r.clone()], format, self.lang, r.start == 0, before);
                let mut found = self.run_rules(&article);
                let base = r.start as u32;
                for f in &mut found {
                    f.shift(base);
                }
                // Sorted here, on the workers: the windows follow each
                // other, so their sorted parts in order are the sorted whole.
                found.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
                let directives = article
                    .doc
                    .directives
                    .iter()
                    .map(|d| d.shifted(base))
                    .collect();
                (found, directives)
            })
            .collect();
        // Sized once: a file holding an archive has a hundred thousand
        // findings, and a vector grown by doubling would hold the old and
        // the new copy at once.
        let mut out = Vec::with_capacity(parts.iter().map(|p| p.0.len()).sum());
        let mut directives = Vec::new();
        for (f, d) in parts {
            out.extend(f);
            directives.extend(d);
        }
        // Suppressions over the whole file: a disable in one window may
        // be ended in another.
        if !directives.is_empty() {
            self.suppress(text, &directives, &mut out);
        }
        // A sort of sorted findings would still take a scratch buffer half
        // their size; only ties at a window's edge can leave them unsorted.
        if !out.is_sorted_by(|a, b| a.sort_key() <= b.sort_key()) {
            out.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        }
        out.dedup();
        out
    }

    pub fn check_article(&self, article: &Article<'_, '_>) -> Vec<Finding> {
        let doc = &article.doc;
        let mut out = self.run_rules(article);
        // After every rule, pack rules included, so that suppressions
        // reach all findings.
        if !doc.directives.is_empty() {
            self.suppress(doc.text, &doc.directives, &mut out);
        }
        out.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        out.dedup();
        out
    }

    /// Every rule in force, built-in and pack, over one document, in no
    /// particular order and with no suppression applied.
    fn run_rules(&self, article: &Article<'_, '_>) -> Vec<Finding> {
        let doc = &article.doc;
        let cx = &Context::new(article, &self.settings);
        // A very large article builds what most rules read side by side.
        article.prefetch(true, true);
        let run = |(rule, configured): &(&'static dyn Rule, Option<Severity>)| {
            let mut sink = crate::rules::Sink::new(&doc.blocks, doc.text.len());
            rule.check(cx, &mut sink);
            let meta = rule.meta();
            let mut found = sink.finish(meta.id, configured.unwrap_or(meta.severity));
            // A configured severity overrides; otherwise each finding
            // keeps the severity its rule gave it (per signal, for claims).
            if let Some(severity) = configured {
                for f in &mut found {
                    f.severity = *severity;
                }
            }
            found
        };
        // Rules are independent: on one very large file they share the
        // machine, as the files of a folder do.
        let mut out: Vec<Finding> = if doc.text.len() >= PARALLEL_RULES_BYTES {
            self.rules.par_iter().flat_map_iter(run).collect()
        } else {
            self.rules.iter().flat_map(run).collect()
        };
        if !self.pack_rules.is_empty() {
            crate::packs::run_all(&self.pack_rules(), article, &mut out);
        }
        out
    }

    /// Applies the suppression comments of `text` to `out`.
    fn suppress(&self, text: &str, directives: &[Directive], out: &mut Vec<Finding>) {
        use crate::rules::suppressions_unused::{apply, Known, META};
        let pack_rules = self.pack_rules();
        let is_on = |id: &str| {
            self.rules.iter().any(|(r, _)| r.meta().id == id)
                || pack_rules.iter().any(|(r, _)| r.id == id)
        };
        let is_rule = |id: &str| is_rule(id, &self.packs);
        let report = self
            .rules
            .iter()
            .find(|(r, _)| r.meta().id == META.id)
            .map(|(r, s)| s.unwrap_or(r.meta().severity));
        apply(
            text,
            directives,
            out,
            &Known {
                is_rule: &is_rule,
                is_on: &is_on,
                report,
            },
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Head\n\nPolice made 3,000 arrests. The mayor welcomed the report.\n";

    fn severities(opts: &CheckOptions) -> Vec<Severity> {
        Checker::new(opts)
            .unwrap()
            .check(TEXT, Format::Plain)
            .iter()
            .filter(|f| f.rule == "claims.unattributed")
            .map(|f| f.severity)
            .collect()
    }

    #[test]
    fn findings_keep_the_rules_severity_unless_one_is_configured() {
        // claims.unattributed gives each finding its own severity (how
        // sure the claims model is); a configured one replaces them all.
        let given = severities(&CheckOptions::default());
        assert_eq!(given.len(), 2, "{given:?}");
        let mut configured = CheckOptions::default();
        configured
            .severities
            .insert("claims.unattributed".to_string(), Some(Severity::Error));
        assert_eq!(severities(&configured), [Severity::Error, Severity::Error]);
        let mut off = CheckOptions::default();
        off.severities
            .insert("claims.unattributed".to_string(), None);
        assert!(severities(&off).is_empty());
    }

    #[test]
    fn a_large_text_read_in_windows_gives_the_findings_of_one_read() {
        let mut text = String::from("Council Budget Vote\n\n");
        for k in 0..60 {
            text.push_str(&format!(
                "Paragraph {k} opens (a bracket and quotes \u{201c}a fragment.\n\n\
                 Then a plain one.\n\n\
                 \u{201c}A quotation that runs on,\n\n\u{201c}and ends here,\u{201d} she said.\n\n"
            ));
            if k == 5 {
                text.push_str("<!-- ascribe-disable brackets.unbalanced -->\n\n");
            }
            if k == 40 {
                text.push_str("<!-- ascribe-enable brackets.unbalanced -->\n\n");
            }
        }
        let checker = Checker::new(&CheckOptions::default()).unwrap();
        for format in [Format::Plain, Format::Markdown] {
            let one = std::iter::once(0..text.len()).collect();
            let whole = checker.check_ranges(&text, format, one);
            assert!(whole.len() > 60, "{}", whole.len());
            let ranges = crate::model::window::cut(&text, format, 0, 700);
            assert!(ranges.len() > 5, "{}", ranges.len());
            assert_eq!(
                checker.check_ranges(&text, format, ranges),
                whole,
                "{format:?}"
            );
        }
    }

    #[test]
    fn enabling_an_unknown_rule_is_an_error() {
        let opts = CheckOptions {
            enabled: ["claims.nope".to_string()].into_iter().collect(),
            ..CheckOptions::default()
        };
        assert!(Checker::new(&opts).is_err());
    }
}
