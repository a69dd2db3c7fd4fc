use super::*;
use crate::error::Error;
use crate::finding::Severity;
use std::path::{Path, PathBuf};

/// A scratch folder under the system's temporary folder, removed on drop.
struct Scratch(PathBuf);

impl Scratch {
    fn new(tag: &str) -> Scratch {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "ascribe-config-{tag}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir.canonicalize().unwrap())
    }

    fn write(&self, rel: &str, text: &str) -> &Self {
        let p = self.0.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
        self
    }

    fn resolver(&self, discovery: Discovery, flags: Flags) -> Resolver {
        Resolver::in_folder(discovery, flags, &self.0)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const ARTICLE: &str = "Head\n\nBody.\n";

fn severity_of(e: &Effective, id: &str) -> Option<Option<Severity>> {
    e.options.severities.get(id).copied()
}

/// The message of a configuration error, with its place.
fn config_error(e: Error) -> (String, Option<usize>, Option<usize>, String) {
    match e {
        Error::Config {
            path,
            line,
            column,
            message,
        } => (path, line, column, message),
        other => panic!("not a configuration error: {other}"),
    }
}

fn parse(text: &str) -> Result<ConfigFile, Error> {
    let s = Scratch::new("parse");
    s.write(".ascribe.yaml", text);
    ConfigFile::load(&s.0.join(".ascribe.yaml"), ".ascribe.yaml", &s.0)
}

#[test]
fn the_nearest_file_above_wins() {
    let s = Scratch::new("walk");
    s.write(".ascribe.yaml", "rules: {quotes.unclosed: error}\n")
        .write("desk/.ascribe.yaml", "rules: {quotes.unclosed: info}\n")
        .write("desk/deep/er/story.txt", ARTICLE)
        .write("top.txt", ARTICLE)
        .write("other/story.txt", ARTICLE);
    let mut r = s.resolver(Discovery::Walk, Flags::default());
    let deep = r.resolve(Path::new("desk/deep/er/story.txt")).unwrap();
    assert_eq!(deep.config.as_deref(), Some("desk/.ascribe.yaml"));
    assert_eq!(
        severity_of(&deep, "quotes.unclosed"),
        Some(Some(Severity::Info))
    );
    for f in ["top.txt", "other/story.txt"] {
        let e = r.resolve(Path::new(f)).unwrap();
        assert_eq!(e.config.as_deref(), Some(".ascribe.yaml"), "{f}");
        assert_eq!(
            severity_of(&e, "quotes.unclosed"),
            Some(Some(Severity::Error))
        );
    }
    // A folder is governed as a file inside it would be.
    assert_eq!(
        r.resolve(Path::new("desk")).unwrap().config.as_deref(),
        Some("desk/.ascribe.yaml")
    );
}

#[test]
fn config_flag_and_no_config_replace_the_walk() {
    let s = Scratch::new("choice");
    s.write(".ascribe.yaml", "fail-level: error\n")
        .write("house.yaml", "fail-level: info\nlang: de\n")
        .write("a/story.txt", ARTICLE);
    let story = Path::new("a/story.txt");
    let fixed = s
        .resolver(Discovery::File("house.yaml".into()), Flags::default())
        .resolve(story)
        .unwrap();
    assert_eq!(fixed.config.as_deref(), Some("house.yaml"));
    assert_eq!(fixed.fail_level, Severity::Info);
    assert_eq!(fixed.options.lang.as_deref(), Some("de"));
    let none = s
        .resolver(Discovery::Off, Flags::default())
        .resolve(story)
        .unwrap();
    assert_eq!(none.config, None);
    assert_eq!(none.fail_level, Severity::Warning);
    assert_eq!(*none.options, crate::CheckOptions::default());
}

#[test]
fn files_under_one_configuration_without_overrides_share_its_options() {
    let s = Scratch::new("shared");
    s.write(".ascribe.yaml", "rules:\n  quotes.unclosed: error\n")
        .write("a/one.txt", ARTICLE)
        .write("b/two.txt", ARTICLE)
        .write("desk/.ascribe.yaml", "rules:\n  quotes.unclosed: info\n")
        .write("desk/three.txt", ARTICLE);
    let mut r = s.resolver(Discovery::Walk, Flags::default());
    let one = r.resolve_file(Path::new("a/one.txt")).unwrap();
    let two = r.resolve_file(Path::new("b/two.txt")).unwrap();
    assert!(std::sync::Arc::ptr_eq(&one.options, &two.options));
    // Another configuration gets its own answer.
    let three = r.resolve_file(Path::new("desk/three.txt")).unwrap();
    assert_eq!(
        severity_of(&three, "quotes.unclosed"),
        Some(Some(Severity::Info))
    );
    assert_eq!(
        severity_of(&two, "quotes.unclosed"),
        Some(Some(Severity::Error))
    );
}

#[test]
fn layers_stack_defaults_file_overrides_flags() {
    let s = Scratch::new("layers");
    s.write(
        ".ascribe.yaml",
        "lang: en-GB\nquote-style: curly\nrules:\n  quotes.unclosed: error\n  sources.vague: off\n\
         overrides:\n  - files: \"opinion/**\"\n    rules: {quotes.unclosed: info}\n\
         \x20 - files: [\"*.md\", \"opinion/col*.txt\"]\n    rules:\n      quotes.unclosed: {severity: warning}\n",
    )
    .write("opinion/column.txt", ARTICLE)
    .write("opinion/leader.txt", ARTICLE)
    .write("news/story.txt", ARTICLE);
    let mut r = s.resolver(Discovery::Walk, Flags::default());
    let news = r.resolve(Path::new("news/story.txt")).unwrap();
    assert_eq!(
        severity_of(&news, "quotes.unclosed"),
        Some(Some(Severity::Error))
    );
    assert_eq!(severity_of(&news, "sources.vague"), Some(None));
    assert!(news.overrides.is_empty());
    assert_eq!(news.options.lang.as_deref(), Some("en-GB"));
    let leader = r.resolve(Path::new("opinion/leader.txt")).unwrap();
    assert_eq!(
        severity_of(&leader, "quotes.unclosed"),
        Some(Some(Severity::Info))
    );
    assert_eq!(leader.overrides, ["opinion/**"]);
    // A walked file resolves as any path does, its folder looked up once.
    let mut fresh = s.resolver(Discovery::Walk, Flags::default());
    for f in ["opinion/leader.txt", "opinion/column.txt", "news/story.txt"] {
        assert_eq!(
            fresh.resolve_file(Path::new(f)).unwrap(),
            r.resolve(Path::new(f)).unwrap(),
            "{f}"
        );
    }
    // Later blocks win; `*` does not cross folders, so `*.md` matched nothing.
    let column = r.resolve(Path::new("opinion/column.txt")).unwrap();
    assert_eq!(
        severity_of(&column, "quotes.unclosed"),
        Some(Some(Severity::Warning))
    );
    assert_eq!(column.overrides, ["opinion/**", "*.md, opinion/col*.txt"]);

    // Flags beat everything: a disabled rule, an enabled one that keeps
    // the configured severity, the language, the fail level.
    let flags = Flags {
        lang: Some("fr".into()),
        fail_level: Some(Severity::Error),
        enable: vec!["quotes.unclosed".into(), "quotes.no-speaker".into()],
        disable: vec!["quotes.nesting".into()],
        ..Flags::default()
    };
    let mut r = s.resolver(Discovery::Walk, flags);
    let e = r.resolve(Path::new("opinion/leader.txt")).unwrap();
    assert_eq!(e.options.lang.as_deref(), Some("fr"));
    assert_eq!(e.fail_level, Severity::Error);
    assert_eq!(
        severity_of(&e, "quotes.unclosed"),
        Some(Some(Severity::Info))
    );
    // Enabled without a configured severity: on, with the rule's own.
    assert_eq!(severity_of(&e, "quotes.no-speaker"), None);
    assert!(e.options.enabled.contains("quotes.no-speaker"));
    assert_eq!(severity_of(&e, "quotes.nesting"), Some(None));

    // --claims-scope beats the configuration's `scope`.
    let flags = Flags {
        rule_options: vec![(
            "claims.unattributed".into(),
            "scope".into(),
            "paragraph".into(),
        )],
        ..Flags::default()
    };
    let mut r = s.resolver(Discovery::Walk, flags);
    let e = r.resolve(Path::new("opinion/leader.txt")).unwrap();
    assert_eq!(
        e.options.rule_options["claims.unattributed"]["scope"],
        "paragraph"
    );
}

#[test]
fn unknown_keys_are_named_with_the_nearest_valid_one() {
    let (path, line, column, message) =
        config_error(parse("rules: {}\nfail_level: error\n").unwrap_err());
    assert_eq!(path, ".ascribe.yaml");
    assert_eq!((line, column), (Some(2), Some(1)));
    assert!(message.contains("unknown field `fail_level`"), "{message}");
    assert!(message.ends_with("did you mean `fail-level`?"), "{message}");

    let (_, line, _, message) = config_error(
        parse("overrides:\n  - files: a\n    rule: {quotes.unclosed: off}\n").unwrap_err(),
    );
    assert_eq!(line, Some(3));
    assert!(message.ends_with("did you mean `rules`?"), "{message}");
}

#[test]
fn bad_values_say_what_was_expected_where() {
    let (_, line, column, message) =
        config_error(parse("rules:\n  quotes.unclosed: loud\n").unwrap_err());
    assert_eq!(line, Some(2));
    assert_eq!(column, Some(20));
    assert!(
        message.contains("expected off, info, warning or error"),
        "{message}"
    );

    let (_, line, column, message) = config_error(parse("lang: english\n").unwrap_err());
    assert_eq!((line, column), (Some(1), Some(7)));
    assert!(message.contains("did you mean `en`?"), "{message}");

    let (_, line, _, message) = config_error(parse("fail-level: warn\n").unwrap_err());
    assert_eq!(line, Some(1));
    assert!(message.ends_with("did you mean `warning`?"), "{message}");

    let e = parse("overrides:\n  - files: \"[a\"\n")
        .unwrap_err()
        .to_string();
    assert!(e.starts_with(".ascribe.yaml:2:"), "{e}");
    assert!(e.contains("bad glob `[a`"), "{e}");
}

#[test]
fn unknown_rules_and_options_name_the_nearest() {
    let (_, line, _, message) = config_error(parse("rules:\n  quotes.unclosd: off\n").unwrap_err());
    assert_eq!(line, Some(2));
    assert!(
        message.contains("did you mean `quotes.unclosed`?"),
        "{message}"
    );

    let (_, line, _, message) = config_error(
        parse("overrides:\n  - files: x\n    rules:\n      quotes.unclosed: {scope: sentence}\n")
            .unwrap_err(),
    );
    assert_eq!(line, Some(4));
    assert!(
        message
            .contains("rule `quotes.unclosed` has no option `scope` (its options are `severity`)"),
        "{message}"
    );

    // A pack-style id is a typo unless packs are listed.
    let (_, line, column, message) =
        config_error(parse("rules:\n  House.Utilize: error\n").unwrap_err());
    assert_eq!((line, column), (Some(2), Some(3)));
    assert!(message.contains("lists no `packs`"), "{message}");
}

#[test]
fn packs_and_names_resolve_against_the_files_folder() {
    let s = Scratch::new("packs");
    s.write(
        "cfg/.ascribe.yaml",
        "packs: [styles/House]\nnames: [desk.yaml]\nrules:\n  House.Utilize: error\n",
    )
    .write("cfg/styles/House/Utilize.yml", "extends: existence\n")
    .write("cfg/desk.yaml", "people: []\n")
    .write("cfg/story.txt", ARTICLE);
    let e = s
        .resolver(Discovery::Walk, Flags::default())
        .resolve(Path::new("cfg/story.txt"))
        .unwrap();
    assert_eq!(e.options.packs, [PathBuf::from("cfg/styles/House")]);
    assert_eq!(e.options.names, [PathBuf::from("cfg/desk.yaml")]);
    assert_eq!(
        severity_of(&e, "House.Utilize"),
        Some(Some(Severity::Error))
    );

    s.write("cfg/.ascribe.yaml", "# house\npacks:\n  - styles/Missing\n");
    let err = s
        .resolver(Discovery::Walk, Flags::default())
        .resolve(Path::new("cfg/story.txt"))
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "cfg/.ascribe.yaml:3:5: pack `styles/Missing` is not a folder (paths are relative to this file's folder)"
    );
}

#[test]
fn rule_options_reach_the_check_options() {
    let text = "rules:\n  claims.unattributed: {severity: error, scope: sentence}\n";
    let c = parse(text).unwrap();
    let e = effective(Some(&c), None, &Flags::default()).unwrap();
    assert_eq!(
        e.options.rule_options["claims.unattributed"]["scope"],
        "sentence"
    );
    assert!(rules::check_options(
        "claims.unattributed",
        &[("scope".to_string(), "sentence".to_string())].into()
    )
    .is_ok());
    // A value the rule does not declare, with the nearest it does.
    let e = rules::check_options(
        "claims.unattributed",
        &[("scope".to_string(), "sentance".to_string())].into(),
    )
    .unwrap_err();
    assert_eq!(
        e,
        "rule `claims.unattributed`: `sentance` is not a value of `scope` (paragraph, sentence); did you mean `sentence`?"
    );
}

#[test]
fn empty_and_oversized_files() {
    assert!(parse("").is_ok());
    assert!(parse("# nothing yet\n").is_ok());
    let big = format!("# {}\n", "x".repeat(MAX_CONFIG_BYTES as usize));
    let e = parse(&big).unwrap_err().to_string();
    assert!(e.contains("too large"), "{e}");
}

#[test]
fn the_listing_is_stable_yaml() {
    let s = Scratch::new("show");
    s.write(
        ".ascribe.yaml",
        "rules: {quotes.unclosed: off}\nfail-level: info\n",
    )
    .write("a.txt", ARTICLE);
    let e = s
        .resolver(Discovery::Walk, Flags::default())
        .resolve(Path::new("a.txt"))
        .unwrap();
    let catalogue = crate::catalogue::Catalogue::new(&Default::default());
    let out = render("a.txt", &e, &catalogue);
    assert!(
        out.starts_with("path: a.txt\nconfig: .ascribe.yaml\noverrides: []\nlang: en\n"),
        "{out}"
    );
    assert!(out.contains("\nfail-level: info\n"), "{out}");
    assert!(out.contains("\n  quotes.unclosed: off\n"), "{out}");
    assert!(out.contains("\n  quotes.no-speaker: warning\n"), "{out}");
    assert!(
        out.contains("\n  Ascribe.Repetition: off\n"),
        "a preview rule: {out}"
    );
    assert!(out.contains("\n  quotes.unopened: warning\n"), "{out}");
    // Pack rules are listed too, after the built-in ones.
    assert!(out.ends_with("  Ascribe.AttributionRequired: off\n  Ascribe.Redundancy: off\n  Ascribe.Repetition: off\n"), "{out}");
    assert_eq!(out, render("a.txt", &e, &catalogue));
}
