//! Export speed on a 1 000-initiative canvas across the full template's 8 areas.
//! Targets (DESIGN.md / issue 4): PNG at scale 2 rendered and encoded ≤ 500 ms; PDF ≤ 300 ms.
//! Run in release: `cargo bench -p stratmap-core --bench render`.

#[path = "../tests/render_fixtures/fixtures.rs"]
mod fixtures;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use stratmap_core::render::{self, PageSize, PngOptions, Scale};

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
    group.bench_function("png_scale_2", |b| {
        b.iter(|| render::export_png(black_box(&doc), &[], options));
    });
    group.bench_function("pdf_a4", |b| {
        b.iter(|| render::export_pdf(black_box(&doc), &[], PageSize::A4));
    });
    group.finish();
}

criterion_group!(benches, render_benches);
criterion_main!(benches);
