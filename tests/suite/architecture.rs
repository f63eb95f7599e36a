//! The arrows of ARCHITECTURE.md: each module imports only the modules it may, and only
//! the window and the panels touch egui. A new arrow is a decision: change the table there
//! and here together.
#![allow(clippy::expect_used)]

use std::collections::BTreeSet;
use std::path::Path;

const MODULES: [&str; 14] = [
    "model", "engine", "data", "train", "session", "bench", "app", "ui", "window", "cli", "numfmt",
    "snippet", "export", "i18n",
];

/// (module, the modules it may import)
const ALLOWED: [(&str, &[&str]); 14] = [
    ("model", &[]),
    ("engine", &["model", "snippet"]),
    ("data", &["model", "numfmt", "snippet"]),
    ("train", &["engine", "data", "model"]),
    ("session", &["train", "engine", "data", "model", "snippet"]),
    ("bench", &["train", "engine", "data", "model"]),
    (
        "app",
        &["train", "session", "data", "model", "export", "i18n"],
    ),
    ("ui", &["app", "train", "data", "model", "numfmt", "i18n"]),
    (
        "window",
        &["app", "ui", "bench", "train", "data", "model", "i18n"],
    ),
    (
        "cli",
        &[
            "bench", "data", "engine", "export", "model", "session", "snippet", "train", "window",
            "numfmt",
        ],
    ),
    ("export", &["model", "data", "session", "train", "engine"]),
    ("numfmt", &[]),
    ("snippet", &[]),
    ("i18n", &[]),
];

/// Every `.rs` file of a module (its folder and/or its `NAME.rs`), without comment lines.
fn module_code(root: &Path, module: &str) -> String {
    let mut files = Vec::new();
    let file = root.join(format!("{module}.rs"));
    if file.exists() {
        files.push(file);
    }
    let mut dirs = vec![root.join(module)];
    while let Some(d) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                files.push(p);
            }
        }
    }
    assert!(!files.is_empty(), "module {module} has no files");
    files
        .iter()
        .map(|f| std::fs::read_to_string(f).expect("readable source"))
        .flat_map(|text| {
            text.lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .map(|l| format!("{l}\n"))
                .collect::<Vec<_>>()
        })
        .collect()
}

fn imports(code: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for m in MODULES {
        if code.contains(&format!("crate::{m}::"))
            || code.contains(&format!("crate::{m}}}"))
            || code.contains(&format!("crate::{m};"))
            || code.contains(&format!("crate::{m},"))
            || code.contains(&format!("crate::{{{m}"))
        {
            found.insert(m.to_string());
        }
    }
    found
}

#[test]
fn every_module_imports_only_what_the_table_allows() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut broken = Vec::new();
    for (module, allowed) in ALLOWED {
        let code = module_code(&root, module);
        for m in imports(&code) {
            if m != module && !allowed.contains(&m.as_str()) {
                broken.push(format!("{module} imports {m}"));
            }
        }
    }
    assert!(
        broken.is_empty(),
        "arrows not in ARCHITECTURE.md: {broken:?}"
    );
}

#[test]
fn only_the_window_and_the_panels_touch_egui_and_only_the_engine_dfdx() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for module in MODULES {
        let code = module_code(&root, module);
        let egui = code.contains("egui::") || code.contains("eframe::");
        assert_eq!(
            egui,
            matches!(module, "ui" | "window"),
            "{module} {} egui",
            if egui { "uses" } else { "does not use" }
        );
        let dfdx = code.contains("dfdx::");
        assert!(
            !dfdx || matches!(module, "engine" | "bench"),
            "{module} uses dfdx"
        );
    }
}
