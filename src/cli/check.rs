//! `ascribe check`: read the inputs, check each on the worker pool, write
//! one report. Split from `mod.rs`, which dispatches the subcommands.

use super::*;

pub(super) fn check(a: CheckArgs) -> i32 {
    with_threads(a.threads, || check_on_pool(a))
}

fn check_on_pool(a: CheckArgs) -> i32 {
    let started = Instant::now();
    // The language's lists (and the shipped packs, when one of their
    // rules is enabled here) take milliseconds to load and compile;
    // another core does it while this one walks the input folders. Errors
    // are left for the check itself to report, and a thread the system
    // will not start is no loss: the check loads them itself.
    let lang = a.lang.clone();
    let packs = a.enable.iter().any(|id| id.starts_with("Ascribe."));
    let _ = std::thread::Builder::new().spawn(move || {
        let _ = ascribe::lang::Lang::shared(lang.as_deref().unwrap_or("en"));
        if packs {
            let _ = ascribe::packs::builtin();
        }
    });
    let mut sources = Vec::new();
    for entry in &a.sources {
        match ascribe::sources::expand(entry, std::path::Path::new("")) {
            Ok(found) => sources.extend(found),
            Err(e) => return fail(e),
        }
    }
    let flags = Flags {
        sources,
        speaker_label: a.speaker_label.clone(),
        speaker_names: a.speaker_name.clone(),
        spelt_numbers: a.spelt_numbers,
        lang: a.lang.clone(),
        quote_style: a.quote_style.map(family),
        fail_level: a.fail_level.map(severity),
        names: a.names.iter().map(std::path::PathBuf::from).collect(),
        packs: a.packs.iter().map(std::path::PathBuf::from).collect(),
        enable: a.enable.clone(),
        disable: a.disable.clone(),
        rule_options: a
            .claims_scope
            .map(|c| {
                let scope = match c {
                    ClaimsScopeArg::Paragraph => "paragraph",
                    ClaimsScopeArg::Sentence => "sentence",
                };
                ("claims.unattributed".into(), "scope".into(), scope.into())
            })
            .into_iter()
            .collect(),
        // JSON Lines records each name their own format.
        input_format: a.input_format.and_then(InputFormat::format),
    };
    // Walked first: checking the flags waits for the packs above.
    let (sources, walk_errors) = input::collect(&a.paths, &a.globs);
    let mut resolver = match resolver(&a.config, flags) {
        Ok(r) => r,
        Err(e) => return fail(e),
    };
    let plan = sources
        .into_iter()
        .map(|s| {
            let effective = match &s {
                input::Source::Stdin => resolver.resolve(std::path::Path::new("-")),
                input::Source::File(p) => resolver.resolve_file(p),
            };
            (s, effective)
        })
        .collect();
    if a.input_format == Some(InputFormat::Jsonl) {
        // Its output is a line per record: report options would be
        // silently dropped, so they are refused.
        let unused = [
            (a.format != OutputFormat::Text, "--format"),
            (a.golden.is_some(), "--golden"),
            (a.baseline.is_some(), "--baseline"),
            (a.write_baseline.is_some(), "--write-baseline"),
            (
                a.diff_base.is_some() || a.diff_file.is_some(),
                "--diff-base/--diff-file",
            ),
            (a.stats, "--stats"),
        ];
        if let Some((_, flag)) = unused.iter().find(|(given, _)| *given) {
            return fail(format!(
                "{flag} does not apply to --input-format jsonl, which writes a JSON line per record"
            ));
        }
        if let Err(e) = records::check_keep(&a.keep_fields) {
            return fail(e);
        }
        let how = records::Run {
            field: "findings",
            item: "finding",
            keep: &a.keep_fields,
            quiet: a.quiet,
            started,
        };
        return jsonl::check(plan, &walk_errors, &how);
    }
    if !a.keep_fields.is_empty() {
        return fail("--keep-fields goes with --input-format jsonl");
    }
    let ci = match ci::Ci::new(&a) {
        Ok(c) => c,
        Err(e) => return fail(e),
    };
    let snippets =
        !a.no_snippets && (a.snippets || (a.golden.is_none() && std::io::stdout().is_terminal()));
    let source_lines = (matches!(a.format, OutputFormat::Text) && snippets) || ci.source_lines(&a);
    if a.fix || a.diff {
        return fix::run(&a, plan, walk_errors, snippets, source_lines, started);
    }
    if a.unsafe_fixes {
        return fail("--unsafe-fixes goes with --fix or --diff");
    }
    let streamable = match a.format {
        OutputFormat::Json => Some(stream::Streamable::Json),
        OutputFormat::Text => Some(stream::Streamable::Text { snippets }),
        OutputFormat::Github => Some(stream::Streamable::Github),
        OutputFormat::Yaml
        | OutputFormat::Sarif
        | OutputFormat::Junit
        | OutputFormat::Gitlab
        | OutputFormat::Rdjson
        | OutputFormat::Rdjsonl => None,
    };
    if let (Some(format), None, false) = (streamable, &a.golden, ci.whole_run()) {
        return stream::check_streamed(format, plan, &walk_errors, a.quiet, started);
    }
    let checked = ascribe::run::check_planned_filtered(plan, source_lines, &|f| ci.keep(f));
    for w in &checked.warnings {
        eprintln!("ascribe: warning: {w}");
    }
    let mut report = checked.report;
    report.errors.extend(walk_errors.iter().map(|e| FileError {
        path: e.path(),
        message: e.to_string(),
    }));
    let mut report = report.finish();
    report.summary.baseline = ci.counts();
    for e in &report.errors {
        eprintln!("ascribe: error: {}", e.message);
    }

    let rendered = render(&a, &report, &checked.packs, snippets);

    let mut code = exit_status(report.errors.len(), checked.failing);

    if let Some(file) = &a.write_baseline {
        // A baseline missing files would fail the next run on all of theirs.
        if !report.errors.is_empty() {
            let n = report.errors.len();
            return fail(format!(
                "{file}: not written: {n} {} could not be checked",
                if n == 1 { "file" } else { "files" }
            ));
        }
        let baseline = ascribe::baseline::Baseline::of(&report);
        if let Err(e) = baseline.write(std::path::Path::new(file)) {
            return fail(e);
        }
        if !a.quiet {
            let n = baseline.len();
            let findings = if n == 1 { "finding" } else { "findings" };
            eprintln!("ascribe: {file}: recorded {n} {findings}");
        }
        // Accepting the findings as they stand is the point of the flag.
        if code == EXIT_FINDINGS {
            code = EXIT_CLEAN;
        }
    }

    if let Some(golden) = &a.golden {
        let path = std::path::Path::new(golden);
        if a.bless {
            // A report missing files is no report to accept.
            if !report.errors.is_empty() {
                let n = report.errors.len();
                return fail(format!(
                    "{golden}: not written: {n} {} could not be checked",
                    if n == 1 { "file" } else { "files" }
                ));
            }
            if let Err(e) = ascribe::golden::write_atomic(path, &rendered) {
                return fail(format!("{golden}: cannot write: {e}"));
            }
            // Accepting the report is the point of --bless, findings or not.
            if code == EXIT_FINDINGS {
                code = EXIT_CLEAN;
            }
        } else {
            let expected = match std::fs::read_to_string(path) {
                Ok(s) => s,
                Err(e) => {
                    return fail(format!(
                        "{golden}: cannot read golden file: {e} (run with --bless to create it)"
                    ))
                }
            };
            match ascribe::golden::diff(&expected, &rendered, golden) {
                None => {
                    if code == EXIT_FINDINGS {
                        code = EXIT_CLEAN;
                    }
                }
                Some(d) => {
                    print!("{d}");
                    if code != EXIT_ERROR {
                        code = EXIT_FINDINGS;
                    }
                }
            }
        }
    } else {
        let mut out = std::io::stdout().lock();
        if out
            .write_all(rendered.as_bytes())
            .and_then(|_| out.flush())
            .is_err()
        {
            // A closed pipe (`| head`) is not an error worth a message.
            return code;
        }
    }

    if !a.quiet {
        eprintln!("{}", summary_line(&report.summary, started));
    }
    code
}

/// The report in the format `a` asks for, with `--stats` if asked;
/// `packs` are those the run loaded (for SARIF's rule descriptors).
pub(super) fn render(
    a: &CheckArgs,
    report: &report::Report,
    packs: &[std::sync::Arc<ascribe::packs::Packs>],
    snippets: bool,
) -> String {
    let stats = a.stats.then(|| report::Stats::of(report));
    match a.format {
        OutputFormat::Text => {
            let mut out = report::write_text(report, snippets);
            if let Some(stats) = &stats {
                if !out.is_empty() {
                    out.push('\n');
                }
                out.push_str(&stats.text());
            }
            out
        }
        OutputFormat::Json => report.to_json_with(stats.as_ref()),
        OutputFormat::Yaml => report.to_yaml(),
        OutputFormat::Sarif => {
            // Every rule a file here could have been checked with, so
            // that each result has its descriptor.
            let catalogue = ascribe::catalogue::Catalogue::with(packs.iter().map(|p| &**p));
            report::write_sarif(report, &catalogue)
        }
        OutputFormat::Github => report::write_github(report),
        OutputFormat::Junit => report::write_junit(report),
        OutputFormat::Gitlab => report::write_gitlab(report),
        OutputFormat::Rdjson => report::write_rdjson(report),
        OutputFormat::Rdjsonl => report::write_rdjsonl(report),
    }
}

/// The closing line of a `check` run on stderr.
pub(super) fn summary_line(s: &report::Summary, started: Instant) -> String {
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let unread = if s.errors > 0 {
        format!(
            "; {} could not be checked",
            plural(s.errors, "file", "files")
        )
    } else {
        String::new()
    };
    let baseline = match &s.baseline {
        Some(b) => format!(
            "; {} in the baseline left out, {} fixed since the baseline",
            b.left_out, b.fixed
        ),
        None => String::new(),
    };
    format!(
        "ascribe: checked {} in {:.2}s: {} ({} error, {} warning, {} info){unread}{baseline}",
        plural(s.files, "file", "files"),
        started.elapsed().as_secs_f64(),
        plural(s.findings, "finding", "findings"),
        s.error,
        s.warning,
        s.info,
    )
}
