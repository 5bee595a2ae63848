//! Losing nothing: a writer process applying a stream of operations is killed (SIGKILL) at random
//! moments, many times over. After every kill the file opens, `PRAGMA integrity_check` is ok, and
//! every operation the writer acknowledged is in the file.
//!
//! The writer is this test binary itself, re-run in "writer" mode (the ignored test below).

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use stratmap_core::{Access, CanvasFile, Context, Editor, NewInitiative, Op, Template};

const ROUNDS: u64 = 40;
const SEED_TITLES: usize = 12;

/// What op `i` of round `round` does: every 10th adds a card, the others move one.
fn position(round: u64, i: u64) -> f64 {
    ((round * 7919 + i * 31) % 201) as f64 - 100.0
}

fn added_title(round: u64, i: u64) -> String {
    format!("added r{round} i{i}")
}

/// Titles and positions, by title: the state a user would check.
fn state(path: &Path) -> BTreeMap<String, f64> {
    let file = CanvasFile::open(path, Access::Read).expect("the file opens after a kill");
    file.document()
        .initiatives()
        .map(|i| (i.title.clone(), i.position))
        .collect()
}

/// Applies ops `0..count` of `round` to `start`, as the writer does.
fn replay(start: &BTreeMap<String, f64>, round: u64, count: u64) -> BTreeMap<String, f64> {
    let movable: Vec<String> = start.keys().cloned().collect();
    let mut state = start.clone();
    for i in 0..count {
        if i % 10 == 9 {
            state.insert(added_title(round, i), position(round, i));
        } else {
            let title = &movable[(i as usize) % movable.len()];
            state.insert(title.clone(), position(round, i));
        }
    }
    state
}

#[test]
#[ignore = "run by kill_at_random_moments_loses_nothing as its writer process"]
fn writer() {
    let Ok(path) = std::env::var("STRATMAP_KILL_FILE") else {
        return;
    };
    let round: u64 = std::env::var("STRATMAP_KILL_ROUND")
        .unwrap()
        .parse()
        .unwrap();
    let mut editor = Editor::open(Path::new(&path), Context::system()).expect("writer opens");
    let mut movable: Vec<(String, uuid::Uuid)> = editor
        .document()
        .initiatives()
        .map(|i| (i.title.clone(), i.id))
        .collect();
    movable.sort();
    let area_id = editor.document().areas()[0].id;
    let mut out = std::io::stdout().lock();
    for i in 0u64.. {
        if i % 10 == 9 {
            editor
                .add_initiative(NewInitiative {
                    area_id,
                    title: added_title(round, i),
                    position: position(round, i),
                    ..NewInitiative::default()
                })
                .expect("add");
        } else {
            let (_, id) = &movable[(i as usize) % movable.len()];
            editor
                .apply(Op::MoveInitiative {
                    id: *id,
                    position: position(round, i),
                    area_id: None,
                    lane_offset: None,
                })
                .expect("move");
        }
        // The acknowledgement: written only after the op's transaction committed.
        // On its own line: the test harness may have left "test writer ... " unterminated.
        writeln!(out, "\nstratmap-ack {i}").unwrap();
        out.flush().unwrap();
    }
}

#[test]
fn kill_at_random_moments_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("stream.stratmap");
    let mut editor =
        Editor::create(&path, "Kill test", Template::Basic, Context::system()).unwrap();
    for n in 0..SEED_TITLES {
        let area_id = editor.document().areas()[n % 3].id;
        editor
            .add_initiative(NewInitiative {
                area_id,
                title: format!("seed {n:02}"),
                position: 0.0,
                ..NewInitiative::default()
            })
            .unwrap();
    }
    drop(editor);

    let mut rng = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos() as u64
        | 1;
    let seed = rng;
    let mut total_acked = 0u64;
    for round in 0..ROUNDS {
        let before = state(&path);
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "writer",
                "--exact",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("STRATMAP_KILL_FILE", &path)
            .env("STRATMAP_KILL_ROUND", round.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // xorshift: a kill moment between 5 and 120 ms after start, reproducible from the seed.
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        std::thread::sleep(Duration::from_millis(5 + rng % 116));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let acked = BufReader::new(child.stdout.take().unwrap())
            .lines()
            .map_while(Result::ok)
            .filter_map(|line| {
                let at = line.find("stratmap-ack ")?;
                line[at + "stratmap-ack ".len()..]
                    .trim()
                    .parse::<u64>()
                    .ok()
            })
            .last()
            .map_or(0, |last| last + 1);
        total_acked += acked;

        let conn = rusqlite::Connection::open(&path).unwrap();
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok", "round {round} (seed {seed})");
        drop(conn);
        let after = state(&path);
        let acknowledged = replay(&before, round, acked);
        let one_more = replay(&before, round, acked + 1);
        if after != acknowledged && after != one_more {
            let differences: Vec<String> = after
                .iter()
                .filter(|(title, position)| acknowledged.get(*title) != Some(position))
                .map(|(title, position)| {
                    format!(
                        "{title}: file {position}, expected {:?}",
                        acknowledged.get(title)
                    )
                })
                .collect();
            panic!(
                "round {round} (seed {seed}): {acked} ops acknowledged, but the file differs: {differences:?}; \
                 missing: {:?}",
                acknowledged
                    .keys()
                    .filter(|t| !after.contains_key(*t))
                    .collect::<Vec<_>>()
            );
        }
    }
    assert!(
        total_acked > ROUNDS,
        "the writer must get some work done between kills (acked {total_acked})"
    );
    println!("{ROUNDS} kills, {total_acked} acknowledged ops, all present (seed {seed})");
}
