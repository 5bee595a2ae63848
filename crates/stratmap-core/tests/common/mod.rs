//! Shared fixtures for the core's integration tests: deterministic canvases.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use stratmap_core::{
    Access, Canvas, CanvasFile, Context, Document, Editor, Initiative, NewInitiative, Status,
    Template,
};
use uuid::Uuid;

pub fn start() -> time::OffsetDateTime {
    time::macros::datetime!(2026-11-27 09:00:00 UTC)
}

/// A canvas of `template` with no initiatives, made with deterministic ids and clock.
pub fn empty_doc(template: Template, ctx: &mut Context) -> Document {
    let now = ctx.now();
    let canvas = Canvas {
        id: ctx.new_id(),
        title: "Offsite 2026".to_string(),
        subtitle: "Leadership team".to_string(),
        offsite_date: Some("2026-11-27".to_string()),
        axis_left: "Product-centric".to_string(),
        axis_right: "Customer-centric".to_string(),
        created_at: now.clone(),
        updated_at: now,
    };
    let areas = stratmap_core::templates::areas(template, ctx);
    Document::new(canvas, areas, Vec::new()).expect("template canvas is valid")
}

/// An initiative in the area at `area_index`, with the given title and position.
pub fn initiative(
    doc: &Document,
    ctx: &mut Context,
    area_index: usize,
    title: &str,
    position: f64,
    impact: i32,
) -> Initiative {
    Initiative {
        id: ctx.new_id(),
        area_id: doc.areas()[area_index].id,
        title: title.to_string(),
        notes: String::new(),
        position,
        target: None,
        lane_offset: 0.5,
        owner: String::new(),
        status: Status::Idea,
        impact,
        tags: Vec::new(),
        votes: 0,
    }
}

/// A small, fixed canvas used by snapshot tests.
pub fn sample_doc() -> Document {
    let mut ctx = Context::deterministic(start());
    let doc = empty_doc(Template::Basic, &mut ctx);
    let mut initiatives = vec![
        initiative(&doc, &mut ctx, 0, "Best-in-class sensor accuracy", -70.0, 3),
        initiative(
            &doc,
            &mut ctx,
            0,
            "Outcome guarantee for key accounts",
            40.0,
            1,
        ),
        initiative(&doc, &mut ctx, 1, "Customer success team", 55.0, 2),
        initiative(&doc, &mut ctx, 2, "Referral programme", 80.0, 2),
    ];
    initiatives[2].owner = "Ana".to_string();
    initiatives[2].status = Status::Active;
    initiatives[2].target = Some(75.0);
    initiatives[3].notes =
        "Pilot with the top 20 customers.\nMeasure NPS before and after.".to_string();
    initiatives[3].tags = vec!["loyalty".to_string()];
    let mut areas = doc.areas().to_vec();
    areas[1].target = Some(50.0);
    Document::new(doc.canvas.clone(), areas, initiatives).expect("sample canvas is valid")
}

/// A basic canvas file with "Loyalty app" (−40) and "Customer council" (+30) in Growth strategy,
/// open in an editor with the deterministic clock; gives the folder, the path and the two ids.
pub fn offsite_canvas() -> (tempfile::TempDir, PathBuf, Editor, Vec<Uuid>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("offsite.stratmap");
    let mut editor = Editor::create(
        &path,
        "Offsite",
        Template::Basic,
        Context::deterministic(start()),
    )
    .expect("new canvas");
    let growth = editor.document().areas()[1].id;
    let ids = [("Loyalty app", -40.0), ("Customer council", 30.0)]
        .into_iter()
        .map(|(title, position)| {
            editor
                .add_initiative(NewInitiative {
                    area_id: growth,
                    title: title.to_string(),
                    position,
                    ..NewInitiative::default()
                })
                .expect("add")
                .touched
                .initiatives[0]
        })
        .collect();
    (dir, path, editor, ids)
}

/// The file opened again for reading, as another process would.
pub fn reopened(path: &Path) -> CanvasFile {
    CanvasFile::open(path, Access::Read).expect("the file opens")
}
