//! Arbitrary bytes as a names list (`--names FILE`): reading it must give
//! a list or an error naming the file, never a panic; a list read must
//! answer lookups and check an article without one.
#![no_main]

use ascribe::names::List;
use libfuzzer_sys::fuzz_target;

const ARTICLE: &str = "Zelensky Meets Ushakov\n\nKiev said Uhsakov and Yury Ushakov met \
    Volodymyr Zelensky in Kyiv. Ushakov left.\n";

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    match List::from_texts(&[("desk.yaml".to_string(), text.clone())]) {
        Err(e) => assert!(e.to_string().starts_with("desk.yaml"), "{e}"),
        Ok(list) => {
            let mut buf = Vec::new();
            // The English endings, as `check` passes them.
            let endings = ascribe::names::Data::builtin("en")
                .map(|d| d.endings)
                .unwrap_or_default();
            for w in ["Ushakov", "Uhsakov", "Kiev", "Zelensky", ""] {
                let _ = list.near_miss(w, &endings, &mut buf);
            }
            // Through the checker, as `check --names` uses it.
            let dir =
                std::env::temp_dir().join(format!("ascribe-fuzz-names-{}", std::process::id()));
            let _ = std::fs::create_dir_all(&dir);
            let path = dir.join("desk.yaml");
            if std::fs::write(&path, &text).is_ok() {
                let opts = ascribe::CheckOptions {
                    names: vec![path],
                    ..Default::default()
                };
                if let Ok(checker) = ascribe::Checker::new(&opts) {
                    for f in checker.check(ARTICLE, ascribe::Format::Plain) {
                        assert!(f.span.end as usize <= ARTICLE.len());
                    }
                }
            }
        }
    }
});
