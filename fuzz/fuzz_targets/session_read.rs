//! Fuzzes the session parser: any bytes must give a `Session` or a `SessionError`, never a
//! panic (including panics that the parser would catch: libFuzzer aborts on every panic).
//! A session that parses must write back to RON that parses again.
//! Run with `scripts/fuzz.sh session_read` (stable toolchain).
#![no_main]

use layerlab::session::Session;
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let origin = Path::new("/fuzz/session.ron");
    let Ok(session) = Session::from_ron_str(text, origin) else {
        return;
    };
    let _ = format!("{session:?}");
    let written = match session.to_ron_string(origin) {
        Ok(w) => w,
        Err(e) => panic!("a parsed session could not be written: {e}"),
    };
    if let Err(e) = Session::from_ron_str(&written, origin) {
        panic!("a written session did not parse back: {e}\n{written}");
    }
});
