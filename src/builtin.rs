//! Which compiled-in data file serves a language: one rule for every
//! analysis. A file for the language itself; else, for a regional
//! variant (`en-GB`), its language's (`en`); else none — a language
//! without data of its own gets empty lists and finds nothing, never
//! another language's by accident.

/// The entry of `table` (language, data) that serves `lang`.
pub fn pick<'a, T>(table: &'a [(&str, T)], lang: &str) -> Option<&'a (&'a str, T)> {
    let find = |name: &str| table.iter().find(|(n, _)| *n == name);
    find(lang).or_else(|| lang.split_once('-').and_then(|(base, _)| find(base)))
}

#[cfg(test)]
mod tests {
    use super::pick;

    #[test]
    fn a_variant_falls_back_to_its_language_and_then_to_nothing() {
        let table = [("en", 1), ("de", 2)];
        assert_eq!(pick(&table, "en").map(|e| e.1), Some(1));
        assert_eq!(pick(&table, "en-GB").map(|e| e.1), Some(1));
        assert_eq!(pick(&table, "de-CH").map(|e| e.1), Some(2));
        assert_eq!(pick(&table, "fr").map(|e| e.1), None);
        assert_eq!(pick(&table, "fr-CA").map(|e| e.1), None);
    }
}
