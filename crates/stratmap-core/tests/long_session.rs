//! A long editing session stays small on disk: thousands of durable moves keep the -wal
//! bounded (checkpointed as it goes) and the file from growing, and closing the editor leaves
//! no -wal behind, even while a reader elsewhere still has the file open. Sizes, not timings.

use std::path::{Path, PathBuf};

use stratmap_core::{Access, CanvasFile, Context, Editor, Op, Template};

const MOVES: usize = 3_000;
/// The WAL is checkpointed every 256 pages and cut back to 1 MiB; allow for one more commit.
const WAL_BOUND: u64 = 1_200 * 1024;

fn size(path: &Path) -> u64 {
    std::fs::metadata(path).map_or(0, |m| m.len())
}

fn wal_of(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push("-wal");
    name.into()
}

#[test]
fn thousands_of_moves_keep_the_file_and_wal_small_and_close_truncates_the_wal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("long.stratmap");
    let wal = wal_of(&path);
    let mut editor =
        Editor::create(&path, "Long", Template::Basic, Context::system()).expect("create");
    let mut csv = String::from("area,title,position,owner,status,impact,notes\n");
    for n in 0..200 {
        csv += &format!("End goal,Card {n},{},,,,\n", n % 201 - 100);
    }
    editor.import_csv(&csv).expect("import");
    drop(editor);
    let start = size(&path);

    let mut editor = Editor::open(&path, Context::system()).expect("open");
    // A reader in the way, as `stratmap show` or a second window would be: SQLite then cannot
    // delete the -wal on close, so the editor must empty it itself.
    let reader = CanvasFile::open(&path, Access::Read).expect("reader");
    let ids: Vec<_> = editor.document().initiatives().map(|i| i.id).collect();
    let mut largest_wal = 0;
    for n in 0..MOVES {
        editor
            .apply(Op::MoveInitiative {
                id: ids[(n / 5) % ids.len()],
                position: ((n * 13) % 201) as f64 - 100.0,
                area_id: None,
                lane_offset: None,
            })
            .expect("move");
        if n % 50 == 0 {
            largest_wal = largest_wal.max(size(&wal));
        }
    }
    let grown = size(&path).saturating_sub(start);
    println!(
        "{MOVES} moves: file {start} → {} bytes, largest -wal {largest_wal} bytes",
        size(&path)
    );
    assert!(
        largest_wal <= WAL_BOUND,
        "the -wal reached {largest_wal} bytes"
    );
    // Moves rewrite rows in place; what may grow is the decision log (one row per merged run
    // of moves, well under 1 KiB per move here).
    assert!(
        grown <= (MOVES as u64) * 200,
        "the file grew by {grown} bytes over {MOVES} moves"
    );
    drop(editor);
    assert_eq!(size(&wal), 0, "closing the editor empties the -wal");
    // A reader never checkpoints on close (see store::CanvasFile::open): the empty -wal stays
    // until the next editor closes.
    drop(reader);
    assert_eq!(size(&wal), 0, "the reader left the -wal as it found it");
    drop(CanvasFile::open(&path, Access::Edit).expect("an editor opens it"));
    assert!(!wal.exists(), "the editor's close removes the -wal");
    let file = CanvasFile::open(&path, Access::Read).expect("reopen");
    assert_eq!(file.document().initiatives().count(), 200);
}
