//! The live session in the real app: the facilitator starts it from the Live session panel on
//! "This computer only (127.0.0.1)", a participant joins over the real protocol with the link read
//! from the window, places a private card (the window shows "1 draft", never its title), the
//! facilitator reveals, and the card lands on the board with its owner; the file says the same.
//! Then the app is SIGKILLed mid-session; started again, the session resumes on the same link
//! and the participant's device reconnects as itself with its private card intact.

#[path = "../../crates/stratmap-live/tests/common/client.rs"]
mod client;

use std::process::Command;
use std::time::Duration;

use client::Device;
use stratmap_core::model::Phase;
use stratmap_e2e::{Driver, card, cli_binary, end_session, launch_fresh, show_json, wait_for};
use stratmap_live::protocol::ClientMessage;
use thirtyfour::prelude::*;

fn button(name: &str) -> By {
    By::XPath(format!("//button[normalize-space(.)='{name}']"))
}

async fn start_session(app: &WebDriver) -> String {
    wait_for(app, By::Css("[data-testid='tool-live']"))
        .await
        .click()
        .await
        .expect("the app answers");
    // The picker fills in once the app has listed the machine's networks.
    let choice = wait_for(
        app,
        By::XPath(
            "//select[@data-testid='live-network']/option[normalize-space(.)='This computer only (127.0.0.1)']",
        ),
    )
    .await;
    choice.click().await.expect("the app answers");
    wait_for(app, button("Start live session"))
        .await
        .click()
        .await
        .expect("the app answers");
    let link = wait_for(app, By::Css("[data-testid='live-link']")).await;
    let url = link.text().await.expect("the app answers");
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    url
}

async fn window_text(app: &WebDriver) -> String {
    app.execute("return document.body.innerText", vec![])
        .await
        .expect("the app answers")
        .json()
        .as_str()
        .unwrap_or_default()
        .to_string()
}

async fn wait_text(app: &WebDriver, wanted: &str) {
    for _ in 0..100 {
        if window_text(app).await.contains(wanted) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!(
        "the window never showed {wanted:?}: {}",
        window_text(app).await
    );
}

fn address(url: &str) -> std::net::SocketAddr {
    url.trim_start_matches("http://")
        .split('/')
        .next()
        .expect("the app answers")
        .parse()
        .expect("the app answers")
}

#[tokio::test(flavor = "multi_thread")]
async fn facilitator_runs_a_live_session_from_the_app_and_it_survives_a_kill() {
    let mut driver = Driver::start();
    // Outside the driver's home: a driver replaced after the kill takes its home with it.
    let files = tempfile::tempdir().unwrap();
    let file = files.path().join("Live.stratmap");
    let out = Command::new(cli_binary())
        .args(["new", file.to_str().unwrap(), "--title", "Live offsite"])
        .output()
        .unwrap();
    assert!(out.status.success());

    let app = driver.launch(&[&file]).await;
    wait_for(&app, By::Css("[data-testid='tool-live']")).await;
    let url = start_session(&app).await;
    let addr = address(&url);
    let shots = std::env::var("STRATMAP_SHOTS")
        .ok()
        .map(std::path::PathBuf::from);
    if let Some(dir) = &shots {
        let _ = app.screenshot(&dir.join("app-join-panel.png")).await;
    }
    // The projector's view: the code full screen with the link in large type.
    wait_for(&app, button("Show join code"))
        .await
        .click()
        .await
        .unwrap();
    let screen = wait_for(&app, By::Css("dialog.code-screen[open]")).await;
    assert!(screen.text().await.unwrap().contains(&url));
    if let Some(dir) = &shots {
        let _ = app.screenshot(&dir.join("app-join-code.png")).await;
    }
    screen
        .find(By::XPath(".//button[normalize-space(.)='Close']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();

    let cookies = client::join(addr, &url, "Ana").await.expect("Ana joins");
    let mut ana = Device::connect(addr, &cookies).await;
    wait_text(&app, "Ana").await;
    wait_text(&app, "connected").await;

    wait_for(&app, button("Start silent placement"))
        .await
        .click()
        .await
        .unwrap();
    let view = ana.wait_view(|v| v.phase == Phase::Placement).await;
    let growth = view
        .board
        .areas
        .iter()
        .find(|a| a.name == "Growth strategy")
        .unwrap()
        .id;
    ana.request(|request| ClientMessage::AddDraft {
        request,
        area_id: growth,
        title: "Customer advisory council".to_string(),
        position: 35.0,
        lane_offset: 0.5,
    })
    .await
    .expect("the draft is acknowledged");
    wait_text(&app, "1 draft").await;
    let source = app.source().await.unwrap();
    assert!(
        !source.contains("Customer advisory council"),
        "the facilitator's window shows a private draft"
    );

    // SIGKILL the app with the draft still private; start it again on the file.
    Driver::kill_app(driver.app_pid());
    let (code, _) = ana.until_closed().await;
    assert!(
        code == 1006 || code == 1001,
        "the device saw the host go: {code}"
    );
    if !end_session(app).await {
        driver = Driver::start();
    }
    let app = launch_fresh(&mut driver, &[&file]).await;
    let resumed = start_session(&app).await;
    assert_eq!(resumed, url, "the resumed session has the same link");
    let mut ana = None;
    for _ in 0..50 {
        // The page's reconnect loop: the same cookies, no new join.
        if client::open_socket(addr, &cookies, None).await.is_ok() {
            ana = Some(Device::connect(addr, &cookies).await);
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let mut ana = ana.expect("the device reconnects to the resumed session");
    let view = ana.view.clone().unwrap();
    assert_eq!(view.me.unwrap().name, "Ana");
    assert_eq!(
        view.drafts
            .iter()
            .map(|d| d.title.as_str())
            .collect::<Vec<_>>(),
        ["Customer advisory council"]
    );
    wait_text(&app, "1 draft").await;

    // Reveal: the card is on the app's board with its owner, and on Ana's device.
    wait_for(&app, button("Reveal"))
        .await
        .click()
        .await
        .unwrap();
    let revealed = wait_for(&app, card("Customer advisory council")).await;
    if let Ok(dir) = std::env::var("STRATMAP_SHOTS") {
        let _ = app
            .screenshot(&std::path::Path::new(&dir).join("app-revealed.png"))
            .await;
    }
    let owner = revealed
        .find(By::Css(".owner"))
        .await
        .expect("an owner tag")
        .prop("textContent")
        .await
        .unwrap()
        .unwrap_or_default();
    assert_eq!(owner, "Ana", "the card shows its owner");
    ana.wait_view(|v| {
        v.board
            .cards
            .iter()
            .any(|c| c.title == "Customer advisory council" && c.owner == "Ana")
    })
    .await;

    app.quit().await.unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    let doc = show_json(&file);
    let growth = doc["areas"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["name"] == "Growth strategy")
        .unwrap();
    let cards = growth["initiatives"].as_array().unwrap();
    assert_eq!(cards.len(), 1, "{cards:?}");
    assert_eq!(cards[0]["title"], "Customer advisory council");
    assert_eq!(cards[0]["owner"], "Ana");
    assert_eq!(cards[0]["position"], 35.0);
}
