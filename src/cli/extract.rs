//! `ascribe extract`: the attribution map of each article.

use ascribe::input::{self, Source};
use ascribe::lang::Lang;
use ascribe::report::map::{self, Map, MapFile, MapSummary};
use ascribe::report::FileError;
use ascribe::Format;
use clap::{Args, ValueEnum};
use rayon::prelude::*;
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

    /// Read every input as this format, standard input included [default:
    /// by extension, as for `check`]; `jsonl`: a record a line, a line of
    /// attributions per record.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub input_format: Option<super::args::InputFormat>,

    /// With `--input-format jsonl`: copy these fields of each record into
    /// its result line, after the id (comma-separated).
    #[arg(long, value_name = "FIELD,...", value_delimiter = ',')]
    pub keep_fields: Vec<String>,

    /// Language of the articles (en, en-GB, de, de-CH, fr, ja) [default: en, or
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
    if !args.keep_fields.is_empty() && args.input_format != Some(super::args::InputFormat::Jsonl) {
        return super::fail("--keep-fields goes with --input-format jsonl");
    }
    let input_format = match args.input_format {
        Some(super::args::InputFormat::Jsonl) => {
            if !matches!(args.format, ExtractFormat::Text) {
                return super::fail(
                    "--format does not apply to --input-format jsonl, which writes a JSON line per record",
                );
            }
            if let Err(e) = super::records::check_keep(&args.keep_fields) {
                return super::fail(e);
            }
            let how = super::records::Run {
                field: "attributions",
                item: "attribution",
                keep: &args.keep_fields,
                quiet: args.quiet,
                started,
            };
            let plan = planned.into_iter().map(|(s, l)| (s, Ok(l))).collect();
            return super::jsonl::extract(plan, &walk_errors, &how);
        }
        f => f.and_then(super::args::InputFormat::format),
    };
    let extract_one = |(src, lang): &(Source, &'static Lang)| -> Result<MapFile, FileError> {
        let path = src.display();
        let text = input::read(src).map_err(|e| FileError {
            path: path.clone(),
            message: e.to_string(),
        })?;
        let fail = |e: ascribe::Error| FileError {
            path: path.clone(),
            message: e.to_string(),
        };
        ascribe::run::guarded(&path, || {
            let format = input_format.unwrap_or_else(|| Format::from_path(&path));
            let mut map = super::jsonl::attributions(&text, format, lang);
            map.path = path.clone();
            map
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
    extract_one: impl Fn(&(Source, &'static Lang)) -> Result<MapFile, FileError> + Sync,
    started: std::time::Instant,
) -> i32 {
    let results: Vec<Result<MapFile, FileError>> = planned.par_iter().map(&extract_one).collect();
    let out = Map::assemble(results, walk_errors.iter().map(file_error).collect());
    for e in &out.errors {
        eprintln!("ascribe: error: {}", e.message);
    }
    let rendered = match args.format {
        ExtractFormat::Text => map::write_text(&out),
        ExtractFormat::Json => out.to_json(),
        ExtractFormat::Yaml => out.to_yaml(),
        ExtractFormat::Markdown => map::write_markdown(&out),
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

fn file_error(e: &ascribe::Error) -> FileError {
    FileError {
        path: e.path(),
        message: e.to_string(),
    }
}

/// The closing line of an `extract` run on stderr.
fn summary_line(s: &MapSummary, started: std::time::Instant) -> String {
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
    extract_one: impl Fn(&(Source, &'static Lang)) -> Result<MapFile, FileError> + Sync,
    quiet: bool,
    started: std::time::Instant,
) -> i32 {
    use ascribe::report::json_file;
    sources.sort_by_cached_key(|(s, _)| s.display());
    let mut w = super::stream::JsonOut::new();
    let mut summary = MapSummary::default();
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
    errors.extend(walk_errors.iter().map(file_error));
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
