//! Store benchmarks (figures, not assertions):
//! - moving one initiative on a 1 000-initiative canvas, committed durably (target: median ≤ 1 ms)
//! - opening a 10 000-initiative file and computing every stance (target: ≤ 50 ms)
//! - importing a 10 000-row CSV (target: ≤ 200 ms)

#![allow(clippy::unwrap_used)] // a benchmark stops loudly on any failure

use std::hint::black_box;
use std::path::Path;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use stratmap_core::{Access, CanvasFile, Context, Editor, Op, Template};

fn csv_rows(count: usize) -> String {
    let areas = [
        "End goal",
        "Growth strategy",
        "Marketing strategy",
        "R&D and innovation",
        "Success metrics",
        "Organisation",
        "Customer research",
        "Time horizon",
    ];
    let mut text = String::from("area,title,position,owner,status,impact,notes\n");
    for n in 0..count {
        let position = (n * 37 % 201) as i64 - 100;
        text += &format!(
            "{},Initiative {n} for the benchmark,{position},Owner {},active,{},Some notes about initiative {n}\n",
            areas[n % areas.len()],
            n % 17,
            1 + n % 3
        );
    }
    text
}

fn canvas_with(path: &Path, count: usize) {
    let mut editor = Editor::create(path, "Bench", Template::Full, Context::system()).unwrap();
    editor.import_csv(&csv_rows(count)).unwrap();
}

fn move_one(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("move.stratmap");
    canvas_with(&path, 1_000);
    let mut editor = Editor::open(&path, Context::system()).unwrap();
    let ids: Vec<_> = editor.document().initiatives().map(|i| i.id).collect();
    let mut n = 0usize;
    c.bench_function("move one initiative of 1000, durable commit", |b| {
        b.iter(|| {
            n += 1;
            let op = Op::MoveInitiative {
                id: ids[n % ids.len()],
                position: (n % 200) as f64 - 100.0,
                area_id: None,
                lane_offset: None,
            };
            editor.apply(op).unwrap();
        })
    });
}

fn open_large(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.stratmap");
    canvas_with(&path, 10_000);
    c.bench_function("open 10000-initiative file + all stances", |b| {
        b.iter(|| {
            let file = CanvasFile::open(&path, Access::Read).unwrap();
            black_box(file.document().stances());
        })
    });
}

fn import_csv(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let rows = csv_rows(10_000);
    let mut n = 0;
    let mut group = c.benchmark_group("csv");
    group.sample_size(20);
    group.bench_function("import 10000-row CSV", |b| {
        b.iter_batched(
            || {
                n += 1;
                let path = dir.path().join(format!("import{n}.stratmap"));
                Editor::create(&path, "Import", Template::Full, Context::system()).unwrap()
            },
            |mut editor| black_box(editor.import_csv(&rows).unwrap()),
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, move_one, open_large, import_csv);
criterion_main!(benches);
