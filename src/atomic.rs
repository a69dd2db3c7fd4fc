//! Writing a file so that a reader never sees it half-written: the bytes
//! go to a temporary file in the same folder (so that the rename stays on
//! one file system), which then replaces the file in one step.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Replaces the file at `path` with `contents`. An existing file keeps its
/// permissions, and a symbolic link keeps pointing at the file it names
/// (that file is replaced). On an error the file is as it was and the
/// temporary file is removed.
pub fn write(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    // Through a link to the file itself: renaming over the link would
    // put a plain file in its place.
    let target = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let permissions = std::fs::metadata(&target).ok().map(|m| m.permissions());
    let tmp = temp_path(&target);
    let written = (|| {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(contents)?;
        if let Some(p) = permissions {
            f.set_permissions(p)?;
        }
        // On disk before the rename, so that a crash cannot leave the
        // new name pointing at a file not yet written.
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, &target)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

/// `.<name>.<pid>.ascribe-tmp` beside `path`: hidden, and not one another
/// ascribe process writes at the same moment.
fn temp_path(path: &Path) -> PathBuf {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    dir.join(format!(".{name}.{}.ascribe-tmp", std::process::id()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(tag: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("ascribe-atomic-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    #[cfg(unix)]
    #[test]
    fn permissions_and_links_are_kept_and_no_temporary_file_is_left() {
        use std::os::unix::fs::PermissionsExt;
        let d = dir("perm");
        let file = d.join("story.txt");
        std::fs::write(&file, "old").unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o640)).unwrap();
        let link = d.join("link.txt");
        std::os::unix::fs::symlink(&file, &link).unwrap();
        write(&link, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "new");
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
        let names: Vec<_> = std::fs::read_dir(&d)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 2, "{names:?}");
        let _ = std::fs::remove_dir_all(&d);
    }

    #[test]
    fn a_failed_write_leaves_the_file_and_no_temporary_file() {
        let d = dir("fail");
        // A folder where the file should be: the rename fails.
        let target = d.join("story.txt");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("inside"), "x").unwrap();
        assert!(write(&target, b"new").is_err());
        assert!(target.is_dir());
        let names: Vec<_> = std::fs::read_dir(&d)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
        let _ = std::fs::remove_dir_all(&d);
    }
}
