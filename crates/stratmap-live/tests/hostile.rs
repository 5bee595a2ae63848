//! The host tested the way it is attacked, on 127.0.0.1: wrong and missing secrets, foreign Host
//! and Origin headers, oversized, malformed and unknown messages, floods, a participant acting
//! for another or as the facilitator, and limits. Each refusal leaves everyone else served.

mod common;

use common::client::{self, Device, http};
use common::*;
use stratmap_core::model::Phase;
use stratmap_core::model::live::PARTICIPANTS_MAX;
use stratmap_live::protocol::{ClientMessage, PROTOCOL_VERSION, ServerMessage};

fn secret_of(url: &str) -> String {
    url.rsplit('/').next().expect("a secret").to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_or_missing_secrets_get_403_and_no_canvas_data() {
    let (_dir, path) = canvas();
    let host = host(&path, None).await;
    let addr = host.address;
    let wrong = format!("/join/{}", "0".repeat(64));
    let link_cookie = client::link_cookie(addr, &host.participants_url).await;
    let fake_cookie = format!("{}={}", stratmap_live::LINK_COOKIE, "0".repeat(64));
    let facilitator_as_participant = format!("/facilitate/{}", secret_of(&host.participants_url));
    for (what, method, path, cookie) in [
        ("a wrong participants secret", "GET", wrong.as_str(), ""),
        ("no secret at all", "GET", "/join/", ""),
        ("the page without the link's cookie", "GET", "/live", ""),
        (
            "the page with a made-up cookie",
            "GET",
            "/live",
            fake_cookie.as_str(),
        ),
        ("who-am-I without the cookie", "GET", "/api/me", ""),
        (
            "the facilitator link with the participants secret",
            "GET",
            facilitator_as_participant.as_str(),
            "",
        ),
        (
            "the facilitator page with the participants cookie",
            "GET",
            "/facilitator",
            link_cookie.as_str(),
        ),
    ] {
        let headers: Vec<(&str, &str)> = if cookie.is_empty() {
            vec![]
        } else {
            vec![("Cookie", cookie)]
        };
        let reply = http(addr, method, path, &headers, "").await;
        assert!(
            reply.status == 403 || reply.status == 404,
            "{what}: {reply:?}"
        );
        assert!(
            !reply.body.contains("Q3 offsite") && !reply.body.contains("Growth"),
            "{what} leaked the canvas"
        );
        assert!(
            reply.header("set-cookie").is_none(),
            "{what} was given a cookie"
        );
    }
    // The right link trades its secret for an HttpOnly, SameSite=Strict cookie.
    let reply = http(
        addr,
        "GET",
        &client::path_of(&host.participants_url),
        &[],
        "",
    )
    .await;
    let cookie = reply.header("set-cookie").expect("cookie");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    assert_eq!(reply.header("location"), Some("/live"));
    host.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn foreign_host_and_origin_headers_are_refused() {
    let (_dir, path) = canvas();
    let host = host(&path, None).await;
    let addr = host.address;
    let rebound = format!("evil.example:{}", addr.port());
    let reply = http(
        addr,
        "GET",
        &client::path_of(&host.participants_url),
        &[("Host", &rebound)],
        "",
    )
    .await;
    assert_eq!(reply.status, 421, "a DNS-rebinding Host header: {reply:?}");
    assert!(reply.header("set-cookie").is_none());

    let cookies = client::join(addr, &host.participants_url, "Ana")
        .await
        .expect("join");
    let foreign = client::open_socket(addr, &cookies, Some("http://evil.example")).await;
    assert!(
        foreign.is_err(),
        "a socket from another site's page was opened"
    );
    let no_cookie = client::open_socket(addr, "", None).await;
    assert!(
        no_cookie.is_err(),
        "a socket without a participant's cookie was opened"
    );

    let link = client::link_cookie(addr, &host.participants_url).await;
    let reply = http(
        addr,
        "POST",
        "/api/join",
        &[
            ("Cookie", &link),
            ("Origin", "http://evil.example"),
            ("Content-Type", "application/json"),
        ],
        r#"{"name":"Mallory"}"#,
    )
    .await;
    assert_eq!(
        reply.status, 403,
        "a join posted from another site: {reply:?}"
    );
    host.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_participant_cannot_act_as_the_facilitator_or_for_another_participant() {
    let (_dir, path) = canvas();
    let host = host(&path, None).await;
    let mut boss = facilitator(&host).await;
    let (mut ana, _) = participant(&host, "Ana").await;
    let (mut bo, _) = participant(&host, "Bo").await;
    let growth = area(&ana, "Growth strategy");
    assert_eq!(
        ana.request(phase(Phase::Placement)).await,
        Err("only the facilitator can do that".to_string())
    );
    boss.request(phase(Phase::Placement))
        .await
        .expect("placement");
    bo.request(add_draft(growth, "Bo's card", 10.0))
        .await
        .expect("draft");
    let bos = bo.wait_view(|v| v.drafts.len() == 1).await.drafts[0].id;
    for attempt in [
        Box::new(move |request| ClientMessage::MoveDraft {
            request,
            id: bos,
            area_id: growth,
            position: 90.0,
            lane_offset: 0.5,
        }) as Box<dyn FnOnce(u32) -> ClientMessage>,
        Box::new(move |request| ClientMessage::RenameDraft {
            request,
            id: bos,
            title: "Ana was here".to_string(),
        }),
        Box::new(move |request| ClientMessage::DeleteDraft { request, id: bos }),
    ] {
        assert_eq!(
            ana.request(attempt).await,
            Err("you have no such card".to_string())
        );
    }
    assert_eq!(
        boss.request(add_draft(growth, "The facilitator's draft", 0.0))
            .await,
        Err("the facilitator takes part from the desktop board".to_string())
    );
    // Bo's card is as Bo left it, and nothing of it reached Ana.
    bo.request(|request| ClientMessage::RenameDraft {
        request,
        id: bos,
        title: "Bo's card, renamed".to_string(),
    })
    .await
    .expect("Bo can");
    let view = bo
        .wait_view(|v| {
            v.drafts
                .first()
                .is_some_and(|d| d.title == "Bo's card, renamed")
        })
        .await;
    assert_eq!(view.drafts[0].position, 10.0);
    assert!(!ana.wire().contains("Bo's card"));
    // No participant is ever sent the facilitator's secret or the file's path.
    let facilitator_secret = secret_of(&host.facilitator_url);
    for device in [&ana, &bo] {
        assert!(!device.wire().contains(&facilitator_secret));
        assert!(!device.wire().contains(&path.display().to_string()));
        assert!(!device.wire().contains("room.stratmap"));
    }
    host.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_messages_close_only_their_own_socket() {
    let (_dir, path) = canvas();
    let host = host(&path, None).await;
    let mut boss = facilitator(&host).await;
    boss.request(phase(Phase::Placement))
        .await
        .expect("placement");
    let (mut bo, _) = participant(&host, "Bo").await;
    let growth = area(&bo, "Growth strategy");
    for (what, text, code) in [
        (
            "oversized",
            format!(
                r#"{{"type":"add_draft","title":"{}"}}"#,
                "x".repeat(70 * 1024)
            ),
            1009,
        ),
        ("malformed", "{not json".to_string(), 1003),
        (
            "unknown",
            r#"{"type":"delete_everything","request":1}"#.to_string(),
            1003,
        ),
        (
            "an extra field",
            r#"{"type":"set_lobby","request":1,"open":true,"as":"facilitator"}"#.to_string(),
            1003,
        ),
    ] {
        let (mut mallory, _) = participant(&host, &format!("Mallory {what}")).await;
        mallory.send_text(text).await;
        let (closed, reason) = mallory.until_closed().await;
        assert_eq!(closed, code, "{what}: {reason}");
        if code == 1009 {
            assert_eq!(reason, "message too large: 64 KiB at most");
        } else {
            assert!(
                mallory.wire().contains("the host could not read a message"),
                "{what}"
            );
        }
        // Everyone else is served as before.
        bo.request(add_draft(growth, &format!("After {what}"), 0.0))
            .await
            .expect("Bo still works");
    }
    host.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_is_refused_and_then_cut_off_while_others_are_served() {
    let (_dir, path) = canvas();
    let host = host(&path, None).await;
    let (mut flood, _) = participant(&host, "Flood").await;
    let (mut bo, _) = participant(&host, "Bo").await;
    let started = std::time::Instant::now();
    for request in 0..400u32 {
        flood
            .send(&ClientMessage::SetLobby {
                request,
                open: true,
            })
            .await;
    }
    let (code, reason) = flood.until_closed().await;
    assert!(
        flood
            .wire()
            .contains("too many messages: wait a moment and try again")
    );
    assert_eq!((code, reason.as_str()), (1008, "too many messages"));
    assert!(started.elapsed() < std::time::Duration::from_secs(30));
    let growth = area(&bo, "Growth strategy");
    assert_eq!(
        bo.request(add_draft(growth, "Still here", 0.0)).await,
        Err("not now: placing a card is not possible during lobby".to_string()),
        "Bo is answered as usual"
    );
    host.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_values_are_refused_by_the_core_rules_and_change_nothing() {
    let (_dir, path) = canvas();
    let host = host(&path, None).await;
    let mut boss = facilitator(&host).await;
    boss.request(phase(Phase::Placement))
        .await
        .expect("placement");
    let (mut ana, _) = participant(&host, "Ana").await;
    let growth = area(&ana, "Growth strategy");
    let long = "x".repeat(201);
    for (make, expected) in [
        (
            add_draft(growth, &long, 0.0),
            "title is 201 characters long; at most 200 are allowed",
        ),
        (add_draft(growth, "   ", 0.0), "title must not be empty"),
        (
            add_draft(growth, "Far out", 150.0),
            "position must be between -100 and 100, got 150",
        ),
        (
            add_draft(uuid::Uuid::from_u128(7), "Nowhere", 0.0),
            "there is no area with id 00000000-0000-0000-0000-000000000007 on this canvas",
        ),
    ] {
        let refused = ana.request(make).await.expect_err("refused");
        assert_eq!(refused, expected);
    }
    assert!(ana.view.as_ref().expect("view").drafts.is_empty());
    host.stop().await;
    let file = stratmap_core::CanvasFile::open(&path, stratmap_core::Access::Read).expect("file");
    assert!(file.document().live().expect("session").drafts.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn joining_is_refused_when_the_lobby_is_closed_the_name_is_taken_or_the_room_is_full() {
    let (_dir, path) = canvas();
    let host = host(&path, None).await;
    let addr = host.address;
    let mut boss = facilitator(&host).await;
    client::join(addr, &host.participants_url, "Ana")
        .await
        .expect("Ana joins");
    let taken = client::join(addr, &host.participants_url, " ana ")
        .await
        .expect_err("taken");
    assert_eq!(taken.status, 422);
    assert!(
        taken
            .body
            .contains("Ana is already in the session; pick another name"),
        "{}",
        taken.body
    );
    boss.request(|request| ClientMessage::SetLobby {
        request,
        open: false,
    })
    .await
    .expect("close");
    let closed = client::join(addr, &host.participants_url, "Late")
        .await
        .expect_err("closed");
    assert!(
        closed.body.contains("the lobby is closed"),
        "{}",
        closed.body
    );
    boss.request(|request| ClientMessage::SetLobby {
        request,
        open: true,
    })
    .await
    .expect("reopen");
    for n in 1..PARTICIPANTS_MAX {
        client::join(addr, &host.participants_url, &format!("Guest {n}"))
            .await
            .expect("room left");
    }
    let full = client::join(addr, &host.participants_url, "One too many")
        .await
        .expect_err("full");
    assert!(full.body.contains("the session is full"), "{}", full.body);
    host.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_page_of_another_protocol_version_is_told_to_reload() {
    let (_dir, path) = canvas();
    let host = host(&path, None).await;
    let cookies = client::join(host.address, &host.participants_url, "Ana")
        .await
        .expect("join");
    let socket = client::open_socket(host.address, &cookies, None)
        .await
        .expect("socket");
    let mut device = Device::from_socket(socket);
    device
        .send(&ClientMessage::Hello {
            protocol: PROTOCOL_VERSION + 1,
        })
        .await;
    assert_eq!(
        device.next().await,
        Some(ServerMessage::Reload {
            protocol: PROTOCOL_VERSION
        })
    );
    assert_eq!(device.until_closed().await.0, 1000);
    host.stop().await;
}
