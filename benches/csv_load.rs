//! Load speed and peak memory of the CSV reader on a 1M × 11 numeric file (≈100 MB).
//!
//! Run with `cargo bench --bench csv_load`. Prints the median of three loads in seconds and
//! MB/s, and the peak heap during a load (measured by a counting global allocator) against
//! the 44 MB of the final f32 matrix. The reference is pandas.read_csv at 0.69 s.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly

use layerlab::data::{prepare, read_csv_path, DataConfig, ReadOptions};
use rand::{Rng, SeedableRng};
use std::alloc::{GlobalAlloc, Layout, System};
use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

/// Counts live heap bytes and their high-water mark.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grow(by: usize) {
    let now = LIVE.fetch_add(by, Ordering::Relaxed) + by;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            grow(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = System.realloc(ptr, layout, new_size);
        if !p.is_null() {
            // Count the moment both blocks may exist, then release the old one.
            grow(new_size);
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        }
        p
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

const ROWS: usize = 1_000_000;
const COLS: usize = 11;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("bench.csv");
    {
        let mut w = std::io::BufWriter::new(std::fs::File::create(&path)?);
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(7);
        let names: Vec<String> = (1..=COLS).map(|i| format!("f{i}")).collect();
        writeln!(w, "{}", names.join(","))?;
        for _ in 0..ROWS {
            for c in 0..COLS {
                let v: f64 = rng.gen_range(-1000.0..1000.0);
                if c + 1 < COLS {
                    write!(w, "{v:.4},")?;
                } else {
                    writeln!(w, "{v:.4}")?;
                }
            }
        }
    }
    let bytes = std::fs::metadata(&path)?.len();
    let matrix = (ROWS * COLS * 4) as f64;
    let mut times = Vec::new();
    let mut peaks = Vec::new();
    for _ in 0..3 {
        let base = LIVE.load(Ordering::Relaxed);
        PEAK.store(base, Ordering::Relaxed);
        let t0 = Instant::now();
        let table = read_csv_path(&path, &ReadOptions::default(), None, None)?;
        times.push(t0.elapsed().as_secs_f64());
        peaks.push(PEAK.load(Ordering::Relaxed) - base);
        assert_eq!((table.rows(), table.columns.len()), (ROWS, COLS));
        drop(table);
    }
    times.sort_by(f64::total_cmp);
    let median = times[1];
    let peak = peaks.iter().copied().max().unwrap_or(0) as f64;
    println!(
        "csv_load: {ROWS} rows x {COLS} cols, {:.1} MB",
        bytes as f64 / 1e6
    );
    println!(
        "  median of 3: {median:.3} s   ({:.0} MB/s)   runs: {times:.3?}",
        bytes as f64 / 1e6 / median
    );
    println!(
        "  peak heap: {:.1} MB = {:.2} x the {:.0} MB f32 matrix",
        peak / 1e6,
        peak / matrix,
        matrix / 1e6
    );
    println!("  reference: pandas.read_csv 0.69 s");
    let table = read_csv_path(&path, &ReadOptions::default(), None, None)?;
    let t0 = Instant::now();
    let (ds, _) = prepare(&table, &DataConfig::default())?;
    println!(
        "  prepare (standardise, split 70/15/15): {:.3} s, {} train rows",
        t0.elapsed().as_secs_f64(),
        ds.train.rows
    );
    Ok(())
}
