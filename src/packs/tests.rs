use super::*;
use crate::finding::Finding;
use crate::lang::Lang;
use crate::model::Format;

fn rule(yaml: &str) -> Packs {
    let mut p = Packs::default();
    p.add("Test.Rule", "Test/Rule.yml", yaml)
        .expect("rule loads");
    p
}

fn run_fmt(packs: &Packs, text: &str, format: Format) -> Vec<Finding> {
    let lang = Lang::english();
    let article = crate::article::Article::parse(text, format, &lang);
    let rules: Vec<_> = packs.rules.iter().map(|r| (r, r.severity)).collect();
    let mut out = Vec::new();
    run_all(&rules, &article, &mut out);
    out
}

/// (text pointed at, message) of each finding.
fn hits(yaml: &str, text: &str) -> Vec<(String, String)> {
    run_fmt(&rule(yaml), text, Format::Plain)
        .into_iter()
        .map(|f| (f.span.text(text).to_string(), f.message))
        .collect()
}

fn err(yaml: &str) -> String {
    let mut p = Packs::default();
    p.add("Test.Rule", "Test/Rule.yml", yaml)
        .expect_err("rule is refused")
        .to_string()
}

#[test]
fn existence_matches_whole_words_only() {
    let y = "extends: existence\nmessage: \"Avoid '%s'\"\nignorecase: true\ntokens: [utilize, 'very (?:unique|few)']\n";
    let got = hits(
        y,
        "Head\n\nWe Utilize very unique tools. Utilized and utilizes are not words here.\n",
    );
    assert_eq!(
        got,
        vec![
            ("Utilize".into(), "Avoid 'Utilize'".into()),
            ("very unique".into(), "Avoid 'very unique'".into())
        ]
    );
}

#[test]
fn existence_respects_case_nonword_and_exceptions() {
    let y = "extends: existence\nmessage: '%s'\ntokens: [Utilize]\n";
    assert!(hits(y, "Head\n\nwe utilize it.\n").is_empty());
    let y = "extends: existence\nmessage: '%s'\nnonword: true\ntokens: ['[a-z][.?!][A-Z]']\n";
    assert_eq!(hits(y, "Head\n\nOne.Two and three.Four.\n")[0].0, "e.T");
    let y =
        "extends: existence\nmessage: '%s'\ntokens: ['[A-Z]{3}']\nexceptions: [NATO, 'U[SK]A']\n";
    let got: Vec<String> = hits(y, "Head\n\nNATO and USA and BBC and UKA.\n")
        .into_iter()
        .map(|h| h.0)
        .collect();
    assert_eq!(got, ["BBC"]);
}

#[test]
fn existence_skips_code_and_urls() {
    let y = "extends: existence\nmessage: '%s'\ntokens: [term]\n";
    let text = "# Head\n\nA `term` and https://abc.com/term here.\n\n```\nterm\n```\n\nThe term.\n";
    let f = run_fmt(&rule(y), text, Format::Markdown);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].span.start as usize, text.rfind("term").unwrap());
}

#[test]
fn substitution_reports_and_fixes() {
    let y = "extends: substitution\nmessage: \"Use '%s' instead of '%s'\"\nignorecase: true\naction:\n  name: replace\nswap:\n  cell ?phone: phone|mobile phone\n  utilize: use\n  MPL: MPL\n";
    let text = "Head\n\nMy cellphone. We Utilize it. MPL and mpl.\n";
    let f = run_fmt(&rule(y), text, Format::Plain);
    let got: Vec<(&str, &str, &str)> = f
        .iter()
        .map(|f| {
            (
                f.span.text(text),
                f.message.as_str(),
                f.fix.as_ref().unwrap().edits[0].replacement.as_str(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (
                "cellphone",
                "Use 'phone' or 'mobile phone' instead of 'cellphone'",
                "phone"
            ),
            ("Utilize", "Use 'use' instead of 'Utilize'", "use"),
            ("mpl", "Use 'MPL' instead of 'mpl'", "MPL"),
        ]
    );
    // One choice is applied by --fix; of two, a person picks.
    let safe: Vec<bool> = f
        .iter()
        .map(|f| f.fix.as_ref().unwrap().applicability == crate::fix::Applicability::Safe)
        .collect();
    assert_eq!(safe, [false, true, true]);
}

#[test]
fn substitution_without_an_action_still_carries_the_swap_as_its_fix() {
    let y = "extends: substitution\nmessage: \"Use '%s' instead of '%s'\"\nswap:\n  utilize: use\n";
    let text = "# Head\n\nWe utilize it. We uti*li*ze it.\n";
    let f = run_fmt(&rule(y), text, Format::Markdown);
    let got: Vec<(&str, &str, crate::fix::Applicability)> = f
        .iter()
        .map(|f| {
            let fix = f.fix.as_ref().unwrap();
            (
                f.span.text(text),
                fix.edits[0].replacement.as_str(),
                fix.applicability,
            )
        })
        .collect();
    use crate::fix::Applicability::{Safe, Suggested};
    // Markup inside the match would be lost: a person should look.
    assert_eq!(
        got,
        [("utilize", "use", Safe), ("uti*li*ze", "use", Suggested)]
    );
}

#[test]
fn substitution_expands_groups_and_capitalizes() {
    let y = "extends: substitution\nmessage: \"Use '%s' instead of '%s'\"\nignorecase: true\ncapitalize: true\nswap:\n  'change in(?: )?to the (\\w+) directory': change to the $1 directory\n";
    let got = hits(y, "Head\n\nChange into the etc directory.\n");
    assert_eq!(
        got[0].1,
        "Use 'Change to the etc directory' instead of 'Change into the etc directory'"
    );
    assert!(hits(y, "Head\n\nChange to the etc directory.\n").is_empty());
}

#[test]
fn consistency_reports_the_second_spelling() {
    let y = "extends: consistency\nmessage: \"Inconsistent spelling of '%s'\"\nignorecase: true\neither:\n  colour: color\n  centre: center\n";
    let got = hits(
        y,
        "Head\n\nThe colour red.\n\nThe centre.\n\nThe color blue.\n",
    );
    assert_eq!(
        got,
        vec![("color".into(), "Inconsistent spelling of 'color'".into())]
    );
    assert!(hits(y, "Head\n\nThe colour red.\n\nThe colour blue.\n").is_empty());
}

#[test]
fn occurrence_counts_per_scope() {
    let y = "extends: occurrence\nmessage: Too many commas\nscope: sentence\nmax: 2\ntoken: ','\n";
    let got = hits(y, "Head\n\nA, b, c, d. A, b.\n");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, ",");
    let y = "extends: occurrence\nmessage: Too short\nscope: raw\nmin: 5\ntoken: '\\b\\w+\\b'\n";
    assert_eq!(hits(y, "Head\n\nOne two.\n").len(), 1);
    assert!(hits(y, "Head\n\nOne two three four.\n").is_empty());
}

#[test]
fn repetition_finds_doubled_words() {
    let y = "extends: repetition\nmessage: \"'%s' is repeated\"\nalpha: true\nignorecase: true\ntokens: ['[^\\s]+']\n";
    let got = hits(y, "Head\n\nShe said the The vote. It was 10 10 points.\n");
    assert_eq!(got, vec![("the The".into(), "'The' is repeated".into())]);
}

#[test]
fn conditional_needs_a_definition() {
    let y = "extends: conditional\nmessage: \"'%s' has no definition\"\nfirst: '\\b([A-Z]{3,5})\\b'\nsecond: '(?:\\b[A-Z][a-z]+ )+\\(([A-Z]{3,5})\\)'\nexceptions: [NATO]\n";
    let got = hits(
        y,
        "Head\n\nThe World Health Organization (WHO) met. WHO said so. NATO agreed. The NFL did not.\n",
    );
    assert_eq!(got, vec![("NFL".into(), "'NFL' has no definition".into())]);
}

#[test]
fn capitalization_checks_headings() {
    let y = "extends: capitalization\nmessage: \"'%s' should be in title case ('%s')\"\nmatch: $title\n";
    let got = run_fmt(
        &rule(y),
        "# the war in the balkans\n\nbody text here.\n\n## Peace in Our Time\n",
        Format::Markdown,
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].message,
        "'the war in the balkans' should be in title case ('The War in the Balkans')"
    );
    let y = "extends: capitalization\nmessage: \"'%s'\"\nmatch: $sentence\nscope: heading\n";
    let got = run_fmt(
        &rule(y),
        "# Peace in our time\n\n## Peace In Our Time\n",
        Format::Markdown,
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].message, "'Peace In Our Time'");
}

#[test]
fn attribution_required_needs_a_source_in_the_paragraph() {
    let y = "extends: attribution-required\nmessage: \"'%s' needs a source\"\nignorecase: true\ntokens: [allegedly, it is believed]\n";
    let got = hits(y, "Head\n\nHe allegedly stole it.\n\nHe allegedly stole it, police said.\n\nIt is believed that he left.\n");
    let texts: Vec<&str> = got.iter().map(|h| h.0.as_str()).collect();
    assert_eq!(texts, ["allegedly", "It is believed"]);
    let y = format!("{y}scope: sentence\n");
    let got = hits(&y, "Head\n\nHe allegedly stole it. Police said he left.\n");
    assert_eq!(got.len(), 1);
}

#[test]
fn unknown_key_suggests_the_nearest() {
    let e = err("extends: existence\nmessage: x\nignorcase: true\ntokens: [a]\n");
    assert_eq!(
        e,
        "Test/Rule.yml:3:1: unknown key `ignorcase`; did you mean `ignorecase`?"
    );
}

#[test]
fn bad_regex_names_rule_and_line() {
    let e = err("extends: existence\nmessage: x\ntokens:\n  - fine\n  - 'bro(ken'\n");
    assert!(e.starts_with("Test/Rule.yml:5:1: rule Test.Rule: `tokens` has a regex that does not compile: \"bro(ken\""), "{e}");
}

#[test]
fn alias_bomb_fails_fast() {
    let mut y =
        String::from("extends: existence\nmessage: x\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..9 {
        let p = i - 1;
        y.push_str(&format!(
            "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    y.push_str("tokens: *a8\n");
    // Refused for its aliases, before the 10^9 strings are expanded (no
    // wall-clock bound here: the machine's load decides that, and speed
    // is the benches' business).
    let e = err(&y);
    assert!(e.contains("alias"), "{e}");
}

#[test]
fn oversized_file_is_refused() {
    let y = format!(
        "extends: existence\nmessage: x\ntokens: [a]\n#{}\n",
        "x".repeat(file::MAX_FILE_BYTES)
    );
    assert!(err(&y).contains("the limit is 1048576"), "{}", err(&y));
}

#[test]
fn unsupported_kinds_and_keys_warn_once() {
    let mut p = Packs::default();
    p.add(
        "T.Spell",
        "T/Spell.yml",
        "extends: spelling\nmessage: x\ncustom: true\n",
    )
    .unwrap();
    p.add(
        "T.Look",
        "T/Look.yml",
        "extends: existence\nmessage: x\ntokens: ['a(?!b)']\n",
    )
    .unwrap();
    p.add(
        "T.Lim",
        "T/Lim.yml",
        "extends: existence\nmessage: x\nlimit: 2\ntokens: [a]\n",
    )
    .unwrap();
    assert_eq!(p.rules.len(), 1);
    let w: Vec<String> = p.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(w.len(), 3, "{w:?}");
    assert!(w[0].starts_with("T/Spell.yml: T.Spell: Vale's `spelling` rules are not supported"));
    assert!(w[1].contains("look-around"));
    assert!(w[2].contains("`limit` is not supported"));
}

#[test]
fn unknown_level_and_kind_are_errors() {
    assert!(err("extends: existance\nmessage: x\n").contains("unknown kind `existance`"));
    assert!(err("extends: existence\nlevel: fatal\ntokens: [a]\n").contains("Test/Rule.yml:2:1"));
}

/// Every example of every shipped rule holds.
#[test]
fn shipped_examples_hold() {
    let packs = builtin();
    assert_eq!(packs.rules.len(), builtin::FILES.len());
    assert!(packs.warnings.is_empty(), "{:?}", packs.warnings);
    for r in &packs.rules {
        assert!(!r.examples.is_empty(), "{} has no examples", r.id);
        assert!(r.description.is_some(), "{} has no description", r.id);
        for ex in &r.examples {
            let lang = Lang::english();
            let article = crate::article::Article::parse(&ex.text, Format::Plain, &lang);
            let mut out = Vec::new();
            run_all(&[(r, r.severity)], &article, &mut out);
            let got: Vec<&str> = out.iter().map(|f| f.span.text(&ex.text)).collect();
            match &ex.expect {
                Expect::Count(n) => assert_eq!(got.len(), *n, "{}: {:?} → {got:?}", r.id, ex.text),
                Expect::Findings(want) => assert_eq!(&got, want, "{}: {:?}", r.id, ex.text),
            }
        }
    }
}

#[test]
fn shipped_ids_and_previews_are_known_without_compiling() {
    // Checker::new decides from FILES and previews() whether to compile
    // the shipped packs; both must agree with the compiled rules.
    let rules = &crate::packs::builtin().rules;
    let ids: Vec<&str> = rules.iter().map(|r| r.id.as_str()).collect();
    let files: Vec<&str> = super::builtin::FILES.iter().map(|f| f.0).collect();
    assert_eq!(ids, files);
    let previews: Vec<bool> = rules.iter().map(|r| r.preview).collect();
    assert_eq!(previews, super::builtin::previews());
}

/// Swap entries are parsed, not compiled, unless they fail: the entry an
/// error or warning names is the one compiling each would name.
#[test]
fn broken_swap_entries_are_named_as_when_each_was_compiled() {
    let sub = |entries: &str| format!("extends: substitution\nmessage: x\nswap:\n{entries}");
    let e = err(&sub("  fine: ok\n  'bro(ken': x\n"));
    assert!(
        e.starts_with("Test/Rule.yml:5:1: rule Test.Rule: `swap` has a regex that does not compile: \"bro(ken\""),
        "{e}"
    );
    // Too large to compile but parses; sorted first (longer), so named
    // before the entry that does not parse.
    let big = r"(?:\w{100}){100}";
    let e = err(&sub(&format!("  '{big}': x\n  'bro(ken': x\n")));
    assert!(
        e.contains(&format!(
            "`swap` has a regex that does not compile: {big:?}"
        )),
        "{e}"
    );
    assert!(e.contains("size limit"), "{e}");
    let e = err(&sub(&format!("  '{big}': x\n  fine: ok\n")));
    assert!(
        e.contains(&format!(
            "`swap` has a regex that does not compile: {big:?}"
        )),
        "{e}"
    );
    let mut p = Packs::default();
    p.add("T.Look", "T/Look.yml", &sub("  fine: ok\n  'a(?!b)': x\n"))
        .unwrap();
    assert!(p.rules.is_empty());
    assert!(
        p.warnings[0]
            .to_string()
            .contains("`swap` uses a look-around"),
        "{:?}",
        p.warnings
    );
}

/// Exceptions that are no regex, by syntax or by size, are taken literally.
#[test]
fn exceptions_that_do_not_compile_are_literal() {
    let y = "extends: existence\nmessage: \"'%s'\"\nnonword: true\ntokens: ['\\S+']\nexceptions:\n  - 'bro(ken'\n  - '(?:\\w{100}){100}'\n  - 'fin.'\n";
    let got: Vec<String> = hits(y, "Head\n\nbro(ken (?:\\w{100}){100} fine finer\n")
        .into_iter()
        .map(|h| h.0)
        .collect();
    assert_eq!(got, ["Head", "finer"]);
}

#[test]
fn a_pack_folder_that_does_not_exist_is_reported_as_missing() {
    let dir = std::env::temp_dir().join("ascribe-no-such-pack-folder-7f3c");
    let err = Packs::load_dirs(std::slice::from_ref(&dir))
        .unwrap_err()
        .to_string();
    // The reader is told what the system said, not that the path is no pack.
    assert!(err.starts_with(&dir.display().to_string()), "{err}");
    assert!(!err.contains("not a pack folder"), "{err}");
    assert!(matches!(
        Packs::load_dirs(&[dir]),
        Err(crate::Error::Io { .. })
    ));
}
