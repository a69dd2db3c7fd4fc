//! Reading one `.ascribe.yaml`: its shape, and errors that name the file,
//! line and column and what was expected.

use super::rules::RuleTable;
use crate::error::Error;
use crate::finding::Severity;
use crate::lang::Family;
use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;
use std::fmt;
use std::path::{Path, PathBuf};

/// A configuration file is a page of settings; anything larger is a
/// mistake (or an attack) and is refused before parsing.
pub const MAX_CONFIG_BYTES: u64 = 1 << 20;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawConfig {
    #[serde(default)]
    packs: Vec<String>,
    #[serde(default)]
    names: Vec<String>,
    /// Transcripts and releases to check quotations against: files,
    /// folders or globs, relative to this file's folder, each perhaps
    /// with the name of who speaks in it.
    #[serde(default)]
    sources: Vec<super::source_entry::SourceEntry>,
    /// How the sources label a speaker's turn (a regular expression).
    #[serde(default)]
    speaker_label: Option<String>,
    /// Full names for the sources' speaker labels (`TRUMP: Donald
    /// Trump`): a label that gives a surname alone is anyone of that
    /// surname until it is named.
    #[serde(default)]
    speaker_names: std::collections::BTreeMap<String, String>,
    /// Numbers in figures and in words are the same words of a quotation.
    #[serde(default)]
    spelt_numbers: Option<bool>,
    #[serde(default)]
    rules: RuleTable,
    #[serde(default)]
    overrides: Vec<RawOverride>,
    #[serde(default, deserialize_with = "lang_name")]
    lang: Option<String>,
    #[serde(default)]
    quote_style: Option<QuoteStyle>,
    #[serde(default)]
    fail_level: Option<Severity>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOverride {
    files: Globs,
    #[serde(default)]
    rules: RuleTable,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "lowercase")]
enum QuoteStyle {
    Curly,
    Straight,
    Guillemet,
    Low,
    Corner,
}

impl QuoteStyle {
    fn family(self) -> Family {
        match self {
            QuoteStyle::Curly => Family::Curly,
            QuoteStyle::Straight => Family::Straight,
            QuoteStyle::Guillemet => Family::Guillemet,
            QuoteStyle::Low => Family::Low,
            QuoteStyle::Corner => Family::Corner,
        }
    }
}

fn lang_name<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    struct V;
    impl<'de> Visitor<'de> for V {
        type Value = Option<String>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a language name such as en")
        }
        // Checked here, inside the parser's call, so the error carries
        // the value's line and column.
        fn visit_str<E: de::Error>(self, name: &str) -> Result<Option<String>, E> {
            let known = crate::lang::Lang::builtin_names();
            if known.contains(&name) {
                return Ok(Some(name.to_string()));
            }
            Err(E::custom(format!(
                "unknown language `{name}`: expected one of {}{}",
                known.join(", "),
                crate::suggest::did_you_mean(name, known.iter().copied())
            )))
        }
    }
    d.deserialize_str(V)
}

/// `files:` takes one glob or a list of them; each must compile.
#[derive(Debug)]
struct Globs(Vec<(String, globset::GlobMatcher)>);

impl<'de> Deserialize<'de> for Globs {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Globs;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a glob such as \"opinion/**\", or a list of globs")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Globs, E> {
                Ok(Globs(vec![compile(v).map_err(E::custom)?]))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Globs, A::Error> {
                let mut out = Vec::new();
                while let Some(g) = seq.next_element::<String>()? {
                    out.push(compile(&g).map_err(de::Error::custom)?);
                }
                if out.is_empty() {
                    return Err(de::Error::custom("`files` lists no globs"));
                }
                Ok(Globs(out))
            }
        }
        d.deserialize_any(V)
    }
}

fn compile(glob: &str) -> Result<(String, globset::GlobMatcher), String> {
    // `*` stays within one folder, as in .gitignore; `**` crosses folders.
    globset::GlobBuilder::new(glob)
        .literal_separator(true)
        .build()
        .map(|g| (glob.to_string(), g.compile_matcher()))
        .map_err(|e| format!("bad glob `{glob}`: {}", e.kind()))
}

/// An override block: rule settings for the files its globs match.
#[derive(Debug)]
pub struct Override {
    pub globs: Vec<(String, globset::GlobMatcher)>,
    pub rules: RuleTable,
}

impl Override {
    /// Whether `rel` (a path relative to the configuration's folder, with
    /// `/` separators) is one of this block's files.
    pub fn matches(&self, rel: &Path) -> bool {
        self.globs.iter().any(|(_, g)| g.is_match(rel))
    }

    pub fn describe(&self) -> String {
        let globs: Vec<&str> = self.globs.iter().map(|(s, _)| s.as_str()).collect();
        globs.join(", ")
    }
}

/// A configuration file, read and checked.
#[derive(Debug)]
pub struct ConfigFile {
    /// The file as shown to the user (relative to the working folder when
    /// it lies below it).
    pub shown: String,
    /// Its folder, absolute: globs and paths in it are relative to it.
    pub dir: PathBuf,
    /// Folders of rule files; shown-style paths (see `shown`).
    pub packs: Vec<PathBuf>,
    /// Names lists; shown-style paths.
    pub names: Vec<PathBuf>,
    /// Source files, globs and folders expanded; shown-style paths.
    pub sources: Vec<PathBuf>,
    /// Source files whose words outside labelled turns are one person's
    /// (a `sources:` entry with a `speaker`), and that person.
    pub source_speakers: Vec<(PathBuf, String)>,
    pub speaker_label: Option<String>,
    /// Speaker labels and the full names they stand for.
    pub speaker_names: Vec<(String, String)>,
    pub spelt_numbers: Option<bool>,
    pub rules: RuleTable,
    pub overrides: Vec<Override>,
    pub lang: Option<String>,
    pub quote_style: Option<Family>,
    pub fail_level: Option<Severity>,
}

/// An error in `shown` at the YAML parser's location.
fn yaml_error(shown: &str, e: serde_yaml::Error) -> Error {
    let loc = e.location();
    let message = crate::error::yaml_message(&e.to_string());
    Error::Config {
        path: shown.to_string(),
        line: loc.as_ref().map(|l| l.line()),
        column: loc.as_ref().map(|l| l.column()),
        message: crate::suggest::improve(&message),
    }
}

/// The first place `needle` is written as a YAML value or key, for errors
/// found after parsing (the parser's own locations are gone by then).
fn locate(text: &str, needle: &str) -> (Option<usize>, Option<usize>) {
    for (i, line) in text.lines().enumerate() {
        let code = line.split(" #").next().unwrap_or(line);
        if code.trim_start().starts_with('#') {
            continue;
        }
        if let Some(col) = code.find(needle) {
            return (Some(i + 1), Some(line[..col].chars().count() + 1));
        }
    }
    (None, None)
}

impl ConfigFile {
    /// Reads the configuration at `path` (absolute); `shown` names it in
    /// messages; `cwd` is the folder paths are shown relative to.
    pub fn load(path: &Path, shown: &str, cwd: &Path) -> Result<ConfigFile, Error> {
        let err = |line, column, message: String| Error::Config {
            path: shown.to_string(),
            line,
            column,
            message,
        };
        let meta = std::fs::metadata(path).map_err(|e| err(None, None, e.to_string()))?;
        if meta.len() > MAX_CONFIG_BYTES {
            return Err(err(
                None,
                None,
                format!(
                    "{} bytes is too large for a configuration file (at most {MAX_CONFIG_BYTES})",
                    meta.len()
                ),
            ));
        }
        let text = std::fs::read_to_string(path).map_err(|e| err(None, None, e.to_string()))?;
        Self::parse(&text, path, shown, cwd)
    }

    /// `load`, from text already read.
    pub fn parse(text: &str, path: &Path, shown: &str, cwd: &Path) -> Result<ConfigFile, Error> {
        let err = |(line, column): (Option<usize>, Option<usize>), message: String| Error::Config {
            path: shown.to_string(),
            line,
            column,
            message,
        };
        // An empty file (or one of comments) is a valid, empty configuration.
        let raw: RawConfig = if text.trim().is_empty()
            || text.lines().all(|l| {
                let t = l.trim();
                t.is_empty() || t.starts_with('#') || t == "---"
            }) {
            RawConfig::default()
        } else {
            serde_yaml::from_str(text).map_err(|e| yaml_error(shown, e))?
        };
        // Ids of other families are pack rules; without packs they are typos.
        if raw.packs.is_empty() {
            let tables = std::iter::once(&raw.rules).chain(raw.overrides.iter().map(|o| &o.rules));
            for table in tables {
                if let Some((id, _)) = table
                    .0
                    .iter()
                    .find(|(id, _)| crate::rules::find(id).is_none())
                {
                    return Err(err(
                        locate(text, id),
                        format!(
                            "unknown rule `{id}`: not a built-in rule, and this file lists no `packs` that could define it{}",
                            crate::suggest::did_you_mean(
                                id,
                                crate::rules::REGISTRY.iter().map(|r| r.meta().id)
                            )
                        ),
                    ));
                }
            }
        }
        let dir = path.parent().unwrap_or(Path::new("/")).to_path_buf();
        let resolve = |entries: &[String],
                       want_dir: bool,
                       what: &str|
         -> Result<Vec<PathBuf>, Error> {
            let mut out = Vec::new();
            for entry in entries {
                let abs = dir.join(entry);
                let ok = match std::fs::metadata(&abs) {
                    Ok(m) => m.is_dir() == want_dir,
                    Err(_) => false,
                };
                if !ok {
                    let expected = if want_dir { "a folder" } else { "a file" };
                    return Err(err(
                        locate(text, entry),
                        format!(
                            "{what} `{entry}` is not {expected} (paths are relative to this file's folder)"
                        ),
                    ));
                }
                out.push(super::discover::relative_to(&abs, cwd));
            }
            Ok(out)
        };
        let packs = resolve(&raw.packs, true, "pack")?;
        let names = resolve(&raw.names, false, "names list")?;
        let mut sources = Vec::new();
        let mut source_speakers = Vec::new();
        for entry in &raw.sources {
            let (speaker, entry) = (&entry.speaker, &entry.path);
            let found = crate::sources::expand(entry, &dir).map_err(|e| {
                let message = match e {
                    Error::Usage(m) => m,
                    other => other.to_string(),
                };
                err(
                    locate(text, entry),
                    format!("{message} (paths are relative to this file's folder)"),
                )
            })?;
            let found = found.iter().map(|p| super::discover::relative_to(p, cwd));
            for p in found {
                if let Some(who) = speaker {
                    source_speakers.push((p.clone(), who.clone()));
                }
                sources.push(p);
            }
        }
        for (label, name) in &raw.speaker_names {
            if label.trim().is_empty() || name.trim().is_empty() {
                return Err(err(
                    locate(text, "speaker-names"),
                    "speaker-names: each entry is `LABEL: Full Name`, neither empty".to_string(),
                ));
            }
        }
        if let Some(label) = &raw.speaker_label {
            if let Err(e) = regex::Regex::new(label) {
                return Err(err(
                    locate(text, "speaker-label"),
                    format!("speaker-label is not a regular expression: {e}"),
                ));
            }
        }
        Ok(ConfigFile {
            shown: shown.to_string(),
            dir,
            packs,
            names,
            sources,
            source_speakers,
            speaker_label: raw.speaker_label,
            speaker_names: raw.speaker_names.into_iter().collect(),
            spelt_numbers: raw.spelt_numbers,
            rules: raw.rules,
            overrides: raw
                .overrides
                .into_iter()
                .map(|o| Override {
                    globs: o.files.0,
                    rules: o.rules,
                })
                .collect(),
            lang: raw.lang,
            quote_style: raw.quote_style.map(QuoteStyle::family),
            fail_level: raw.fail_level,
        })
    }
}
