//! The window's words: every language has every message, in sound Fluent, with the same
//! arguments, and every key the code asks for exists.
#![cfg(feature = "window")]

use layerlab::i18n::{self, Language};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn keys(language: Language) -> Vec<String> {
    let (keys, errors) = i18n::keys(language);
    assert!(
        errors.is_empty(),
        "{} has syntax errors: {errors:#?}",
        language.tag()
    );
    keys
}

#[test]
fn every_language_has_every_key_once() {
    let english: BTreeSet<String> = keys(Language::English).into_iter().collect();
    assert!(english.len() > 1, "en.ftl has no messages");
    for language in Language::ALL {
        let list = keys(language);
        let set: BTreeSet<String> = list.iter().cloned().collect();
        assert_eq!(
            set.len(),
            list.len(),
            "{}: a key appears twice",
            language.tag()
        );
        let missing: Vec<_> = english.difference(&set).collect();
        let extra: Vec<_> = set.difference(&english).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}.ftl: missing {missing:?}, not in en.ftl {extra:?}",
            language.tag()
        );
    }
}

/// The `$variables` of each message, from the raw file text.
fn variables(language: Language) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current = String::new();
    for line in language.resource().lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with('#') || trimmed.is_empty() {
            continue;
        }
        if !line.starts_with(' ') {
            if let Some((id, _)) = line.split_once('=') {
                current = id.trim().to_owned();
            }
        }
        let vars = out.entry(current.clone()).or_default();
        let mut rest = line;
        while let Some(i) = rest.find('$') {
            rest = &rest[i + 1..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            if !name.is_empty() {
                vars.insert(name);
            }
        }
    }
    out
}

#[test]
fn translations_use_the_arguments_english_uses() {
    let english = variables(Language::English);
    for language in [Language::SimplifiedChinese, Language::TraditionalChinese] {
        for (id, vars) in variables(language) {
            let want = english.get(&id).cloned().unwrap_or_default();
            assert!(
                vars.is_subset(&want),
                "{}.ftl `{id}` uses {:?}, which English does not pass",
                language.tag(),
                vars.difference(&want).collect::<Vec<_>>()
            );
        }
    }
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let p = entry.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn every_key_the_code_asks_for_exists() {
    let english: BTreeSet<String> = keys(Language::English).into_iter().collect();
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut asked = 0;
    let mut missing = Vec::new();
    // The i18n module's own docs show made-up keys.
    files.retain(|f| !f.components().any(|c| c.as_os_str() == "i18n"));
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let mut rest = text.as_str();
        while let Some(i) = rest.find("tr!(") {
            // `tr!` itself, not `include_str!`; the key may sit on the next line.
            let word_before = rest[..i]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_');
            rest = rest[i + 4..].trim_start();
            if word_before || !rest.starts_with('"') {
                continue;
            }
            rest = &rest[1..];
            let key: String = rest.chars().take_while(|c| *c != '"').collect();
            asked += 1;
            if !english.contains(&key) {
                missing.push(format!("{}: {key}", file.display()));
            }
        }
    }
    assert!(asked > 0, "no tr!(\"…\") found: the scan is broken");
    assert!(missing.is_empty(), "keys not in en.ftl: {missing:#?}");
}

#[test]
fn chinese_is_chinese() {
    // A translation that still holds the English text is not one. Names (layerlab, ONNX)
    // may stay; whole sentences may not.
    for language in [Language::SimplifiedChinese, Language::TraditionalChinese] {
        let mut same = Vec::new();
        for key in keys(language) {
            let zh = i18n::message_in(language, &key).unwrap_or_default();
            let en = i18n::message_in(Language::English, &key).unwrap_or_default();
            if zh == en && en.split_whitespace().count() >= 3 {
                same.push(key);
            }
        }
        assert!(same.is_empty(), "{}: untranslated {same:?}", language.tag());
    }
}

/// A string literal of a source file: its line, its text, and the code before it on its line.
struct Literal {
    line: usize,
    text: String,
    before: String,
}

/// The string literals of Rust source, outside comments, up to the test module.
fn literals(source: &str) -> Vec<Literal> {
    // Up to the test module: its `#[cfg(test)]`, whatever attributes follow it.
    let code = match source.find("\nmod tests {") {
        Some(m) => source[..m]
            .rfind("#[cfg(test)]")
            .map_or(source, |i| &source[..i]),
        None => source,
    };
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line, mut line_start) = (0, 1, 0);
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        match c {
            '\n' => {
                line += 1;
                line_start = i + 1;
                i += 1;
            }
            '/' if next == Some('/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '/' if next == Some('*') => {
                while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                    if chars[i] == '\n' {
                        line += 1;
                        line_start = i + 1;
                    }
                    i += 1;
                }
                i += 2;
            }
            '\'' => {
                // A char literal ('x', '\n', '"') or a lifetime ('a).
                if next == Some('\\') {
                    i += 2;
                    while i < chars.len() && chars[i] != '\'' {
                        i += 1;
                    }
                    i += 1;
                } else if chars.get(i + 2) == Some(&'\'') {
                    i += 3;
                } else {
                    i += 1;
                }
            }
            '"' | 'r'
                if c == '"'
                    || (next == Some('"') || next == Some('#')) && {
                        // r"…" or r#"…"# only when `r` starts a token.
                        let prev = if i == 0 { ' ' } else { chars[i - 1] };
                        !(prev.is_alphanumeric() || prev == '_')
                            && (next == Some('"') || chars.get(i + 2) == Some(&'"'))
                    } =>
            {
                let start_line = line;
                let before: String = chars[line_start..i].iter().collect();
                let mut text = String::new();
                if c == 'r' {
                    let mut j = i + 1;
                    let mut hashes = 0;
                    while chars.get(j) == Some(&'#') {
                        hashes += 1;
                        j += 1;
                    }
                    j += 1; // the opening quote
                    loop {
                        if j >= chars.len() {
                            break;
                        }
                        if chars[j] == '"'
                            && (0..hashes).all(|h| chars.get(j + 1 + h) == Some(&'#'))
                        {
                            j += 1 + hashes;
                            break;
                        }
                        if chars[j] == '\n' {
                            line += 1;
                            line_start = j + 1;
                        }
                        text.push(chars[j]);
                        j += 1;
                    }
                    i = j;
                } else {
                    let mut j = i + 1;
                    while j < chars.len() && chars[j] != '"' {
                        if chars[j] == '\\' {
                            j += 1;
                        }
                        if chars.get(j) == Some(&'\n') {
                            line += 1;
                            line_start = j + 1;
                        }
                        if let Some(ch) = chars.get(j) {
                            text.push(*ch);
                        }
                        j += 1;
                    }
                    i = j + 1;
                }
                out.push(Literal {
                    line: start_line,
                    text,
                    before,
                });
            }
            _ => i += 1,
        }
    }
    out
}

/// Whether a literal reads as words for people: two words in a row, or one capitalised
/// word ("Train"). Keys (`menu-file`), ids (`layers`), formats (`{:.3}`) and the names
/// every language keeps (ONNX, ReLU) are not.
fn reads_as_words(text: &str) -> bool {
    const NAMES: [&str; 40] = [
        "layerlab",
        "ONNX",
        "PyTorch",
        "CSV",
        "RON",
        "JSON",
        "ReLU",
        "GELU",
        "ELU",
        "SiLU",
        "Tanh",
        "Sigmoid",
        "Softplus",
        "LeakyReLU",
        "Adam",
        "AdamW",
        "SGD",
        "RMSprop",
        "MSE",
        "MAE",
        "RMSE",
        "Huber",
        "Dense",
        "Conv2d",
        "MaxPool",
        "AvgPool",
        "BatchNorm",
        "LayerNorm",
        "Dropout",
        "Flatten",
        "Xavier",
        "He",
        "Ctrl",
        "Shift",
        "Esc",
        "F1",
        "R",
        "Nesterov",
        "Glorot",
        "NaN",
    ];
    let words: Vec<&str> = text
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 2)
        .filter(|w| !NAMES.contains(w))
        .collect();
    let capitalised = words.iter().any(|w| {
        let mut cs = w.chars();
        cs.next().is_some_and(|c| c.is_ascii_uppercase())
            && cs.clone().count() >= 2
            && cs.all(|c| c.is_ascii_lowercase())
    });
    let two_words = text
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_ascii_alphabetic()).count() >= 2)
        .filter(|w| {
            !NAMES
                .iter()
                .any(|n| w.trim_matches(|c: char| !c.is_alphanumeric()) == *n)
        })
        .count()
        >= 2;
    capitalised || two_words
}

/// Literals that need no translation: a key, an id, a format, or a line marked
/// `// i18n-ignore` (on it or the line above; say why: a log line, a file filter's
/// extension, a test hook).
fn exempt(lit: &Literal, lines: &[&str]) -> bool {
    let before = lit.before.trim_end();
    let marked = |n: usize| n >= 1 && lines.get(n - 1).is_some_and(|l| l.contains("i18n-ignore"));
    before.ends_with("tr!(")
        || before.ends_with("id_salt(")
        || before.ends_with("Id::new(")
        || before.ends_with("eprintln!(")
        || before.ends_with("println!(")
        || before.trim_start().starts_with("#[")
        || marked(lit.line)
        || marked(lit.line - 1)
        || !reads_as_words(&lit.text)
}

#[test]
fn the_literal_scan_finds_words_and_skips_keys() {
    let src = "fn f() {\n    ui.label(\"Train the network\");\n    ui.label(tr!(\"train-button\"));\n    // ui.label(\"In a comment\");\n    let c = '\"';\n    ui.button(\"Loss\"); // i18n-ignore: an example\n    egui::Id::new(\"Some Id\");\n    ui.label(format!(\"{:.3}\", x));\n}\n";
    let lines: Vec<&str> = src.lines().collect();
    let flagged: Vec<String> = literals(src)
        .into_iter()
        .filter(|l| !exempt(l, &lines))
        .map(|l| format!("{}:{}", l.line, l.text))
        .collect();
    assert_eq!(flagged, vec!["2:Train the network".to_owned()]);
}

#[test]
fn no_words_are_written_inside_a_panel() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for dir in ["ui", "app", "window"] {
        rust_files(&root.join(dir), &mut files);
    }
    files.sort();
    let mut found = Vec::new();
    for file in &files {
        let source = std::fs::read_to_string(file).unwrap();
        let lines: Vec<&str> = source.lines().collect();
        for lit in literals(&source) {
            if !exempt(&lit, &lines) {
                let rel = file.strip_prefix(&root).unwrap_or(file);
                found.push(format!(
                    "src/{}:{}: {:?}",
                    rel.display(),
                    lit.line,
                    lit.text
                ));
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} user-facing strings written in the code instead of assets/i18n/en.ftl \
         (use tr!, or mark a line `// i18n-ignore: why`):\n{}",
        found.len(),
        found.join("\n")
    );
}
