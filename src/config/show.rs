//! `ascribe config PATH`: the effective configuration, as YAML.

use super::layer::Effective;
use crate::finding::Severity;
use crate::lang::Family;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Serialize)]
#[serde(rename_all = "kebab-case")]
struct Shown<'a> {
    path: &'a str,
    /// The configuration file that applied, or null.
    config: Option<&'a str>,
    /// Globs of the override blocks that matched.
    overrides: &'a [String],
    lang: &'a str,
    quote_style: Option<Family>,
    fail_level: Severity,
    packs: Vec<String>,
    names: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    sources: Vec<String>,
    /// Sources given a speaker, and who.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    source_speakers: BTreeMap<String, &'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker_label: Option<&'a str>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    speaker_names: BTreeMap<&'a str, &'a str>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    spelt_numbers: bool,
    #[serde(serialize_with = "in_order")]
    rules: Vec<(&'a str, ShownRule<'a>)>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum ShownRule<'a> {
    Severity(&'static str),
    WithOptions {
        severity: &'static str,
        #[serde(flatten)]
        options: &'a BTreeMap<String, String>,
    },
}

/// The rules as one mapping, in the order given.
fn in_order<S: serde::Serializer>(
    rules: &[(&str, ShownRule<'_>)],
    s: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut m = s.serialize_map(Some(rules.len()))?;
    for (id, r) in rules {
        m.serialize_entry(id, r)?;
    }
    m.end()
}

fn slash(p: &std::path::Path) -> String {
    p.to_string_lossy().replace('\\', "/")
}

/// The effective configuration of `path` as YAML: every rule of
/// `catalogue` (built-in and pack rules) with its severity (`off` when it
/// does not run) and options, built-in rules first, each part by id; then
/// rules the configuration sets that no pack loaded defines.
pub fn render(path: &str, e: &Effective, catalogue: &crate::catalogue::Catalogue) -> String {
    let o = &e.options;
    let mut rules = Vec::new();
    let shown = |id: &str, s: Option<Severity>| {
        let severity = s.map_or("off", Severity::as_str);
        match o.rule_options.get(id) {
            Some(options) => ShownRule::WithOptions { severity, options },
            None => ShownRule::Severity(severity),
        }
    };
    for m in catalogue.entries() {
        let s = match o.severities.get(&m.id) {
            Some(s) => *s,
            None if m.preview && !o.enabled.contains(&m.id) => None,
            None => Some(m.severity),
        };
        rules.push((m.id.as_str(), shown(&m.id, s)));
    }
    for (id, s) in &o.severities {
        if catalogue.find(id).is_none() {
            rules.push((id.as_str(), shown(id, *s)));
        }
    }
    let shown = Shown {
        path,
        config: e.config.as_deref(),
        overrides: &e.overrides,
        lang: o.lang.as_deref().unwrap_or("en"),
        quote_style: o.quote_style,
        fail_level: e.fail_level,
        packs: o.packs.iter().map(|p| slash(p)).collect(),
        names: o.names.iter().map(|p| slash(p)).collect(),
        sources: o.sources.iter().map(|p| slash(p)).collect(),
        source_speakers: o
            .source_speakers
            .iter()
            .map(|(p, who)| (slash(p), who.as_str()))
            .collect(),
        speaker_label: o.speaker_label.as_deref(),
        speaker_names: o
            .speaker_names
            .iter()
            .map(|(l, n)| (l.as_str(), n.as_str()))
            .collect(),
        spelt_numbers: o.spelt_numbers,
        rules,
    };
    serde_yaml::to_string(&shown).expect("plain data serialises")
}
