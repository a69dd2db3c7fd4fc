//! One rule file as written: Vale's YAML keys plus ascribe's own, checked
//! before any regex is built so that a typo is named with its line.

use crate::error::Error;
use serde::Deserialize;
use serde_yaml::{Mapping, Value};

/// Larger rule files are refused before parsing: real rules are a few
/// kilobytes, and a huge file is more likely a mistake or an attack.
pub const MAX_FILE_BYTES: usize = 1 << 20;

/// Keys ascribe reads.
pub const KNOWN_KEYS: &[&str] = &[
    "extends",
    "message",
    "description",
    "link",
    "level",
    "scope",
    "ignorecase",
    "nonword",
    "tokens",
    "raw",
    "token",
    "swap",
    "either",
    "max",
    "min",
    "first",
    "second",
    "match",
    "style",
    "threshold",
    "indicators",
    "prefix",
    "exceptions",
    "action",
    "vocab",
    "append",
    "alpha",
    "capitalize",
    "examples",
    "preview",
];

/// Vale keys ascribe does not act on: a warning, not an error, so that Vale
/// styles still load.
pub const VALE_ONLY_KEYS: &[&str] = &[
    "limit",
    "category",
    "code",
    "dicpath",
    "dictionaries",
    "filters",
    "ignore",
    "custom",
    "formula",
    "condition",
    "metric",
    "script",
    "sentences",
    "locale",
];

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    pub extends: String,
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub link: Option<String>,
    #[serde(default)]
    pub level: Option<String>,
    #[serde(default)]
    pub scope: Option<OneOrMany>,
    #[serde(default)]
    pub ignorecase: bool,
    #[serde(default)]
    pub nonword: bool,
    #[serde(default)]
    pub tokens: Vec<Value>,
    #[serde(default)]
    pub raw: Vec<String>,
    #[serde(default)]
    pub token: Option<String>,
    #[serde(default)]
    pub swap: Mapping,
    #[serde(default)]
    pub either: Mapping,
    #[serde(default)]
    pub max: Option<usize>,
    #[serde(default)]
    pub min: Option<usize>,
    #[serde(default)]
    pub first: Option<String>,
    #[serde(default)]
    pub second: Option<String>,
    #[serde(default, rename = "match")]
    pub match_: Option<String>,
    #[serde(default)]
    pub style: Option<String>,
    #[serde(default)]
    pub threshold: Option<f64>,
    #[serde(default)]
    pub indicators: Vec<String>,
    #[serde(default)]
    pub prefix: Option<String>,
    #[serde(default)]
    pub exceptions: Vec<Value>,
    #[serde(default)]
    pub action: Option<Action>,
    #[serde(default)]
    pub vocab: Option<bool>,
    #[serde(default)]
    pub append: bool,
    #[serde(default)]
    pub alpha: bool,
    #[serde(default)]
    pub capitalize: bool,
    #[serde(default)]
    pub examples: Vec<Example>,
    /// ascribe's own: off unless enabled, like a preview built-in rule.
    #[serde(default)]
    pub preview: bool,
    // Vale keys that are accepted and ignored (a warning says so).
    #[serde(default)]
    pub limit: Option<Value>,
    #[serde(default)]
    pub category: Option<Value>,
    #[serde(default)]
    pub code: Option<Value>,
    #[serde(default)]
    pub dicpath: Option<Value>,
    #[serde(default)]
    pub dictionaries: Option<Value>,
    #[serde(default)]
    pub filters: Option<Value>,
    #[serde(default)]
    pub ignore: Option<Value>,
    #[serde(default)]
    pub custom: Option<Value>,
    #[serde(default)]
    pub formula: Option<Value>,
    #[serde(default)]
    pub condition: Option<Value>,
    #[serde(default)]
    pub metric: Option<Value>,
    #[serde(default)]
    pub script: Option<Value>,
    #[serde(default)]
    pub sentences: Option<Value>,
    #[serde(default)]
    pub locale: Option<Value>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    pub fn items(&self) -> Vec<&str> {
        match self {
            OneOrMany::One(s) => vec![s.as_str()],
            OneOrMany::Many(v) => v.iter().map(String::as_str).collect(),
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub params: Vec<String>,
}

/// A worked example a shipped rule carries: text and what it should find.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub text: String,
    pub expect: Expect,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(untagged)]
pub enum Expect {
    /// How many findings.
    Count(usize),
    /// The text each finding points at, in order.
    Findings(Vec<String>),
}

/// A scalar YAML key or value as text (`yes`, `12` and `1.5` included, as
/// Vale reads them).
pub fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Parses a rule file, refusing oversized files and alias bombs, and
/// rejecting keys neither ascribe nor Vale knows with the nearest valid key.
pub fn parse(path: &str, text: &str) -> Result<(RuleFile, Vec<String>), Error> {
    if text.len() > MAX_FILE_BYTES {
        return Err(config(
            path,
            None,
            format!(
                "rule file is {} bytes; the limit is {MAX_FILE_BYTES}",
                text.len()
            ),
        ));
    }
    let value: Value = serde_yaml::from_str(text).map_err(|e| {
        if e.to_string().contains("repetition limit") {
            config(
                path,
                None,
                "too many YAML alias expansions (an alias bomb?); rule files need no aliases"
                    .into(),
            )
        } else {
            Error::from_yaml(path, e)
        }
    })?;
    let Value::Mapping(map) = &value else {
        return Err(config(
            path,
            Some(1),
            "expected a mapping of rule keys (extends, message, ...)".into(),
        ));
    };
    let mut ignored = Vec::new();
    for key in map.keys() {
        let k = scalar(key).unwrap_or_default();
        if KNOWN_KEYS.contains(&k.as_str()) {
            continue;
        }
        if VALE_ONLY_KEYS.contains(&k.as_str()) {
            ignored.push(k);
            continue;
        }
        let nearest = KNOWN_KEYS
            .iter()
            .chain(VALE_ONLY_KEYS)
            .map(|c| (strsim::damerau_levenshtein(&k, c), *c))
            .min()
            .filter(|(d, _)| *d <= 3)
            .map(|(_, c)| format!("; did you mean `{c}`?"))
            .unwrap_or_default();
        return Err(config(
            path,
            key_line(text, &k),
            format!("unknown key `{k}`{nearest}"),
        ));
    }
    if !map.contains_key("extends") {
        return Err(config(
            path,
            Some(1),
            "missing key `extends` (existence, substitution, ...)".into(),
        ));
    }
    // Parsed again from the text, not the value, so that a wrong type is
    // reported with its line and column.
    let file: RuleFile = serde_yaml::from_str(text).map_err(|e| Error::from_yaml(path, e))?;
    Ok((file, ignored))
}

pub fn config(path: &str, line: Option<usize>, message: String) -> Error {
    Error::Config {
        path: path.to_string(),
        line,
        column: line.map(|_| 1),
        message,
    }
}

/// 1-based line where top-level `key:` is written.
pub fn key_line(text: &str, key: &str) -> Option<usize> {
    text.lines()
        .position(|l| {
            let l = l.trim_start_matches(['"', '\'']);
            l.strip_prefix(key)
                .map(|rest| rest.trim_start_matches(['"', '\'']).starts_with(':'))
                .unwrap_or(false)
        })
        .map(|i| i + 1)
}

/// 1-based line of the first line holding `needle` (a token as written),
/// else of `key`.
pub fn value_line(text: &str, key: &str, needle: &str) -> Option<usize> {
    let first = needle.lines().next().unwrap_or(needle);
    if !first.is_empty() {
        if let Some(i) = text.lines().position(|l| l.contains(first)) {
            return Some(i + 1);
        }
    }
    key_line(text, key)
}
