//! One catalogue of the rules a run knows: the built-in rules, the shipped
//! packs' rules and the newsroom's pack rules, each once: built-in rules
//! first, then pack rules, each part sorted by id.
//! `ascribe rules`, `ascribe explain`, `ascribe config` and the SARIF
//! report's rule descriptors all read it, so a pack rule is described
//! wherever a built-in one is.

use crate::finding::Severity;
use crate::packs::{PackRule, Packs};

/// Where a rule comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    BuiltIn,
    /// A rule file: its kind (`existence`, …) and where it was read
    /// (`built-in (rules/packs/…)` for the shipped packs).
    Pack {
        kind: &'static str,
        from: String,
    },
}

/// What a rule declares about itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    pub severity: Severity,
    /// Off unless enabled.
    pub preview: bool,
    /// One line, for listings and SARIF's short description.
    pub summary: String,
    /// Markdown: for a built-in rule the sections "What it does", "Why",
    /// "Example"; for a pack rule its message, description, link and
    /// examples.
    pub doc: String,
    pub origin: Origin,
}

/// A built-in rule's doc, with its options (declared beside the rule)
/// listed after "What it does".
fn with_options(m: &crate::rules::RuleMeta) -> String {
    let doc = m.doc.trim_end();
    if m.options.is_empty() {
        return doc.to_string();
    }
    let mut list = String::from("## Options\n");
    for o in m.options {
        list.push_str(&format!(
            "- `{}`: {} ({}; default `{}`)\n",
            o.name,
            o.doc,
            o.values.join(", "),
            o.values.first().copied().unwrap_or("")
        ));
    }
    match doc.find("\n## Why") {
        Some(at) => format!("{}\n\n{}{}", doc[..at].trim_end(), list, &doc[at..]),
        None => format!("{doc}\n\n{list}"),
    }
}

impl Entry {
    fn builtin(m: &crate::rules::RuleMeta) -> Entry {
        Entry {
            id: m.id.to_string(),
            severity: m.severity,
            preview: m.preview,
            summary: m.summary.to_string(),
            doc: with_options(m),
            origin: Origin::BuiltIn,
        }
    }

    fn pack(r: &PackRule) -> Entry {
        let summary = r
            .description
            .as_deref()
            .and_then(|d| d.lines().map(str::trim).find(|l| !l.is_empty()))
            .unwrap_or(&r.message)
            .to_string();
        Entry {
            id: r.id.clone(),
            severity: r.severity,
            preview: r.preview,
            summary,
            doc: crate::packs::explain_body(r),
            origin: Origin::Pack {
                kind: r.kind.as_str(),
                from: r.origin.clone(),
            },
        }
    }

    /// `ascribe explain`: the rule's id, severity, origin and doc.
    pub fn explain(&self) -> String {
        let preview = if self.preview {
            " (preview rule: off unless --enable)"
        } else {
            ""
        };
        match &self.origin {
            Origin::BuiltIn => format!(
                "# {}\n\nDefault severity: {}{preview}\n\n{}\n\n{}\n",
                self.id, self.severity, self.summary, self.doc
            ),
            Origin::Pack { kind, from } => format!(
                "# {}\n\nA {kind} rule from {from}.\nDefault severity: {}{preview}\n\n{}",
                self.id, self.severity, self.doc
            ),
        }
    }

    /// One line of `ascribe rules`.
    pub fn listing(&self) -> String {
        let preview = if self.preview {
            " (preview: off unless --enable)"
        } else {
            ""
        };
        let what = match &self.origin {
            Origin::BuiltIn => self.summary.clone(),
            Origin::Pack { kind, from } => format!("{kind} rule from {from}"),
        };
        format!(
            "{:<22} {:<8} {what}{preview}",
            self.id,
            self.severity.as_str()
        )
    }
}

/// Every rule known: built-in rules, then pack rules, each sorted by id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Catalogue {
    entries: Vec<Entry>,
}

impl Catalogue {
    /// The built-in rules, the shipped packs' rules and those of `packs`;
    /// a pack rule of the same id as a shipped one replaces it.
    pub fn new(packs: &Packs) -> Catalogue {
        Catalogue::with(std::iter::once(packs))
    }

    /// As [`Catalogue::new`] over several sets of packs (the files of one
    /// run may be under configurations naming different packs); the first
    /// set that has an id describes it.
    pub fn with<'p>(packs: impl IntoIterator<Item = &'p Packs>) -> Catalogue {
        let mut entries: Vec<Entry> = crate::rules::REGISTRY
            .iter()
            .map(|r| Entry::builtin(r.meta()))
            .collect();
        let mut seen: std::collections::BTreeSet<String> =
            entries.iter().map(|e| e.id.clone()).collect();
        for set in packs {
            for r in &set.rules {
                if seen.insert(r.id.clone()) {
                    entries.push(Entry::pack(r));
                }
            }
        }
        for r in &crate::packs::builtin().rules {
            if seen.insert(r.id.clone()) {
                entries.push(Entry::pack(r));
            }
        }
        entries.sort_by(|a, b| {
            let pack = |e: &Entry| e.origin != Origin::BuiltIn;
            (pack(a), &a.id).cmp(&(pack(b), &b.id))
        });
        Catalogue { entries }
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry of `id` and its place in [`Catalogue::entries`].
    pub fn find(&self, id: &str) -> Option<(usize, &Entry)> {
        self.entries.iter().enumerate().find(|(_, e)| e.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_and_pack_rules_are_one_sorted_list() {
        let mut packs = Packs::default();
        packs
            .add(
                "House.Utilize",
                "styles/House/Utilize.yml",
                "extends: substitution\nmessage: \"Use '%s' instead of '%s'.\"\n\
                 description: Plain words read faster.\nlevel: error\nswap:\n  utilize: use\n",
            )
            .unwrap();
        let c = Catalogue::new(&packs);
        let ids: Vec<&str> = c.entries().iter().map(|e| e.id.as_str()).collect();
        let built_in = crate::rules::REGISTRY.len();
        assert_eq!(ids[0], "brackets.unbalanced");
        assert_eq!(
            ids[built_in..],
            [
                "Ascribe.AttributionRequired",
                "Ascribe.Redundancy",
                "Ascribe.Repetition",
                "House.Utilize"
            ]
        );
        let (_, e) = c.find("House.Utilize").unwrap();
        assert_eq!(e.severity, Severity::Error);
        assert_eq!(e.summary, "Plain words read faster.");
        assert!(e
            .explain()
            .contains("A substitution rule from styles/House/Utilize.yml."));
        assert!(c.find("quotes.unclosed").is_some());
        assert!(c.find("Ascribe.Repetition").is_some());
        assert!(c.find("House.Nope").is_none());
    }
}
