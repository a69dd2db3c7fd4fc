//! Layering: shipped defaults < configuration file < its override blocks
//! that match the file < command-line flags.

use super::file::ConfigFile;
use super::rules::{may_be_pack_rule, RuleTable};
use crate::check::CheckOptions;
use crate::error::Error;
use crate::finding::Severity;
use crate::lang::Family;
use std::path::{Path, PathBuf};

/// What the command line says; each flag given beats the configuration.
#[derive(Debug, Clone, Default)]
pub struct Flags {
    pub lang: Option<String>,
    pub quote_style: Option<Family>,
    pub fail_level: Option<Severity>,
    /// Added to the configuration's lists.
    pub names: Vec<PathBuf>,
    pub packs: Vec<PathBuf>,
    pub enable: Vec<String>,
    pub disable: Vec<String>,
    /// Rule options given as flags (rule id, option, value), over the
    /// configuration's: `--claims-scope` is `scope` of
    /// `claims.unattributed`.
    pub rule_options: Vec<(String, String, String)>,
    /// `--input-format`: how every input is read, whatever its name.
    pub input_format: Option<crate::model::Format>,
    /// `--sources`: added to the configuration's, expanded already.
    pub sources: Vec<PathBuf>,
    /// `--speaker-label`: over the configuration's.
    pub speaker_label: Option<String>,
    /// `--speaker-name LABEL=NAME`: over the configuration's for the same
    /// label.
    pub speaker_names: Vec<(String, String)>,
    /// `--spelt-numbers`: on whatever the configuration says.
    pub spelt_numbers: bool,
}

impl Flags {
    /// Rejects a `--lang` and `--enable`/`--disable` ids that cannot be
    /// used, before any file is looked at.
    pub fn validate(&self) -> Result<(), Error> {
        if let Some(lang) = &self.lang {
            crate::lang::Lang::builtin(lang)?;
        }
        for id in self.enable.iter().chain(&self.disable) {
            if crate::rules::find(id).is_none() && !may_be_pack_rule(id) {
                return Err(Error::Usage(format!(
                    "unknown rule `{id}` (see `ascribe rules`){}",
                    crate::suggest::did_you_mean(
                        id,
                        crate::rules::REGISTRY.iter().map(|r| r.meta().id)
                    )
                )));
            }
        }
        Ok(())
    }
}

/// The configuration one file is checked with.
#[derive(Debug, Clone, PartialEq)]
pub struct Effective {
    /// Shared: the files under one configuration without override blocks
    /// all get the same options, and a folder of thousands of articles
    /// should not copy them for each.
    pub options: std::sync::Arc<CheckOptions>,
    /// Findings at or above this make the run fail (exit 1).
    pub fail_level: Severity,
    /// The configuration file that applied, as shown to the user.
    pub config: Option<String>,
    /// The globs of the override blocks that matched, in file order.
    pub overrides: Vec<String>,
}

/// Layers `flags` over `config` (and those of its override blocks that
/// match `rel`, the file's path relative to the configuration's folder)
/// over the shipped defaults.
pub fn effective(
    config: Option<&ConfigFile>,
    rel: Option<&Path>,
    flags: &Flags,
) -> Result<Effective, Error> {
    let mut opts = CheckOptions::default();
    let mut fail_level = Severity::Warning;
    let mut overrides = Vec::new();
    if let Some(c) = config {
        opts.lang = c.lang.clone();
        opts.quote_style = c.quote_style;
        opts.packs = c.packs.clone();
        opts.names = c.names.clone();
        opts.sources = c.sources.clone();
        opts.speaker_label = c.speaker_label.clone();
        opts.speaker_names = c.speaker_names.clone();
        opts.source_speakers = c.source_speakers.clone();
        opts.spelt_numbers = c.spelt_numbers.unwrap_or(false);
        fail_level = c.fail_level.unwrap_or(fail_level);
        apply(&mut opts, &c.rules);
        if let Some(rel) = rel {
            for o in c.overrides.iter().filter(|o| o.matches(rel)) {
                apply(&mut opts, &o.rules);
                overrides.push(o.describe());
            }
        }
    }
    if flags.lang.is_some() {
        opts.lang = flags.lang.clone();
    }
    if flags.quote_style.is_some() {
        opts.quote_style = flags.quote_style;
    }
    fail_level = flags.fail_level.unwrap_or(fail_level);
    opts.names.extend(flags.names.iter().cloned());
    opts.packs.extend(flags.packs.iter().cloned());
    opts.sources.extend(flags.sources.iter().cloned());
    if flags.speaker_label.is_some() {
        opts.speaker_label = flags.speaker_label.clone();
    }
    for (label, name) in &flags.speaker_names {
        opts.speaker_names.retain(|(l, _)| l != label);
        opts.speaker_names.push((label.clone(), name.clone()));
    }
    opts.speaker_names.sort();
    opts.spelt_numbers |= flags.spelt_numbers;
    for id in &flags.enable {
        // An enabled rule keeps a severity the configuration gave it;
        // otherwise its findings keep the severities the rule gives them.
        if !matches!(opts.severities.get(id), Some(Some(_))) {
            opts.severities.remove(id);
            opts.enabled.insert(id.clone());
        }
    }
    for (id, name, value) in &flags.rule_options {
        opts.rule_options
            .entry(id.clone())
            .or_default()
            .insert(name.clone(), value.clone());
    }
    for id in &flags.disable {
        opts.severities.insert(id.clone(), None);
    }
    opts.input_format = flags.input_format;
    Ok(Effective {
        options: std::sync::Arc::new(opts),
        fail_level,
        config: config.map(|c| c.shown.clone()),
        overrides,
    })
}

fn apply(opts: &mut CheckOptions, table: &RuleTable) {
    for (id, setting) in &table.0 {
        if let Some(s) = setting.severity {
            opts.severities.insert(id.clone(), s);
        }
        if !setting.options.is_empty() {
            let mine = opts.rule_options.entry(id.clone()).or_default();
            for (k, v) in &setting.options {
                mine.insert(k.clone(), v.clone());
            }
        }
    }
}
