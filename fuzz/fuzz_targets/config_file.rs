//! Arbitrary bytes as an `.ascribe.yaml`: reading it must give a
//! configuration or an error naming the file, never a panic; a
//! configuration read must layer and list without one.
#![no_main]

use ascribe::config::{effective, render, ConfigFile, Flags};
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let dir = Path::new("/nonexistent-fuzz");
    match ConfigFile::parse(&text, &dir.join(".ascribe.yaml"), ".ascribe.yaml", dir) {
        Ok(config) => {
            for rel in ["a.txt", "opinion/b.md", "x/y/z.txt"] {
                if let Ok(e) = effective(Some(&config), Some(Path::new(rel)), &Flags::default()) {
                    let catalogue = ascribe::catalogue::Catalogue::new(&Default::default());
                    let shown = render(rel, &e, &catalogue);
                    assert!(shown.starts_with("path: "));
                }
            }
        }
        Err(e) => assert!(e.to_string().starts_with(".ascribe.yaml"), "{e}"),
    }
});
