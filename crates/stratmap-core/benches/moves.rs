//! 100 000 moves in a row through the core (figures, not assertions): a 1 000-initiative canvas
//! on a real file, one durable commit per move through the `Editor`, as a long drag session
//! would make them. Per window of 10 000 moves it prints the median and p99 latency, the
//! .stratmap and -wal sizes and the process's resident memory; then the sizes after close.
//! The latency should stay flat and the files small (the WAL is checkpointed as it goes and
//! truncated on close; the undo history is capped).
//!
//! `cargo bench -p stratmap-core --bench moves`; `STRATMAP_BENCH_MOVES=N` changes the count,
//! `STRATMAP_BENCH_DIR=DIR` where the canvas is written (default: a temporary folder).

#![allow(clippy::unwrap_used)] // a benchmark stops loudly on any failure

use std::path::Path;
use std::time::{Duration, Instant};

use stratmap_core::{Context, Editor, Op, Template};

const CARDS: usize = 1_000;
const WINDOW: usize = 10_000;

fn csv_rows(count: usize) -> String {
    let mut text = String::from("area,title,position,owner,status,impact,notes\n");
    for n in 0..count {
        let area = ["End goal", "Growth strategy", "Marketing strategy"][n % 3];
        let position = (n * 37 % 201) as i64 - 100;
        text += &format!(
            "{area},Card {n},{position},Owner {},active,{},\n",
            n % 17,
            1 + n % 3
        );
    }
    text
}

fn size(path: &Path) -> u64 {
    std::fs::metadata(path).map_or(0, |m| m.len())
}

fn side(path: &Path, suffix: &str) -> std::path::PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    name.into()
}

/// Resident memory in KiB (Linux), or 0 where /proc is not there.
fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn micros(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}

fn main() {
    // `cargo bench` passes "--bench"; `cargo test --benches` would too: run only when benched.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let moves: usize = std::env::var("STRATMAP_BENCH_MOVES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(100_000);
    let dir = match std::env::var_os("STRATMAP_BENCH_DIR") {
        Some(d) => tempfile::tempdir_in(d).unwrap(),
        None => tempfile::tempdir().unwrap(),
    };
    let path = dir.path().join("moves.stratmap");
    let wal = side(&path, "-wal");
    let mut editor = Editor::create(&path, "Moves", Template::Basic, Context::system()).unwrap();
    editor.import_csv(&csv_rows(CARDS)).unwrap();
    drop(editor);
    let start_size = size(&path);
    let mut editor = Editor::open(&path, Context::system()).unwrap();
    let ids: Vec<_> = editor.document().initiatives().map(|i| i.id).collect();
    println!(
        "{moves} moves on a {CARDS}-initiative canvas in {}; file {} KiB before",
        dir.path().display(),
        start_size / 1024
    );
    println!(
        "{:>8}  {:>10}  {:>10}  {:>10}  {:>10}  {:>9}  {:>9}",
        "moves", "median µs", "p99 µs", "max µs", "file KiB", "wal KiB", "RSS KiB"
    );
    let mut window = Vec::with_capacity(WINDOW);
    let mut all = Vec::with_capacity(moves);
    let started = Instant::now();
    for n in 0..moves {
        // A card moves a step at a time, as in a drag, then the next card.
        let op = Op::MoveInitiative {
            id: ids[(n / 7) % ids.len()],
            position: ((n * 13) % 201) as f64 - 100.0,
            area_id: None,
            lane_offset: None,
        };
        let t = Instant::now();
        editor.apply(op).unwrap();
        window.push(t.elapsed());
        if window.len() == WINDOW || n + 1 == moves {
            window.sort();
            let at = |q: f64| micros(window[((window.len() - 1) as f64 * q) as usize]);
            println!(
                "{:>8}  {:>10.0}  {:>10.0}  {:>10.0}  {:>10}  {:>9}  {:>9}",
                n + 1,
                at(0.5),
                at(0.99),
                at(1.0),
                size(&path) / 1024,
                size(&wal) / 1024,
                rss_kib()
            );
            all.append(&mut window);
        }
    }
    let total = started.elapsed();
    drop(editor);
    all.sort();
    let at = |q: f64| micros(all[((all.len() - 1) as f64 * q) as usize]);
    println!(
        "all: median {:.0} µs, p99 {:.0} µs, max {:.0} µs, {:.1} s in total",
        at(0.5),
        at(0.99),
        at(1.0),
        total.as_secs_f64()
    );
    println!(
        "after close: file {} KiB (was {} KiB), -wal {}",
        size(&path) / 1024,
        start_size / 1024,
        if wal.exists() {
            format!("{} bytes", size(&wal))
        } else {
            "gone".to_string()
        }
    );
}
