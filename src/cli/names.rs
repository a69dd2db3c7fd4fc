//! `ascribe names`: names lists from a newsroom's archive.

use clap::Subcommand;

#[derive(Subcommand, Debug)]
pub enum NamesCommand {
    /// Build a names list (YAML) from a folder of articles.
    Learn {
        /// Files or directories of articles.
        #[arg(value_name = "PATH", required = true)]
        paths: Vec<String>,
    },
}

pub fn run(_cmd: NamesCommand) -> i32 {
    eprintln!("ascribe: error: names is not built yet");
    super::EXIT_ERROR
}
