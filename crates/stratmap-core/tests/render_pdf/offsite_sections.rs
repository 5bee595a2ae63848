//! The offsite sections of the summary (shifts, self-assessment, dot voting, changes since a
//! snapshot, decision log): in order with their figures, hidden while a round is open, absent
//! without offsite results.

use stratmap_core::Document;
use stratmap_core::compare::{CURRENT, compare};
use stratmap_core::render::{PageSize, PdfOptions};
use stratmap_core::snapshot::Snapshot;

use crate::fixtures;
use crate::read_back::{
    assert_fonts_embedded, assert_qpdf_clean, in_order, info_value, snapshot, summary_text, tool,
    write_pdf, write_pdf_with,
};

/// The offsite fixture with its "Before offsite" snapshot, the comparison with now and the log.
pub fn offsite() -> (Document, Vec<Snapshot>, PdfOptions) {
    let doc = fixtures::offsite();
    let before = fixtures::before_offsite();
    let options = PdfOptions {
        page: PageSize::A4,
        compare: Some(compare("Before offsite", &before, CURRENT, &doc)),
        decisions: fixtures::offsite_log(),
    };
    (doc, vec![snapshot("Before offsite", &before)], options)
}

#[test]
fn offsite_sections_come_in_order_with_their_figures() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (doc, snapshots, options) = offsite();
    let path = write_pdf_with(dir.path(), "offsite.pdf", &doc, &snapshots, &options);
    let text = summary_text(&path);
    let wanted: Vec<String> = [
        // End goal: stance −30 (impact-weighted), target +60; its two targeted cards push
        // towards the customer-centric pole.
        "End goal",
        "Stance today −30 → Target +60",
        "Shift needed: +90 towards Customer-centric",
        "0 initiatives push towards Product-centric, 2 towards Customer-centric",
        "Projected stance once initiatives reach their targets: +12.9",
        "Initiative Owner Status Impact Position Target Votes",
        "Customer advisory board Dana active 3 −30 +50 5",
        "Growth strategy",
        "Shift needed: −40 towards Product-centric",
        "1 initiative pushes towards Product-centric, 0 towards Customer-centric",
        "Marketing strategy",
        "Shift needed: no target set",
        // Self-assessment: the figures of team_result, then participants in answer order.
        "Self-assessment",
        "Team average +30",
        "spread (standard deviation) 48.5",
        "range −50 to +100",
        "5 participants",
        "Participant Position",
        "Ana +50",
        "Ben −50",
        "Chloé +25",
        "Dmitri +25",
        "Eve +100",
        // Dot voting, ranked, top first.
        "Dot voting",
        "5 participants voted, 3 votes each: 15 votes on 5 initiatives",
        "Rank Initiative Area Votes",
        "1 Customer advisory board End goal 5",
        "2 Usage-based pricing Growth strategy 4",
        "3 Outcome metrics in every team End goal 3",
        "4 Brand campaign Marketing strategy 2",
        "5 Feature factory End goal 1",
        "2 initiatives received no votes.",
        // The compare page.
        "Changes since Before offsite",
        "2 initiatives moved · 1 added · 1 removed",
        "Stance per area",
        "Moved",
        "Customer advisory board End goal −60 −30 +30",
        "Usage-based pricing Growth strategy +45 +20 −25",
        "Added",
        "Outcome metrics in every team",
        "Removed",
        "Annual roadmap freeze",
        // The decision log: reasons newest first.
        "Decision log",
        "5 changes recorded; the 2 with a reason, newest first:",
        "Pricing must stay simple for partners",
        "Customers asked for a seat at the table",
        "Snapshots",
        "Before offsite",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    in_order(&text, &wanted);
    let pages: usize = info_value(&tool("pdfinfo", &[], &path), "Pages")
        .parse()
        .unwrap_or(0);
    assert!((5..=9).contains(&pages), "{pages} pages");
    assert_qpdf_clean(&path);
    assert_fonts_embedded(&path);
}

#[test]
fn an_open_round_shows_who_voted_but_no_totals() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = write_pdf(
        dir.path(),
        "open.pdf",
        &fixtures::offsite_voting_open(),
        &[],
        PageSize::A4,
    );
    let text = summary_text(&path);
    in_order(
        &text,
        &[
            "Self-assessment".to_string(),
            "Dot voting".to_string(),
            "A round is open (3 votes each): 3 participants have voted so far; the totals stay hidden until the facilitator reveals them.".to_string(),
        ],
    );
    assert!(
        !text.contains("Votes"),
        "a hidden round shows totals:\n{text}"
    );
    assert!(!text.contains("Decision log"), "no log was given:\n{text}");
    assert!(!text.contains("Changes since"), "no comparison was given");
}

#[test]
fn without_offsite_results_the_summary_has_no_offsite_sections() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = write_pdf(dir.path(), "t.pdf", &fixtures::targets(), &[], PageSize::A4);
    let text = summary_text(&path);
    for absent in ["Self-assessment", "Dot voting", "Decision log", "Votes"] {
        assert!(!text.contains(absent), "{absent} in:\n{text}");
    }
    assert!(text.contains("Shift needed: +"), "{text}");
}

#[test]
fn the_live_session_adds_who_took_part_without_anything_private() {
    use stratmap_core::model::{Draft, LiveSession, Participant};
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (doc, snapshots, options) = offsite();
    let mut session = LiveSession::new("a".repeat(32), "b".repeat(32));
    for (n, name) in ["Dana", "Lee"].into_iter().enumerate() {
        session.participants.push(Participant {
            id: uuid::Uuid::from_u128(900 + n as u128),
            name: name.to_string(),
            token: format!("{n}").repeat(32),
            joined_at: "2026-11-27T09:00:00Z".to_string(),
        });
    }
    let area_id = doc.areas()[0].id;
    let secret = Draft {
        id: uuid::Uuid::from_u128(990),
        participant: uuid::Uuid::from_u128(901),
        area_id,
        title: "Lee's unrevealed idea".to_string(),
        position: 10.0,
        lane_offset: 0.5,
    };
    session.drafts.insert(secret.id, secret);
    let doc = doc
        .with_live(Some(session))
        .unwrap_or_else(|e| panic!("{e}"));
    let path = write_pdf_with(dir.path(), "live.pdf", &doc, &snapshots, &options);
    let text = summary_text(&path);
    in_order(
        &text,
        &[
            "Who took part".to_string(),
            "2 participants in the live session".to_string(),
            "Participant Cards Votes cast Self-assessment".to_string(),
            // Dana owns the fixture's seven cards and is not among its voters.
            "Dana 7 0 –".to_string(),
            "Lee 0 0 –".to_string(),
        ],
    );
    assert!(
        !text.contains("unrevealed idea"),
        "a private draft reached the summary"
    );
}
