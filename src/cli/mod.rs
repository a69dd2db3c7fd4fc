//! Subcommands. Each returns the process exit code: 0 clean, 1 findings
//! (or a golden mismatch), 2 an error.

mod args;
mod check;
mod ci;
mod extract;
mod fix;
mod jsonl;
mod model;
mod names;
mod quotes;
mod records;
mod stream;

use args::{
    CheckArgs, ClaimsScopeArg, Cli, Command, ConfigArgs, ConfigChoice, InputFormat, Level,
    OutputFormat, QuoteStyle,
};
use ascribe::config::{Discovery, Flags, Resolver};
use ascribe::input;
use ascribe::lang::Family;
use ascribe::report::{self, FileError};
use ascribe::Severity;
use clap::Parser;
use std::io::{IsTerminal, Write};
use std::time::Instant;

pub const EXIT_CLEAN: i32 = 0;
pub const EXIT_FINDINGS: i32 = 1;
pub const EXIT_ERROR: i32 = 2;

/// The exit status of a run: 2 when a file could not be checked, else 1
/// when findings reach the fail level (`failing`), else 0.
fn exit_status(errors: usize, failing: usize) -> i32 {
    if errors > 0 {
        EXIT_ERROR
    } else if failing > 0 {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    }
}

pub fn run() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                EXIT_ERROR
            } else {
                EXIT_CLEAN
            };
        }
    };
    match cli.command {
        Command::Check(a) => check::check(*a),
        Command::Extract(a) => extract::run(a),
        Command::Quotes(a) => quotes::run(a),
        Command::Names(c) => names::run(c),
        Command::Rules { packs, config } => rules(&packs, &config),
        Command::Config(a) => config(a),
        Command::Explain {
            rule,
            packs,
            config,
        } => explain(&rule, &packs, &config),
        Command::Model { path, lang, claims } => model::model(&path, &lang, claims),
        Command::Lsp { config } => ascribe::lsp::serve_stdio(discovery(&config)),
    }
}

fn fail(msg: impl std::fmt::Display) -> i32 {
    eprintln!("ascribe: error: {msg}");
    EXIT_ERROR
}

fn severity(l: Level) -> Severity {
    match l {
        Level::Error => Severity::Error,
        Level::Warning => Severity::Warning,
        Level::Info => Severity::Info,
    }
}

fn family(q: QuoteStyle) -> Family {
    match q {
        QuoteStyle::Curly => Family::Curly,
        QuoteStyle::Straight => Family::Straight,
        QuoteStyle::Guillemet => Family::Guillemet,
        QuoteStyle::Low => Family::Low,
        QuoteStyle::Corner => Family::Corner,
    }
}

/// Most worker threads a run starts, unless the machine has more cores:
/// the work is all computation, so threads beyond the cores only cost
/// memory and start-up time.
const MAX_THREADS: usize = 64;

/// Runs `work` on a pool of worker threads: `None` or `Some(0)` one per
/// core, else `n`, at most [`MAX_THREADS`] (or the number of cores, if
/// more). When the system will not start that many (a process limit),
/// fewer are tried, down to one; only if not even one starts is it an
/// error.
pub(crate) fn with_threads(n: Option<usize>, work: impl FnOnce() -> i32 + Send) -> i32 {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let cap = MAX_THREADS.max(cores);
    let mut want = match n {
        None | Some(0) => cores,
        Some(n) if n > cap => {
            eprintln!("ascribe: warning: --threads {n} is more than {cap}; using {cap}");
            cap
        }
        Some(n) => n,
    };
    loop {
        // The threads a try starts, so that a failed try can wait for
        // them to end (rayon ends them when the pool fails to build):
        // still alive, they would hold the room the next, smaller try
        // needs, and every try would fail down to one thread.
        let mut started = Vec::new();
        let built = rayon::ThreadPoolBuilder::new()
            .num_threads(want)
            .spawn_handler(|t| {
                let mut b = std::thread::Builder::new();
                if let Some(name) = t.name() {
                    b = b.name(name.to_owned());
                }
                if let Some(size) = t.stack_size() {
                    b = b.stack_size(size);
                }
                started.push(b.spawn(|| t.run())?);
                Ok(())
            })
            .build();
        match built {
            Ok(pool) => return pool.install(work),
            Err(e) if want > 1 => {
                for h in started.drain(..) {
                    let _ = h.join();
                }
                let fewer = want / 2;
                eprintln!("ascribe: warning: could not start {want} threads ({e}); trying {fewer}");
                want = fewer;
            }
            Err(e) => {
                // Not even one more thread: this one does the work.
                eprintln!("ascribe: warning: could not start a thread ({e}); working on one");
                return match rayon::ThreadPoolBuilder::new()
                    .num_threads(1)
                    .use_current_thread()
                    .build()
                {
                    Ok(pool) => pool.install(work),
                    Err(e) => fail(format!("could not set up a worker: {e}")),
                };
            }
        }
    }
}

/// Checks `--enable`/`--disable` and sets up configuration discovery.
pub(crate) fn resolver(choice: &ConfigChoice, flags: Flags) -> Result<Resolver, ascribe::Error> {
    flags.validate()?;
    Resolver::new(discovery(choice), flags)
}

fn discovery(choice: &ConfigChoice) -> Discovery {
    match (&choice.config, choice.no_config) {
        (_, true) => Discovery::Off,
        (Some(f), false) => Discovery::File(f.into()),
        (None, false) => Discovery::Walk,
    }
}

fn config(a: ConfigArgs) -> i32 {
    // Standard input is governed as the current folder; any other path
    // must be there, or the answer would be about nothing.
    if a.path != "-" {
        if let Err(e) = std::fs::metadata(&a.path) {
            return fail(ascribe::Error::Io {
                path: a.path.clone().into(),
                source: e,
            });
        }
    }
    let mut resolver = match resolver(&a.config, Flags::default()) {
        Ok(r) => r,
        Err(e) => return fail(e),
    };
    let e = match resolver.resolve(std::path::Path::new(&a.path)) {
        Ok(e) => e,
        Err(e) => return fail(e),
    };
    let packs = match ascribe::packs::Packs::load_dirs(&e.options.packs) {
        Ok(p) => p,
        Err(e) => return fail(e),
    };
    for w in &packs.warnings {
        eprintln!("ascribe: warning: {w}");
    }
    let catalogue = ascribe::catalogue::Catalogue::new(&packs);
    print!("{}", ascribe::config::render(&a.path, &e, &catalogue));
    EXIT_CLEAN
}

/// The rules `rules` and `explain` describe: the built-in ones, and those
/// of the packs the configuration for the current folder names and of the
/// `--pack` folders; loading warnings are printed.
fn catalogue(dirs: &[String], choice: &ConfigChoice) -> Result<ascribe::catalogue::Catalogue, i32> {
    let flags = Flags {
        packs: dirs.iter().map(Into::into).collect(),
        ..Flags::default()
    };
    let mut resolver = resolver(choice, flags).map_err(fail)?;
    let e = resolver.resolve(std::path::Path::new(".")).map_err(fail)?;
    let packs = ascribe::packs::Packs::load_dirs(&e.options.packs).map_err(fail)?;
    for w in &packs.warnings {
        eprintln!("ascribe: warning: {w}");
    }
    Ok(ascribe::catalogue::Catalogue::new(&packs))
}

fn rules(dirs: &[String], choice: &ConfigChoice) -> i32 {
    let catalogue = match catalogue(dirs, choice) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let mut out = String::new();
    for e in catalogue.entries() {
        out.push_str(&e.listing());
        out.push('\n');
    }
    print!("{out}");
    EXIT_CLEAN
}

fn explain(id: &str, dirs: &[String], choice: &ConfigChoice) -> i32 {
    let catalogue = match catalogue(dirs, choice) {
        Ok(c) => c,
        Err(code) => return code,
    };
    match catalogue.find(id) {
        Some((_, e)) => {
            print!("{}", e.explain());
            EXIT_CLEAN
        }
        None => {
            let near = ascribe::config::did_you_mean(
                id,
                catalogue.entries().iter().map(|e| e.id.as_str()),
            );
            fail(format!("unknown rule `{id}` (see `ascribe rules`){near}"))
        }
    }
}
