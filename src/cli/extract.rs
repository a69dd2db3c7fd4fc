//! `ascribe extract`: the attribution map of each article.

use ascribe::attribution::Attribution;
use ascribe::input::{self, Source};
use ascribe::lang::Lang;
use ascribe::line_index::LineIndex;
use ascribe::Format;
use clap::{Args, ValueEnum};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Write;

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// A table: line, speaker, class, cue, content excerpt.
    Text,
    /// The JSON contract: files, attributions with byte spans.
    Json,
    /// The same content as JSON, in YAML.
    Yaml,
    /// A sources list for a fact-check: each source, its class, its statements.
    Markdown,
}

#[derive(Args, Debug)]
pub struct ExtractArgs {
    /// Files or directories to read; `-` reads standard input.
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<String>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Text)]
    pub format: ExtractFormat,

    /// Language of the articles (en, en-GB, de, fr, ja) [default: en, or
    /// the configuration's `lang`].
    #[arg(long)]
    pub lang: Option<String>,

    /// Also read files matching this glob when walking directories.
    #[arg(long = "glob", value_name = "GLOB")]
    pub globs: Vec<String>,

    #[command(flatten)]
    pub config: super::args::ConfigChoice,

    /// No summary line on standard error.
    #[arg(long, short)]
    pub quiet: bool,

    /// Worker threads: 0 (the default) is one per core; at most 64, or
    /// the number of cores if more.
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,
}

#[derive(Serialize)]
struct SpanOut {
    start: u32,
    end: u32,
    text: String,
}

#[derive(Serialize)]
struct AttrOut {
    kind: &'static str,
    cue: SpanOut,
    source: Option<SpanOut>,
    content: Option<SpanOut>,
    speaker: Option<String>,
    class: &'static str,
    /// 1-based line of the cue.
    line: usize,
    /// No words in the article attribute the quotation: the speaker is
    /// carried from the attribution before it, or unknown.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    inferred: bool,
}

#[derive(Serialize)]
struct FileOut {
    path: String,
    attributions: Vec<AttrOut>,
}

#[derive(Serialize)]
struct ErrorOut {
    path: String,
    message: String,
}

#[derive(Serialize, Default)]
struct Summary {
    files: usize,
    attributions: usize,
    errors: usize,
}

#[derive(Serialize)]
struct Out {
    files: Vec<FileOut>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    errors: Vec<ErrorOut>,
    summary: Summary,
}

fn span_out(text: &str, s: ascribe::Span) -> SpanOut {
    SpanOut {
        start: s.start,
        end: s.end,
        text: s.text(text).to_string(),
    }
}

fn file_out(path: String, text: &str, atts: &[Attribution]) -> FileOut {
    let lines = LineIndex::new(text);
    FileOut {
        path,
        attributions: atts
            .iter()
            .map(|a| AttrOut {
                kind: a.kind.as_str(),
                cue: span_out(text, a.cue),
                source: a.source.map(|s| span_out(text, s)),
                content: a.content.map(|s| span_out(text, s)),
                speaker: a.speaker.clone(),
                class: a.class.as_str(),
                line: lines.line_of(a.cue.start) + 1,
                inferred: a.inferred,
            })
            .collect(),
    }
}

fn write_text(out: &Out) -> String {
    let mut s = String::new();
    for f in &out.files {
        s.push_str(&format!("{}\n", f.path));
        if f.attributions.is_empty() {
            s.push_str("  (no attributions)\n");
        }
        for a in &f.attributions {
            let who = a
                .speaker
                .clone()
                .or_else(|| a.source.as_ref().map(|x| x.text.clone()))
                .unwrap_or_else(|| "-".into());
            let content = a.content.as_ref().map_or(String::from("-"), |c| {
                ascribe::finding::excerpt(&c.text, 60, 59)
            });
            // An inferred attribution has no cue words: its cue is the
            // quotation's opening mark.
            let cue = if a.inferred {
                "(inferred)".to_string()
            } else {
                ascribe::finding::excerpt(&a.cue.text, 14, 13)
            };
            s.push_str(&format!(
                "  {:>4}  {:<24} {:<12} {:<8} {:<14} {}\n",
                a.line,
                ascribe::finding::excerpt(&who, 24, 23),
                a.class,
                a.kind,
                cue,
                content
            ));
        }
    }
    s
}

/// A statement's line, and whether its speaker is only inferred.
type Statement = (usize, bool);

fn write_markdown(out: &Out) -> String {
    let mut s = String::new();
    for f in &out.files {
        s.push_str(&format!("## {}\n\n", f.path));
        // Each source once: class, statements, lines; in order of first use.
        let mut order: Vec<String> = Vec::new();
        let mut by: BTreeMap<String, (&'static str, Vec<Statement>)> = BTreeMap::new();
        let mut shown: BTreeMap<String, String> = BTreeMap::new();
        for a in &f.attributions {
            let who = a
                .speaker
                .clone()
                .or_else(|| a.source.as_ref().map(|x| x.text.clone()))
                .unwrap_or_else(|| "(no source)".into());
            // "Analysts" heading the article and "analysts" in its body are
            // one vague source.
            let key = if a.class == "vague" {
                who.to_lowercase()
            } else {
                who.clone()
            };
            if !by.contains_key(&key) {
                shown.insert(key.clone(), who.clone());
            }
            let e = by.entry(key.clone()).or_insert_with(|| {
                order.push(key.clone());
                (a.class, Vec::new())
            });
            e.1.push((a.line, a.inferred));
        }
        if order.is_empty() {
            s.push_str("No attributions.\n\n");
            continue;
        }
        let mut any_inferred = false;
        for key in &order {
            let (class, lines) = &by[key];
            let n = lines.len();
            // Each line once: two statements on one line are one place to
            // look. A line whose only statements have an inferred speaker
            // is starred.
            let mut distinct: Vec<(usize, bool)> = Vec::new();
            for &(line, inferred) in lines {
                match distinct.last_mut() {
                    Some(last) if last.0 == line => last.1 &= inferred,
                    _ => distinct.push((line, inferred)),
                }
            }
            let ls: Vec<String> = distinct
                .iter()
                .map(|&(l, inferred)| {
                    if inferred {
                        format!("{l}*")
                    } else {
                        l.to_string()
                    }
                })
                .collect();
            any_inferred |= distinct.iter().any(|&(_, i)| i);
            s.push_str(&format!(
                "- **{}** ({}): {} statement{}, line{} {}\n",
                shown[key].replace('*', "\\*"),
                class,
                n,
                if n == 1 { "" } else { "s" },
                if distinct.len() == 1 { "" } else { "s" },
                ls.join(", ")
            ));
        }
        if any_inferred {
            s.push_str(
                "\n\\* speaker inferred: no words in the article attribute the quotation; \
                 its speaker is the source of the attribution just before it, or none.\n",
            );
        }
        s.push('\n');
    }
    s
}

pub fn run(args: ExtractArgs) -> i32 {
    super::with_threads(args.threads, || run_on_pool(args))
}

fn run_on_pool(args: ExtractArgs) -> i32 {
    let started = std::time::Instant::now();
    let flags = ascribe::config::Flags {
        lang: args.lang.clone(),
        ..ascribe::config::Flags::default()
    };
    let mut resolver = match super::resolver(&args.config, flags) {
        Ok(r) => r,
        Err(e) => return super::fail(e),
    };
    let (sources, mut walk_errors) = input::collect(&args.paths, &args.globs);
    // Each file's language, as `check` would read it: the flag, else its
    // configuration's `lang`, else English.
    let mut planned = Vec::with_capacity(sources.len());
    for s in sources {
        let effective = match &s {
            Source::Stdin => resolver.resolve(std::path::Path::new("-")),
            Source::File(p) => resolver.resolve_file(p),
        };
        let lang = effective.and_then(|e| Lang::shared(e.options.lang.as_deref().unwrap_or("en")));
        match lang {
            Ok(l) => planned.push((s, l)),
            Err(e) => walk_errors.push(e),
        }
    }
    let extract_one = |(src, lang): &(Source, &'static Lang)| -> Result<FileOut, ErrorOut> {
        let path = src.display();
        let text = input::read(src).map_err(|e| ErrorOut {
            path: path.clone(),
            message: e.to_string(),
        })?;
        let fail = |e: ascribe::Error| ErrorOut {
            path: path.clone(),
            message: e.to_string(),
        };
        ascribe::run::guarded(&path, || {
            let atts =
                ascribe::article::attributions_of_text(&text, Format::from_path(&path), lang);
            file_out(path.clone(), &text, &atts)
        })
        .map_err(fail)
    };
    if matches!(args.format, ExtractFormat::Json) {
        stream_json(planned, &walk_errors, extract_one, args.quiet, started)
    } else {
        whole(&args, planned, &walk_errors, extract_one, started)
    }
}

/// Every format but JSON: the whole map is built, then written.
fn whole(
    args: &ExtractArgs,
    planned: Vec<(Source, &'static Lang)>,
    walk_errors: &[ascribe::Error],
    extract_one: impl Fn(&(Source, &'static Lang)) -> Result<FileOut, ErrorOut> + Sync,
    started: std::time::Instant,
) -> i32 {
    let sources = planned;
    let results: Vec<Result<FileOut, ErrorOut>> = sources.par_iter().map(&extract_one).collect();
    let mut out = Out {
        files: Vec::new(),
        errors: Vec::new(),
        summary: Summary::default(),
    };
    for r in results {
        match r {
            Ok(f) => out.files.push(f),
            Err(e) => out.errors.push(e),
        }
    }
    out.errors.extend(walk_errors.iter().map(|e| ErrorOut {
        path: e.path(),
        message: e.to_string(),
    }));
    out.files.sort_by(|a, b| a.path.cmp(&b.path));
    out.errors
        .sort_by(|a, b| (&a.path, &a.message).cmp(&(&b.path, &b.message)));
    out.summary = Summary {
        files: out.files.len(),
        attributions: out.files.iter().map(|f| f.attributions.len()).sum(),
        errors: out.errors.len(),
    };
    for e in &out.errors {
        eprintln!("ascribe: error: {}", e.message);
    }
    let rendered = match args.format {
        ExtractFormat::Text => write_text(&out),
        ExtractFormat::Json => ascribe::report::pretty_json(&out.files, &out.errors, &out.summary),
        ExtractFormat::Yaml => serde_yaml::to_string(&out).expect("plain data serialises"),
        ExtractFormat::Markdown => write_markdown(&out),
    };
    let mut stdout = std::io::stdout().lock();
    let _ = stdout
        .write_all(rendered.as_bytes())
        .and_then(|_| stdout.flush());
    if !args.quiet {
        eprintln!("{}", summary_line(&out.summary, started));
    }
    // Attributions are the product here, not problems: only an error
    // (a file that could not be read) makes the exit status non-zero.
    super::exit_status(out.errors.len(), 0)
}

/// The closing line of an `extract` run on stderr.
fn summary_line(s: &Summary, started: std::time::Instant) -> String {
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let unread = if s.errors > 0 {
        format!("; {} could not be read", plural(s.errors, "file", "files"))
    } else {
        String::new()
    };
    format!(
        "ascribe: read {} in {:.2}s: {}{unread}",
        plural(s.files, "file", "files"),
        started.elapsed().as_secs_f64(),
        plural(s.attributions, "attribution", "attributions"),
    )
}

/// `extract --format json`, written while the files are read, a batch at
/// a time in path order (the order the whole report sorts by): the same
/// bytes as [`ascribe::report::pretty_json`] over every file, without
/// holding every file's attributions at once.
fn stream_json(
    mut sources: Vec<(Source, &'static Lang)>,
    walk_errors: &[ascribe::Error],
    extract_one: impl Fn(&(Source, &'static Lang)) -> Result<FileOut, ErrorOut> + Sync,
    quiet: bool,
    started: std::time::Instant,
) -> i32 {
    use ascribe::report::json_file;
    sources.sort_by_cached_key(|(s, _)| s.display());
    let mut w = super::stream::JsonOut::new();
    let mut summary = Summary::default();
    let mut errors = Vec::new();
    let extract = |src: &(Source, &'static Lang)| {
        extract_one(src).map(|f| (json_file(&f), f.attributions.len()))
    };
    ascribe::run::in_batches(&sources, ascribe::run::BATCH, extract, |r| match r {
        Ok((rendered, n)) => {
            summary.files += 1;
            summary.attributions += n;
            w.file(&rendered);
        }
        Err(e) => errors.push(e),
    });
    errors.extend(walk_errors.iter().map(|e| ErrorOut {
        path: e.path(),
        message: e.to_string(),
    }));
    errors.sort_by(|a, b| (&a.path, &a.message).cmp(&(&b.path, &b.message)));
    summary.errors = errors.len();
    for e in &errors {
        eprintln!("ascribe: error: {}", e.message);
    }
    w.finish(&errors, &summary);
    if !quiet {
        eprintln!("{}", summary_line(&summary, started));
    }
    super::exit_status(errors.len(), 0)
}
