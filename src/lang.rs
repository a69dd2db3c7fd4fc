//! A language: its conventions of text (what the document model reads) and
//! the word lists of each analysis — attribution, names, claims — all from
//! YAML under `rules/`.
//!
//! Every analysis loads its own lists (`rules/attribution/`,
//! `rules/names/`, `rules/claims/`), and a regional variant without lists
//! of its own uses its language's (`en-GB` → `en`); a language with none
//! gets empty lists and finds nothing, never another language's.

use crate::error::Error;
use std::sync::{Mutex, OnceLock};

pub use crate::model::conventions::{Conventions, Family, Glyph, Level, MarkSpec, Role};

/// The language data one check runs with.
#[derive(Debug, Clone)]
pub struct Lang {
    pub name: String,
    /// What the document model knows of the language.
    pub text: Conventions,
    /// Word lists for finding attributions.
    pub attribution: crate::attribution::Data,
    /// Word lists for finding names.
    pub names: crate::names::Data,
    /// Claim signals and the claims model, for `claims.unattributed`.
    pub claims: crate::claims::Data,
}

impl AsRef<Conventions> for Lang {
    fn as_ref(&self) -> &Conventions {
        &self.text
    }
}

impl Lang {
    /// Names of the languages compiled into the binary.
    pub fn builtin_names() -> Vec<&'static str> {
        Conventions::builtin_names()
    }

    /// A compiled-in language by name (`en`, `en-GB`, `de`, `de-CH`, `fr`, `ja`).
    pub fn builtin(name: &str) -> Result<Lang, Error> {
        Lang::shared(name).cloned()
    }

    /// A compiled-in language, built once per process: every `Checker`
    /// (one per distinct set of options) shares it rather than parsing
    /// the language's YAML and word lists again.
    pub fn shared(name: &str) -> Result<&'static Lang, Error> {
        const N: usize = 8;
        static BUILT: [OnceLock<Lang>; N] = [const { OnceLock::new() }; N];
        static BUILDING: [Mutex<()>; N] = [const { Mutex::new(()) }; N];
        let names = Conventions::builtin_names();
        debug_assert!(names.len() <= N);
        let i = names
            .iter()
            .position(|n| *n == name)
            .ok_or_else(|| unknown(name))?;
        if let Some(l) = BUILT[i].get() {
            return Ok(l);
        }
        // Built outside the cell so an error is returned, not cached; a
        // thread that comes while another builds waits for it (`check`
        // starts the build early on a thread of its own) rather than
        // building again.
        let _one = BUILDING[i].lock().unwrap_or_else(|e| e.into_inner());
        if let Some(l) = BUILT[i].get() {
            return Ok(l);
        }
        let lang = Lang::build(name)?;
        Ok(BUILT[i].get_or_init(|| lang))
    }

    fn build(name: &str) -> Result<Lang, Error> {
        let text = Conventions::builtin(name)?;
        let attribution = crate::attribution::Data::builtin(name)?;
        let claims = crate::claims::Data::builtin(name)?.linked(&attribution);
        Ok(Lang {
            name: text.name.clone(),
            text,
            attribution,
            names: crate::names::Data::builtin(name)?,
            claims,
        })
    }

    /// English, the default; the shipped data is tested to load.
    pub fn english() -> Lang {
        Lang::builtin("en").expect("shipped rules/*/en.yaml are valid")
    }
}

fn unknown(name: &str) -> Error {
    Error::Usage(format!(
        "unknown language `{name}` (known: {})",
        Lang::builtin_names().join(", ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_language_loads_with_its_analyses() {
        for name in Lang::builtin_names() {
            let lang = Lang::builtin(name).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(lang.name, name);
        }
        assert!(!Lang::english().attribution.cues.is_empty());
    }

    #[test]
    fn unknown_language_is_a_usage_error() {
        assert!(matches!(Lang::builtin("xx"), Err(Error::Usage(_))));
    }
}
