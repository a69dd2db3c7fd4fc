//! "Did you mean …?" for misspelt keys, values and rule ids.

/// `"; did you mean `best`?"` when a candidate is close to `name`, else
/// nothing.
pub fn did_you_mean<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    match nearest(name, candidates) {
        Some(best) => format!("; did you mean `{best}`?"),
        None => String::new(),
    }
}

/// The candidate closest to `name`, if any is close enough to be a typo.
pub fn nearest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let lower = name.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(&lower, &c.to_lowercase()), c))
        .filter(|(score, c)| *score >= 0.8 || strsim::levenshtein(&lower, c) <= 2)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, c)| c)
}

/// Adds a suggestion to serde's "unknown field `x`, expected one of `a`,
/// `b`" and "unknown variant …" messages.
pub fn improve(message: &str) -> String {
    for lead in ["unknown field `", "unknown variant `"] {
        let Some(at) = message.find(lead) else {
            continue;
        };
        let rest = &message[at + lead.len()..];
        let Some(end) = rest.find('`') else {
            continue;
        };
        let name = &rest[..end];
        let expected = &rest[end + 1..];
        // Every other backticked word is a valid choice.
        let choices: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        return format!("{message}{}", did_you_mean(name, choices));
    }
    message.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn close_names_are_suggested_and_far_ones_not() {
        assert_eq!(
            nearest("quotes.unclosd", ["quotes.unclosed", "quotes.unopened"]),
            Some("quotes.unclosed")
        );
        assert_eq!(
            nearest("fail_level", ["fail-level", "lang"]),
            Some("fail-level")
        );
        assert_eq!(nearest("colour", ["packs", "names", "rules"]), None);
    }

    #[test]
    fn serde_messages_gain_a_suggestion() {
        assert_eq!(
            improve("unknown field `pack`, expected one of `packs`, `names`"),
            "unknown field `pack`, expected one of `packs`, `names`; did you mean `packs`?"
        );
        assert_eq!(improve("invalid type"), "invalid type");
    }
}
