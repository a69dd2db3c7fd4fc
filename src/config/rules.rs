//! The `rules:` table of a configuration file: rule ids mapped to a
//! severity or to a map of a severity and rule options.

use crate::finding::Severity;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;

/// What a configuration says about one rule.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RuleSetting {
    /// `None`: severity not given; `Some(None)`: `off`.
    pub severity: Option<Option<Severity>>,
    /// Options beyond the severity, as written (`scope: sentence`).
    pub options: BTreeMap<String, String>,
}

/// Rule ids in the order written, each once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RuleTable(pub Vec<(String, RuleSetting)>);

/// The option names `id` accepts, `severity` first (a rule not built in,
/// such as a pack's, takes `severity` alone).
pub fn option_names(id: &str) -> Vec<&'static str> {
    match crate::rules::find(id) {
        Some(r) => r.meta().option_names(),
        None => vec!["severity"],
    }
}

/// Checks options against what a built-in rule declares.
pub fn check_options(id: &str, options: &BTreeMap<String, String>) -> Result<(), String> {
    match crate::rules::find(id) {
        Some(r) => r.meta().check_options(options),
        None => Ok(()),
    }
}

/// `Some(reason)` when `id` can be no rule: an unknown id in a built-in
/// family, or no family at all. Ids of other families (`House.Utilize`)
/// may come from rule packs and are judged once packs load.
pub fn unknown_builtin(id: &str) -> Option<String> {
    if crate::rules::find(id).is_some() || may_be_pack_rule(id) {
        return None;
    }
    Some(format!(
        "unknown rule `{id}` (see `ascribe rules`){}",
        crate::suggest::did_you_mean(id, crate::rules::REGISTRY.iter().map(|r| r.meta().id))
    ))
}

/// An id a rule pack could define: `Folder.Rule`, in no built-in family.
pub fn may_be_pack_rule(id: &str) -> bool {
    match id.split_once('.') {
        Some((family, rest)) => {
            !family.is_empty()
                && !rest.is_empty()
                && !crate::rules::BUILTIN_FAMILIES.contains(&family)
        }
        None => false,
    }
}

fn parse_severity(s: &str) -> Result<Option<Severity>, String> {
    match s {
        "off" => Ok(None),
        _ => s.parse::<Severity>().map(Some).map_err(|_| {
            format!(
                "`{s}` is not a severity: expected off, info, warning or error{}",
                crate::suggest::did_you_mean(s, ["off", "info", "warning", "error"])
            )
        }),
    }
}

impl<'de> Deserialize<'de> for RuleTable {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(TableVisitor)
    }
}

struct TableVisitor;

impl<'de> Visitor<'de> for TableVisitor {
    type Value = RuleTable;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            "a map from rule ids to off, info, warning, error or {severity: ..., option: ...}",
        )
    }

    fn visit_unit<E: de::Error>(self) -> Result<RuleTable, E> {
        Ok(RuleTable::default())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RuleTable, A::Error> {
        let mut out: Vec<(String, RuleSetting)> = Vec::new();
        while let Some(id) = map.next_key::<String>()? {
            if let Some(reason) = unknown_builtin(&id) {
                return Err(de::Error::custom(reason));
            }
            if out.iter().any(|(k, _)| *k == id) {
                return Err(de::Error::custom(format!("rule `{id}` is set twice")));
            }
            let setting: SettingValue = map.next_value()?;
            let setting = setting.0;
            check_options(&id, &setting.options).map_err(de::Error::custom)?;
            out.push((id, setting));
        }
        Ok(RuleTable(out))
    }
}

/// One rule's value: a severity word, or a map.
struct SettingValue(RuleSetting);

impl<'de> Deserialize<'de> for SettingValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(SettingVisitor)
    }
}

struct SettingVisitor;

impl<'de> Visitor<'de> for SettingVisitor {
    type Value = SettingValue;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("off, info, warning, error, or a map such as {severity: error}")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<SettingValue, E> {
        Ok(SettingValue(RuleSetting {
            severity: Some(parse_severity(v).map_err(E::custom)?),
            options: BTreeMap::new(),
        }))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<SettingValue, E> {
        // YAML 1.1 readers take a bare `off` for false; say what to write.
        Err(E::custom(format!(
            "`{v}` is not a severity: expected off, info, warning or error"
        )))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<SettingValue, A::Error> {
        let mut s = RuleSetting::default();
        while let Some(key) = map.next_key::<String>()? {
            let value: Scalar = map.next_value()?;
            if key == "severity" {
                s.severity = Some(parse_severity(&value.0).map_err(de::Error::custom)?);
            } else if s.options.insert(key.clone(), value.0).is_some() {
                return Err(de::Error::custom(format!("option `{key}` is set twice")));
            }
        }
        Ok(SettingValue(s))
    }
}

/// An option value: any YAML scalar, kept as its text.
struct Scalar(String);

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Scalar;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a single value (a word or number)")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
        }
        d.deserialize_any(V)
    }
}
