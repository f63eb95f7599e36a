//! The example sessions in saves/ open, carry their history, and continue training.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly

use layerlab::session::Session;
use std::path::Path;
use std::process::Command;

const EXAMPLES: [&str; 4] = ["xor-tanh.ron", "spiral.ron", "iris.ron", "digits-cnn.ron"];

#[test]
fn every_example_opens_with_history_and_continues() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("saves");
    for name in EXAMPLES {
        let path = dir.join(name);
        let s = Session::load(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        let state = s
            .state
            .as_ref()
            .unwrap_or_else(|| panic!("{name} has trained weights"));
        assert!(
            state.epoch > 0 && s.history.epochs.len() == state.epoch as usize,
            "{name}: history of every epoch"
        );
        s.check_weights().unwrap_or_else(|e| panic!("{name}: {e}"));
        let loaded = s
            .load_dataset(Some(&path))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(loaded.warnings.is_empty(), "{name}: {:?}", loaded.warnings);
        let out = Command::new(env!("CARGO_BIN_EXE_layerlab"))
            .args([
                "train",
                path.to_str().expect("utf-8"),
                "--epochs",
                "2",
                "--json",
            ])
            .output()
            .expect("run");
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let last = String::from_utf8_lossy(&out.stdout)
            .lines()
            .last()
            .map(str::to_string)
            .unwrap_or_default();
        let v: serde_json::Value = serde_json::from_str(&last).expect("json summary");
        assert_eq!(
            v["epochs"],
            state.epoch + 2,
            "{name} continued from epoch {}",
            state.epoch
        );
    }
}
