//! Export speed on a 1 000-initiative canvas across the full template's 8 areas.
//! Targets (DESIGN.md / issue 4): PNG at scale 2 rendered and encoded ≤ 500 ms; PDF ≤ 300 ms.
//! Run in release: `cargo bench -p stratmap-core --bench render`.
//! For a profiler (perf, callgrind), `STRATMAP_BENCH_ONCE=png` (or `png4`, `pdf`, `svg`) runs that export
//! `STRATMAP_BENCH_TIMES` times (default 1) without criterion's warm-up and sampling, and
//! prints each run's wall time and the output size; `STRATMAP_BENCH_OUT=FILE` keeps the bytes
//! (to compare outputs before and after a change).

#[path = "../tests/render_fixtures/fixtures.rs"]
mod fixtures;

use std::hint::black_box;

use criterion::{Criterion, criterion_group};
use stratmap_core::render::{self, PdfOptions, PngOptions, Scale};

fn render_benches(c: &mut Criterion) {
    let doc = fixtures::full(1000);
    let options = PngOptions {
        scale: Scale::new(2).unwrap_or_default(),
        transparent: false,
    };
    let mut group = c.benchmark_group("render_1000_initiatives");
    group.sample_size(10);
    group.bench_function("layout_and_svg", |b| {
        b.iter(|| render::canvas_svg(black_box(&doc)));
    });
    let svg = render::canvas_svg(&doc).unwrap_or_default();
    let usvg_options = usvg::Options {
        fontdb: render::fonts::database(),
        ..usvg::Options::default()
    };
    group.bench_function("usvg_parse", |b| {
        b.iter(|| usvg::Tree::from_str(black_box(&svg), &usvg_options).is_ok());
    });
    let tree = usvg::Tree::from_str(&svg, &usvg_options);
    if let (Ok(tree), Some(mut pixmap)) = (
        tree,
        resvg::tiny_skia::Pixmap::new(3200, (layout_height(&doc) * 2.0).ceil() as u32),
    ) {
        group.bench_function("resvg_scale_2_one_pass", |b| {
            b.iter(|| {
                resvg::render(
                    &tree,
                    resvg::tiny_skia::Transform::from_scale(2.0, 2.0),
                    &mut pixmap.as_mut(),
                )
            });
        });
    }
    group.bench_function("png_scale_2", |b| {
        b.iter(|| render::export_png(black_box(&doc), &[], options));
    });
    group.bench_function("pdf_a4", |b| {
        b.iter(|| render::export_pdf(black_box(&doc), &[], &PdfOptions::default()));
    });
    group.finish();
}

fn layout_height(doc: &stratmap_core::Document) -> f32 {
    render::layout::layout(doc).map_or(1.0, |l| l.height)
}

/// One export, repeated, for profilers: instruction counts are steadier than wall time on a
/// busy machine.
fn once(what: &str) {
    let doc = fixtures::full(1000);
    let times: usize = std::env::var("STRATMAP_BENCH_TIMES")
        .ok()
        .and_then(|t| t.parse().ok())
        .unwrap_or(1);
    for _ in 0..times {
        let start = std::time::Instant::now();
        let out = match what {
            "png" => render::export_png(&doc, &[], PngOptions::default()),
            "png4" => render::export_png(
                &doc,
                &[],
                PngOptions {
                    scale: Scale::new(4).unwrap_or_default(),
                    transparent: false,
                },
            ),
            "svg" => render::canvas_svg(&doc).map(String::into_bytes),
            _ => render::export_pdf(&doc, &[], &PdfOptions::default()),
        };
        let elapsed = start.elapsed();
        let bytes = out.unwrap_or_default();
        println!("{what}: {elapsed:?}, {} bytes", bytes.len());
        if let Ok(path) = std::env::var("STRATMAP_BENCH_OUT") {
            let _ = std::fs::write(path, &bytes);
        }
    }
}

criterion_group!(benches, render_benches);

fn main() {
    if let Ok(what) = std::env::var("STRATMAP_BENCH_ONCE") {
        once(&what);
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
