//! `ascribe extract`: the attribution map of each article.

use clap::Args;

#[derive(Args, Debug)]
pub struct ExtractArgs {
    /// Files or directories to read; `-` reads standard input.
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<String>,
}

pub fn run(_args: ExtractArgs) -> i32 {
    eprintln!("ascribe: error: extract is not built yet");
    super::EXIT_ERROR
}
