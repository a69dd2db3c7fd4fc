use super::*;

#[test]
fn a_literal_replacement_fits_as_its_regex_does() {
    for v in ["history", "use", "close proximity", "", "naïve", "K"] {
        let literal = Swap {
            group: 1,
            re: None,
            replacement: v.to_string(),
            fits: OnceLock::new(),
            literal: true,
        };
        let Ok(re) = build(&format!("^(?:{v})$"), false) else {
            panic!("{v:?} compiles")
        };
        for observed in [
            v.to_string(),
            v.to_uppercase(),
            format!("{v} "),
            format!("x\n{v}"),
            format!("{v}\r\nx"),
            format!("a\n\nb{v}"),
            "\u{212a}".to_string(),
        ] {
            assert_eq!(
                literal.fits(&observed),
                re.is_match(&observed),
                "{v:?} {observed:?}"
            );
        }
    }
}
