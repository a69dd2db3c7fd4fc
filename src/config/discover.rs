//! Which configuration governs which file: the nearest `.ascribe.yaml`
//! above it, one named on the command line, or none.

use super::file::ConfigFile;
use super::layer::{effective, Effective, Flags};
use crate::error::Error;
use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

/// The name looked for in each folder from a file's own up to the root.
pub const CONFIG_NAME: &str = ".ascribe.yaml";

/// How configuration is found.
#[derive(Debug, Clone)]
pub enum Discovery {
    /// The nearest `.ascribe.yaml`, walking up from each file's folder.
    Walk,
    /// This file, for every path (`--config FILE`).
    File(PathBuf),
    /// None: shipped defaults and flags only (`--no-config`).
    Off,
}

/// Resolves effective configurations, reading each configuration file
/// once and looking in each folder once.
pub struct Resolver {
    discovery: Discovery,
    flags: Flags,
    cwd: PathBuf,
    /// Folder → the configuration file governing it, if any.
    found: HashMap<PathBuf, Option<PathBuf>>,
    /// Configuration file → its contents, or why it cannot be used.
    loaded: HashMap<PathBuf, Result<Arc<ConfigFile>, Error>>,
    /// A folder as given → made absolute with symlinks resolved: the files
    /// of one folder share it, so a walk of thousands of files resolves
    /// each folder once.
    folders: HashMap<PathBuf, PathBuf>,
    /// `--config FILE`, made absolute once.
    named: Option<PathBuf>,
    /// Configuration file (or none) → the answer for every file it
    /// governs, for those without override blocks.
    same: HashMap<Option<PathBuf>, Effective>,
}

impl Resolver {
    pub fn new(discovery: Discovery, flags: Flags) -> Result<Resolver, Error> {
        let cwd = std::env::current_dir()
            .map_err(|e| Error::Usage(format!("cannot read the current folder: {e}")))?;
        Ok(Resolver::in_folder(discovery, flags, &cwd))
    }

    /// A resolver for paths relative to `cwd`, which messages and listings
    /// show paths relative to.
    pub fn in_folder(discovery: Discovery, flags: Flags, cwd: &Path) -> Resolver {
        let cwd = cwd.canonicalize().unwrap_or_else(|_| cwd.to_path_buf());
        let named = match &discovery {
            Discovery::File(f) => Some(absolute(&cwd, f)),
            _ => None,
        };
        Resolver {
            named,
            discovery,
            flags,
            cwd,
            found: HashMap::new(),
            loaded: HashMap::new(),
            folders: HashMap::new(),
            same: HashMap::new(),
        }
    }

    /// The effective configuration for `path` (a file, a folder, or `-`
    /// for standard input, which is governed as the current folder).
    pub fn resolve(&mut self, path: &Path) -> Result<Effective, Error> {
        let stdin = path == Path::new("-") || path == Path::new("<stdin>");
        let abs = if stdin {
            self.cwd.clone()
        } else {
            absolute(&self.cwd, path)
        };
        let start = if abs.is_dir() {
            abs.clone()
        } else {
            abs.parent().map_or_else(|| abs.clone(), Path::to_path_buf)
        };
        self.resolve_at(stdin, abs, &start)
    }

    /// `resolve` for a path known to be a file (as the folder walk gives
    /// them): its folder is resolved once for all the files in it.
    pub fn resolve_file(&mut self, path: &Path) -> Result<Effective, Error> {
        let (Some(parent), Some(name)) = (path.parent(), path.file_name()) else {
            return self.resolve(path);
        };
        let folder = match self.folders.get(parent) {
            Some(f) => f.clone(),
            None => {
                let f = absolute(&self.cwd, parent);
                self.folders.insert(parent.to_path_buf(), f.clone());
                f
            }
        };
        let abs = folder.join(name);
        self.resolve_at(false, abs, &folder)
    }

    fn resolve_at(&mut self, stdin: bool, abs: PathBuf, start: &Path) -> Result<Effective, Error> {
        let config_path = match &self.discovery {
            Discovery::Off => None,
            Discovery::File(_) => self.named.clone(),
            Discovery::Walk => self.nearest(start),
        };
        let config = match &config_path {
            None => None,
            Some(p) => Some(self.load(p)?),
        };
        // Without override blocks, where a file lies under its
        // configuration changes nothing: every file it governs gets the
        // same answer.
        let same_for_all = !stdin && config.as_ref().is_none_or(|c| c.overrides.is_empty());
        if same_for_all {
            if let Some(e) = self.same.get(&config_path) {
                return Ok(e.clone());
            }
        }
        let rel = match &config {
            Some(c) if !stdin => abs.strip_prefix(&c.dir).ok().map(Path::to_path_buf),
            _ => None,
        };
        let e = effective(config.as_deref(), rel.as_deref(), &self.flags)?;
        if same_for_all {
            self.same.insert(config_path, e.clone());
        }
        Ok(e)
    }

    fn nearest(&mut self, dir: &Path) -> Option<PathBuf> {
        let mut walked = Vec::new();
        let mut at = Some(dir);
        let mut hit = None;
        while let Some(d) = at {
            if let Some(known) = self.found.get(d) {
                hit = known.clone();
                break;
            }
            walked.push(d.to_path_buf());
            let candidate = d.join(CONFIG_NAME);
            if candidate.is_file() {
                hit = Some(candidate);
                break;
            }
            at = d.parent();
        }
        for d in walked {
            self.found.insert(d, hit.clone());
        }
        hit
    }

    fn load(&mut self, path: &Path) -> Result<Arc<ConfigFile>, Error> {
        if !self.loaded.contains_key(path) {
            let shown = relative_to(path, &self.cwd)
                .to_string_lossy()
                .replace('\\', "/");
            let r = ConfigFile::load(path, &shown, &self.cwd).map(Arc::new);
            self.loaded.insert(path.to_path_buf(), r);
        }
        match &self.loaded[path] {
            Ok(c) => Ok(c.clone()),
            Err(e) => Err(dup(e)),
        }
    }
}

/// A copy of a configuration error (they hold only text).
fn dup(e: &Error) -> Error {
    match e {
        Error::Config {
            path,
            line,
            column,
            message,
        } => Error::Config {
            path: path.clone(),
            line: *line,
            column: *column,
            message: message.clone(),
        },
        other => Error::Usage(other.to_string()),
    }
}

/// `path` made absolute against `cwd`, symlinks resolved when it exists,
/// so that it can be compared with the folders configurations sit in.
fn absolute(cwd: &Path, path: &Path) -> PathBuf {
    let joined = cwd.join(path);
    joined.canonicalize().unwrap_or_else(|_| normalize(&joined))
}

/// Removes `.` and `..` without touching the file system.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// `path` relative to `base` (both absolute), with `..` where needed, so
/// that messages and listings never show absolute paths.
pub fn relative_to(path: &Path, base: &Path) -> PathBuf {
    let p: Vec<Component> = path.components().collect();
    let b: Vec<Component> = base.components().collect();
    if p.first() != b.first() {
        return path.to_path_buf();
    }
    let common = p.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut out = PathBuf::new();
    for _ in common..b.len() {
        out.push("..");
    }
    for c in &p[common..] {
        out.push(c);
    }
    if out.as_os_str().is_empty() {
        out.push(".");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_climb_with_dots() {
        let r = |p: &str, b: &str| relative_to(Path::new(p), Path::new(b));
        assert_eq!(r("/a/b/c.yaml", "/a"), PathBuf::from("b/c.yaml"));
        assert_eq!(r("/a/c.yaml", "/a/b"), PathBuf::from("../c.yaml"));
        assert_eq!(r("/a", "/a"), PathBuf::from("."));
        assert_eq!(normalize(Path::new("/a/./b/../c")), PathBuf::from("/a/c"));
    }
}
