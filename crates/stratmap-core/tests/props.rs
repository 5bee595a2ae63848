//! Property tests: every op has an exact inverse, failed ops change nothing, and the
//! stratmap/1 JSON round-trips exactly — in memory and through real files.

mod common;

use proptest::prelude::*;
use stratmap_core::interchange::json;
use stratmap_core::ops::{self, AreaDetails, CanvasDetails, InitiativeDetails};
use stratmap_core::{CanvasFile, Context, Document, Editor, Op, Status, Template};

/// An op described by numbers, turned into a concrete op against the current document, so that
/// ids refer to things that exist (or, on purpose, to things that do not).
#[derive(Debug, Clone)]
enum Action {
    Add {
        area: usize,
        title: String,
        position: f64,
        impact: i32,
    },
    Move {
        pick: usize,
        position: f64,
        area: Option<usize>,
        offset: Option<f64>,
    },
    Edit {
        pick: usize,
        title: String,
        owner: String,
        status: usize,
        impact: i32,
        target: Option<f64>,
    },
    Delete {
        pick: usize,
    },
    DeleteArea {
        area: usize,
    },
    EditArea {
        area: usize,
        name: String,
    },
    SetTarget {
        area: usize,
        target: Option<f64>,
    },
    EditCanvas {
        title: String,
    },
    UnknownMove {
        position: f64,
    },
    Batch {
        moves: Vec<(usize, f64)>,
    },
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z][a-zA-Z0-9 &<>\"'-]{0,30}",
        "[\\PC]{1,20}",
        Just(String::new()),
        Just("x".repeat(201)),
    ]
}

fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        8 => -100.0..=100.0f64,
        1 => Just(f64::NAN),
        1 => prop_oneof![Just(100.5), Just(-250.0), Just(f64::INFINITY)],
    ]
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        (0..8usize, text(), number(), 0..5i32).prop_map(|(area, title, position, impact)| {
            Action::Add {
                area,
                title,
                position,
                impact,
            }
        }),
        (
            any::<usize>(),
            number(),
            proptest::option::of(0..8usize),
            proptest::option::of(-0.5..1.5f64)
        )
            .prop_map(|(pick, position, area, offset)| Action::Move {
                pick,
                position,
                area,
                offset
            }),
        (
            any::<usize>(),
            text(),
            text(),
            0..5usize,
            0..5i32,
            proptest::option::of(number())
        )
            .prop_map(
                |(pick, title, owner, status, impact, target)| Action::Edit {
                    pick,
                    title,
                    owner,
                    status,
                    impact,
                    target
                }
            ),
        any::<usize>().prop_map(|pick| Action::Delete { pick }),
        (0..8usize).prop_map(|area| Action::DeleteArea { area }),
        (0..8usize, text()).prop_map(|(area, name)| Action::EditArea { area, name }),
        (0..8usize, proptest::option::of(number()))
            .prop_map(|(area, target)| Action::SetTarget { area, target }),
        text().prop_map(|title| Action::EditCanvas { title }),
        number().prop_map(|position| Action::UnknownMove { position }),
        proptest::collection::vec((any::<usize>(), number()), 1..4)
            .prop_map(|moves| Action::Batch { moves }),
    ]
}

fn concrete(doc: &Document, ctx: &mut Context, action: &Action) -> Op {
    let ids: Vec<_> = doc.initiatives().map(|i| i.id).collect();
    let pick = |n: usize| {
        if ids.is_empty() {
            uuid::Uuid::from_u128(u128::MAX)
        } else {
            ids[n % ids.len()]
        }
    };
    let area = |n: usize| {
        let areas = doc.areas();
        if areas.is_empty() {
            uuid::Uuid::from_u128(u128::MAX - 1)
        } else {
            areas[n % areas.len()].id
        }
    };
    match action.clone() {
        Action::Add {
            area: a,
            title,
            position,
            impact,
        } => {
            let initiative = stratmap_core::Initiative {
                id: ctx.new_id(),
                area_id: area(a),
                title,
                notes: String::new(),
                position,
                target: None,
                lane_offset: 0.5,
                owner: String::new(),
                status: Status::Idea,
                impact,
                tags: Vec::new(),
                votes: 0,
            };
            Op::AddInitiative { initiative }
        }
        Action::Move {
            pick: p,
            position,
            area: a,
            offset,
        } => Op::MoveInitiative {
            id: pick(p),
            position,
            area_id: a.map(area),
            lane_offset: offset,
        },
        Action::Edit {
            pick: p,
            title,
            owner,
            status,
            impact,
            target,
        } => Op::EditInitiative {
            id: pick(p),
            details: InitiativeDetails {
                title,
                notes: "notes\nmore".to_string(),
                owner,
                status: Status::ALL[status % Status::ALL.len()],
                impact,
                tags: vec!["t".to_string()],
                target,
            },
        },
        Action::Delete { pick: p } => Op::DeleteInitiative { id: pick(p) },
        Action::DeleteArea { area: a } => Op::DeleteArea { id: area(a) },
        Action::EditArea { area: a, name } => {
            let id = area(a);
            let mut details = doc.area(id).map(AreaDetails::of).unwrap_or(AreaDetails {
                name: String::new(),
                colour: "#000000".to_string(),
                product_pole: String::new(),
                customer_pole: String::new(),
            });
            details.name = name;
            Op::EditArea { id, details }
        }
        Action::SetTarget { area: a, target } => Op::SetAreaTarget {
            id: area(a),
            target,
        },
        Action::EditCanvas { title } => {
            let mut details = CanvasDetails::of(&doc.canvas);
            details.title = title;
            Op::EditCanvas { details }
        }
        Action::UnknownMove { position } => Op::MoveInitiative {
            id: uuid::Uuid::from_u128(7),
            position,
            area_id: None,
            lane_offset: None,
        },
        Action::Batch { moves } => Op::Batch {
            ops: moves
                .into_iter()
                .map(|(p, position)| Op::MoveInitiative {
                    id: pick(p),
                    position,
                    area_id: None,
                    lane_offset: None,
                })
                .collect(),
        },
    }
}

fn seeded(template: Template, ctx: &mut Context, count: usize) -> Document {
    let mut doc = common::empty_doc(template, ctx);
    let areas = doc.areas().len();
    for n in 0..count {
        let position = (n as f64 * 37.0) % 200.0 - 100.0;
        let op = Op::AddInitiative {
            initiative: common::initiative(
                &doc,
                ctx,
                n % areas,
                &format!("Initiative {n}"),
                position,
                1 + (n % 3) as i32,
            ),
        };
        ops::apply(&mut doc, &op).expect("seed initiative is valid");
    }
    doc
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn every_op_has_an_exact_inverse_and_failures_change_nothing(
        seed in 0..6usize,
        actions in proptest::collection::vec(action(), 1..25),
    ) {
        let mut ctx = Context::deterministic(common::start());
        let template = if seed % 2 == 0 { Template::Basic } else { Template::Full };
        let mut doc = seeded(template, &mut ctx, seed * 3);
        for action in &actions {
            let op = concrete(&doc, &mut ctx, action);
            let before = doc.clone();
            match ops::apply(&mut doc, &op) {
                Ok(applied) => {
                    let after = doc.clone();
                    let mut undone = after.clone();
                    let redo = ops::apply(&mut undone, &applied.inverse).expect("inverse applies");
                    prop_assert_eq!(&undone, &before);
                    let mut redone = undone;
                    ops::apply(&mut redone, &redo.inverse).expect("redo applies");
                    prop_assert_eq!(&redone, &after);
                }
                Err(_) => prop_assert_eq!(&doc, &before),
            }
        }
    }

    #[test]
    fn json_export_import_export_is_identical(
        seed in 0..6usize,
        actions in proptest::collection::vec(action(), 0..15),
    ) {
        let mut ctx = Context::deterministic(common::start());
        let mut doc = seeded(Template::Full, &mut ctx, seed * 4);
        for action in &actions {
            let op = concrete(&doc, &mut ctx, action);
            let _ = ops::apply(&mut doc, &op);
        }
        let first = json::to_string(&doc, &[]);
        let (imported, snapshots) = json::from_str(&first).expect("own export imports");
        prop_assert_eq!(&imported, &doc);
        prop_assert_eq!(json::to_string(&imported, &snapshots), first);
    }
}

proptest! {
    // Each case writes a real file: fewer cases, same properties.
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn the_file_holds_exactly_what_memory_holds(
        actions in proptest::collection::vec(action(), 1..20),
    ) {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("props.stratmap");
        let mut editor = Editor::create(&path, "Props", Template::Full, Context::deterministic(common::start()))
            .expect("create");
        for action in &actions {
            let doc = editor.document().clone();
            let op = concrete(&doc, editor.context(), action);
            let _ = editor.apply(op);
        }
        let in_memory = editor.document().clone();
        drop(editor);
        let reopened = CanvasFile::open(&path, stratmap_core::Access::Read).expect("reopen");
        prop_assert_eq!(reopened.document(), &in_memory);
    }

    #[test]
    fn undo_all_then_redo_all_round_trips_through_the_file(
        actions in proptest::collection::vec(action(), 1..20),
    ) {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("undo.stratmap");
        let mut editor = Editor::create(&path, "Undo", Template::Basic, Context::deterministic(common::start()))
            .expect("create");
        let initial = json_without_clock(editor.document());
        for action in &actions {
            let doc = editor.document().clone();
            let op = concrete(&doc, editor.context(), action);
            let _ = editor.apply(op);
        }
        let edited = json_without_clock(editor.document());
        while editor.can_undo() {
            editor.undo().expect("undo");
        }
        prop_assert_eq!(json_without_clock(editor.document()), initial.clone());
        prop_assert_eq!(on_disk(&path), initial);
        while editor.can_redo() {
            editor.redo().expect("redo");
        }
        prop_assert_eq!(json_without_clock(editor.document()), edited.clone());
        prop_assert_eq!(on_disk(&path), edited);
    }
}

/// The document as JSON with `updated_at` blanked: the clock is not part of an op's content.
fn json_without_clock(doc: &Document) -> String {
    let mut doc = doc.clone();
    doc.canvas.updated_at = String::new();
    json::to_string(&doc, &[])
}

fn on_disk(path: &std::path::Path) -> String {
    let file = CanvasFile::open(path, stratmap_core::Access::Read).expect("read");
    json_without_clock(file.document())
}
