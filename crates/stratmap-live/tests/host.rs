//! A whole session through a real host on 127.0.0.1, with real WebSocket clients: joining, silent
//! placement and what each socket carries, the reveal, votes and answers hidden until their
//! reveal, summon and timer, removal, and reconnecting with the same identity.

mod common;

use common::client::{self, Device};
use common::*;
use stratmap_core::model::{BallotVote, Phase};
use stratmap_core::{Access, CanvasFile};
use stratmap_live::protocol::{ClientMessage, ServerMessage};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn drafts_travel_to_nobody_else_until_the_reveal() {
    let (_dir, path) = canvas();
    let host = host(&path, None).await;
    let mut boss = facilitator(&host).await;
    let (mut ana, _) = participant(&host, "Ana").await;
    let (mut bo, _) = participant(&host, "Bo").await;
    let growth = area(&ana, "Growth strategy");
    assert_eq!(
        ana.request(add_draft(growth, "Too early", 0.0)).await,
        Err("not now: placing a card is not possible during lobby".to_string())
    );
    boss.request(phase(Phase::Placement))
        .await
        .expect("placement");
    ana.wait_view(|v| v.phase == Phase::Placement).await;
    assert_eq!(
        ana.view.as_ref().map(|v| v.status.as_str()),
        Some("Silent placement: your cards are private")
    );
    ana.request(add_draft(growth, "Ana's secret council", 35.0))
        .await
        .expect("draft");
    let mine = ana.wait_view(|v| v.drafts.len() == 1).await;
    assert_eq!(mine.drafts[0].title, "Ana's secret council");
    bo.request(add_draft(growth, "Bo's quiet upsell", -10.0))
        .await
        .expect("draft");
    let rows = boss
        .wait_view(|v| v.participants.iter().all(|p| p.drafts == 1))
        .await
        .participants;
    assert_eq!(
        rows.iter()
            .map(|p| (p.name.as_str(), p.connected))
            .collect::<Vec<_>>(),
        [("Ana", true), ("Bo", true)]
    );
    // What crossed each socket so far: one's own drafts only, and to the facilitator none.
    assert!(!bo.wire().contains("Ana's secret council"));
    assert!(!ana.wire().contains("Bo's quiet upsell"));
    assert!(!boss.wire().contains("secret council") && !boss.wire().contains("quiet upsell"));
    // Nor did it reach the file's readers: the stored canvas has no such initiative.
    let file =
        CanvasFile::open(&path, Access::Read).expect("a reader opens the file while it is hosted");
    assert_eq!(file.document().initiative_count(), 1);
    drop(file);

    boss.request(phase(Phase::Discussion))
        .await
        .expect("reveal");
    for device in [&mut ana, &mut bo, &mut boss] {
        let view = device.wait_view(|v| v.board.cards.len() == 3).await;
        let owners: Vec<(&str, &str)> = view
            .board
            .cards
            .iter()
            .map(|c| (c.title.as_str(), c.owner.as_str()))
            .collect();
        assert!(
            owners.contains(&("Ana's secret council", "Ana")),
            "{owners:?}"
        );
        assert!(owners.contains(&("Bo's quiet upsell", "Bo")), "{owners:?}");
        assert!(view.drafts.is_empty());
    }
    host.stop().await;
    let file = CanvasFile::open(&path, Access::Read).expect("reopen");
    let log = file.decisions(None).expect("log");
    assert!(
        log.iter()
            .any(|d| d.action.starts_with("added by Ana in the live session"))
    );
}

async fn revealed_with_two_cards() -> (
    tempfile::TempDir,
    stratmap_live::Host,
    Device,
    Device,
    Device,
) {
    let (dir, path) = canvas();
    let host = host(&path, None).await;
    let mut boss = facilitator(&host).await;
    let (mut ana, _) = participant(&host, "Ana").await;
    let (mut bo, _) = participant(&host, "Bo").await;
    let growth = area(&ana, "Growth strategy");
    boss.request(phase(Phase::Placement))
        .await
        .expect("placement");
    ana.request(add_draft(growth, "Customer council", 30.0))
        .await
        .expect("draft");
    boss.request(phase(Phase::Discussion))
        .await
        .expect("reveal");
    ana.wait_view(|v| v.board.cards.len() == 2).await;
    bo.wait_view(|v| v.board.cards.len() == 2).await;
    (dir, host, boss, ana, bo)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ballots_stay_private_until_the_votes_are_revealed() {
    let (_dir, host, mut boss, mut ana, mut bo) = revealed_with_two_cards().await;
    boss.request(phase(Phase::Voting)).await.expect("voting");
    let view = ana.wait_view(|v| v.voting.is_some()).await;
    let council = view
        .board
        .cards
        .iter()
        .find(|c| c.title == "Customer council")
        .expect("card")
        .id;
    let before_bo = bo.received.len();
    let before_boss = boss.received.len();
    let ballot = vec![BallotVote {
        initiative_id: council,
        count: 3,
    }];
    ana.request(|request| ClientMessage::SubmitVotes {
        request,
        votes: ballot,
    })
    .await
    .expect("ballot");
    let mine = ana
        .wait_view(|v| v.voting.as_ref().is_some_and(|r| r.submitted))
        .await;
    assert_eq!(mine.voting.expect("round").my_votes[0].count, 3);
    let over = vec![BallotVote {
        initiative_id: council,
        count: 4,
    }];
    assert_eq!(
        bo.request(|request| ClientMessage::SubmitVotes {
            request,
            votes: over
        })
        .await,
        Err("ballot is not valid: Bo placed 4 votes; each participant has 3".to_string())
    );
    let rows = boss
        .wait_view(|v| v.participants.iter().any(|p| p.voted))
        .await
        .participants;
    assert_eq!(
        rows.iter()
            .filter(|p| p.voted)
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>(),
        ["Ana"]
    );
    // Neither Bo nor the facilitator was sent Ana's votes or any total.
    for (device, from) in [(&bo, before_bo), (&boss, before_boss)] {
        for text in &device.received[from..] {
            let message: ServerMessage = serde_json::from_str(text).expect("message");
            if let ServerMessage::View { view } = message {
                assert!(
                    view.board.cards.iter().all(|c| c.votes == 0),
                    "a total leaked: {text}"
                );
                assert!(
                    view.voting.expect("round").my_votes.is_empty(),
                    "a ballot leaked: {text}"
                );
            }
        }
    }
    boss.request(phase(Phase::VotesRevealed))
        .await
        .expect("reveal votes");
    let view = bo.wait_view(|v| v.phase == Phase::VotesRevealed).await;
    let total = view
        .board
        .cards
        .iter()
        .find(|c| c.id == council)
        .expect("card")
        .votes;
    assert_eq!(total, 3);
    host.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answers_stay_private_until_the_results_are_shown() {
    let (_dir, host, mut boss, mut ana, mut bo) = revealed_with_two_cards().await;
    boss.request(phase(Phase::Assessment))
        .await
        .expect("assessment");
    let view = ana.wait_view(|v| v.assessment.is_some()).await;
    assert_eq!(view.assessment.expect("form").statements.len(), 14);
    let answers = vec![4, 0, 4, 0, 4, 0, 4, 0, 4, 0, 4, 0, 4, 0];
    ana.request(|request| ClientMessage::SubmitAnswers { request, answers })
        .await
        .expect("answers");
    assert_eq!(
        bo.request(|request| ClientMessage::SubmitAnswers {
            request,
            answers: vec![9; 14]
        })
        .await,
        Err("answer 1 must be between 0 and 4, got 9".to_string())
    );
    let rows = boss
        .wait_view(|v| v.participants.iter().any(|p| p.answered))
        .await
        .participants;
    assert!(rows.iter().any(|p| p.name == "Ana" && p.answered));
    assert!(
        bo.view
            .as_ref()
            .and_then(|v| v.assessment.as_ref())
            .is_some_and(|a| a.team.is_none() && a.my_answers.is_none())
    );
    assert!(!bo.wire().contains("[4,0,4,0"), "Ana's answers reached Bo");
    assert!(
        !boss.wire().contains("[4,0,4,0"),
        "Ana's answers reached the facilitator"
    );
    boss.request(phase(Phase::Results)).await.expect("results");
    let team = bo
        .wait_view(|v| v.phase == Phase::Results)
        .await
        .assessment
        .expect("results")
        .team
        .expect("team");
    assert_eq!(team.participants.len(), 1);
    assert_eq!(team.participants[0].name, "Ana");
    assert!(
        team.participants[0].position < 0.0,
        "Ana answered for the product pole"
    );
    host.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn summon_and_timer_reach_every_device() {
    let (_dir, path) = canvas();
    let host = host(&path, None).await;
    let mut boss = facilitator(&host).await;
    let (mut ana, _) = participant(&host, "Ana").await;
    let growth = area(&ana, "Growth strategy");
    boss.request(|request| ClientMessage::Summon {
        request,
        area_id: Some(growth),
    })
    .await
    .expect("summon");
    boss.request(|request| ClientMessage::SetTimer {
        request,
        seconds: Some(180),
    })
    .await
    .expect("timer");
    let view = ana.wait_view(|v| v.timer.is_some()).await;
    assert_eq!(view.summon, Some(growth));
    let timer = view.timer.expect("timer");
    assert_eq!(timer.total_seconds, 180);
    assert!(timer.remaining_ms > 170_000 && timer.remaining_ms <= 180_000);
    assert_eq!(
        boss.request(|request| ClientMessage::SetTimer {
            request,
            seconds: Some(0)
        })
        .await,
        Err("a timer runs from 1 second to 4 hours".to_string())
    );
    boss.request(|request| ClientMessage::SetTimer {
        request,
        seconds: None,
    })
    .await
    .expect("stop");
    ana.wait_view(|v| v.timer.is_none()).await;
    host.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_removed_participant_is_told_and_cannot_come_back_in() {
    let (_dir, path) = canvas();
    let host = host(&path, None).await;
    let mut boss = facilitator(&host).await;
    let (mut bo, cookies) = participant(&host, "Bo").await;
    let id = bo.view.as_ref().and_then(|v| v.me.as_ref()).expect("me").id;
    boss.request(|request| ClientMessage::RemoveParticipant { request, id })
        .await
        .expect("remove");
    let mut ended = None;
    while let Some(message) = bo.next().await {
        if let ServerMessage::Ended { message } = message {
            ended = Some(message);
        }
    }
    assert_eq!(
        ended.as_deref(),
        Some("The facilitator removed you from this session.")
    );
    let again = client::open_socket(host.address, &cookies, None).await;
    assert!(
        again.is_err(),
        "a removed participant's device got a socket"
    );
    host.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_device_reconnects_as_itself_even_after_the_host_restarts() {
    let (_dir, path) = canvas();
    let first = host(&path, None).await;
    let port = first.address.port();
    let links = (
        first.participants_url.clone(),
        first.facilitator_url.clone(),
    );
    let mut boss = facilitator(&first).await;
    let (mut ana, cookies) = participant(&first, "Ana").await;
    let growth = area(&ana, "Growth strategy");
    boss.request(phase(Phase::Placement))
        .await
        .expect("placement");
    ana.request(add_draft(growth, "Kept across restarts", 12.5))
        .await
        .expect("draft");
    let serving = |path: &std::path::Path| {
        stratmap_core::CanvasFile::open(path, stratmap_core::Access::Read)
            .expect("readable")
            .document()
            .live()
            .expect("session")
            .settings
            .serving_on
    };
    assert_eq!(
        serving(&path),
        Some(LOOPBACK),
        "while it runs, the file says where the session is served (a host that dies resumes there)"
    );
    first.stop().await;
    assert_eq!(ana.until_closed().await.1, "the host stopped");
    assert_eq!(
        serving(&path),
        None,
        "a host that stopped cleanly is not resumed on its own"
    );

    // Started again on the same file (the port is free again): the same links, the same device.
    let second = host(&path, None).await;
    assert_eq!(
        second.address.port(),
        port,
        "the resumed host takes the session's port"
    );
    assert_eq!(
        (
            second.participants_url.clone(),
            second.facilitator_url.clone()
        ),
        links
    );
    let ana = Device::connect(second.address, &cookies).await;
    let view = ana.view.clone().expect("view");
    assert_eq!(view.me.map(|m| m.name).as_deref(), Some("Ana"));
    assert_eq!(view.phase, Phase::Placement);
    assert_eq!(
        view.drafts
            .iter()
            .map(|d| (d.title.as_str(), d.position))
            .collect::<Vec<_>>(),
        [("Kept across restarts", 12.5)]
    );
    second.stop().await;
}
