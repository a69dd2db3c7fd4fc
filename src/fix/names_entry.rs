//! "Add to the names list": the edit that makes a spelling the article
//! uses a canonical entry of the newsroom's names list, so that a name the
//! list does not know (or takes for a slip of another) is known from then
//! on. Made on demand, like `suppress`, never attached to a finding: only
//! a person can say a spelling is right.

use super::{Applicability, Edit, Fix};
use crate::span::Span;

/// The fix that appends `name` as a canonical entry to the names list
/// whose text is `list` (`names:` and its entries, YAML). The entry takes
/// the indentation of the list's last entry, so that a list written
/// `names:` / `  - canonical: …` stays one sequence. `None` when the name
/// is empty or already an entry's canonical spelling in the text.
pub fn add_to_names_list(list: &str, name: &str) -> Option<Fix> {
    let name = name.trim();
    if name.is_empty() || name.contains('\n') {
        return None;
    }
    // Into a list that loads, and only a spelling it does not hold yet.
    if !list.trim().is_empty() {
        let files = [("names list".to_string(), list.to_string())];
        let known = crate::names::List::from_texts(&files).ok()?;
        if known.entries.iter().any(|e| e.canonical == name) {
            return None;
        }
    }
    let quoted = serde_yaml::to_string(name).ok()?;
    let quoted = quoted.trim_end();
    let indent = list
        .lines()
        .rev()
        .find(|l| l.trim_start().starts_with("- "))
        .map_or("", |l| &l[..l.len() - l.trim_start().len()]);
    let mut entry = String::new();
    // No `names:` key yet (an empty file): the entry needs one.
    if !list
        .lines()
        .any(|l| l.trim_end() == "names:" || l.starts_with("names:"))
    {
        entry.push_str("names:\n");
    }
    if !list.is_empty() && !list.ends_with('\n') {
        entry.insert(0, '\n');
    }
    entry.push_str(&format!("{indent}- canonical: {quoted}\n"));
    let end = list.len();
    Some(Fix {
        title: format!("Add “{name}” to the names list"),
        applicability: Applicability::Suggested,
        edits: vec![Edit {
            span: Span::new(end, end),
            replacement: entry,
        }],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The canonical spellings of a list file's entries.
    fn loads(text: &str) -> Vec<String> {
        let files = [("desk.yaml".to_string(), text.to_string())];
        let list = crate::names::List::from_texts(&files).expect("the list loads");
        list.entries.iter().map(|e| e.canonical.clone()).collect()
    }

    fn added(list: &str, name: &str) -> String {
        let fix = add_to_names_list(list, name).expect("an edit");
        super::super::apply_str(list, &fix.edits)
    }

    #[test]
    fn the_entry_follows_the_lists_indentation_and_loads() {
        let list = "names:\n  - canonical: Yury Ushakov\n    kind: person\n";
        let out = added(list, "Jana Uhsakova");
        assert!(out.ends_with("  - canonical: Jana Uhsakova\n"), "{out}");
        assert!(loads(&out).contains(&"Jana Uhsakova".to_string()), "{out}");
    }

    #[test]
    fn an_empty_file_gets_a_names_key_and_odd_names_are_quoted() {
        let out = added("", "O'Brien: Jr");
        assert_eq!(loads(&out), ["O'Brien: Jr"], "{out}");
        let out = added("names:\n- {canonical: Ada Moss}", "Ben Roe");
        assert_eq!(loads(&out), ["Ada Moss", "Ben Roe"], "{out}");
    }

    #[test]
    fn a_known_or_empty_name_gives_no_edit() {
        assert!(add_to_names_list("names:\n- canonical: Ada Moss\n", "Ada Moss").is_none());
        assert!(add_to_names_list("names:\n", "  ").is_none());
    }
}
