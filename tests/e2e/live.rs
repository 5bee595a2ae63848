//! The live session in the real app: the facilitator starts it from the Live session panel on
//! "This computer only (127.0.0.1)", a participant joins from a real Chromium with the link read
//! from the window, places a private card (the window shows "1 draft", never its title), and the
//! app is SIGKILLed mid-session. Started again on the file, the session resumes by itself on the
//! same link and the participant's page reconnects on its own with its card intact. The
//! facilitator reveals; the card lands on the board with its owner, Undo says what it would
//! take back, and after the app quits the file says the same.

use std::process::Command;
use std::time::Duration;

use stratmap_e2e::chromium::Chromium;
use stratmap_e2e::window::close_windows_of;
use stratmap_e2e::{Driver, card, cli_binary, end_session, launch_fresh, show_json, wait_for};
use thirtyfour::prelude::*;

/// The two sessions here run one after the other: run side by side, the window-close farewell
/// did not reach the page in CI (both apps and both Chromiums on one display and two cores);
/// alone it always does. Not understood yet; see the closing note of 2026-12-03.
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

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

/// The participant's page says it is connected (again).
async fn connected(phone: &Chromium) {
    phone
        .wait(By::XPath(
            "//*[@data-testid='connection'][normalize-space(.)='Connected']",
        ))
        .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn facilitator_runs_a_live_session_from_the_app_and_it_survives_a_kill() {
    let _alone = ONE_AT_A_TIME.lock().await;
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

    // Ana joins from her own browser with the link the window shows.
    let phone = Chromium::start().await;
    phone.page.goto(&url).await.expect("the link opens");
    phone
        .wait(By::Id("join-name"))
        .await
        .send_keys("Ana")
        .await
        .unwrap();
    phone.wait(button("Join")).await.click().await.unwrap();
    connected(&phone).await;
    wait_text(&app, "Ana").await;
    wait_text(&app, "connected").await;

    wait_for(&app, button("Start silent placement"))
        .await
        .click()
        .await
        .unwrap();
    phone
        .wait(button("+ Add to Growth strategy"))
        .await
        .click()
        .await
        .unwrap();
    let title = phone
        .wait(By::XPath(
            "//label[.//span[normalize-space(.)='Title']]//input",
        ))
        .await;
    title.send_keys("Customer advisory council").await.unwrap();
    title.send_keys(Key::Enter).await.unwrap();
    phone.wait_text("Customer advisory council").await;
    wait_text(&app, "1 draft").await;
    let source = app.source().await.unwrap();
    assert!(
        !source.contains("Customer advisory council"),
        "the facilitator's window shows a private draft"
    );

    // SIGKILL the app with the draft still private; start it again on the file, and touch
    // nothing: the session resumes by itself and the page reconnects on its own.
    Driver::kill_app(driver.app_pid());
    phone
        .wait(By::XPath(
            "//*[@data-testid='connection'][normalize-space(.)!='Connected']",
        ))
        .await;
    if !end_session(app).await {
        driver = Driver::start();
    }
    let app = launch_fresh(&mut driver, &[&file]).await;
    if let Some(dir) = &shots {
        tokio::time::sleep(Duration::from_secs(2)).await;
        let _ = app.screenshot(&dir.join("app-relaunched.png")).await;
    }
    let link = wait_for(&app, By::Css("[data-testid='live-link']")).await;
    assert_eq!(
        link.text().await.unwrap(),
        url,
        "the resumed session has the same link"
    );
    connected(&phone).await;
    phone.wait_text("Customer advisory council").await;
    wait_text(&app, "1 draft").await;
    wait_text(&app, "live session was resumed").await;

    // Reveal: the card is on the app's board with its owner, and on Ana's page.
    wait_for(&app, button("Reveal"))
        .await
        .click()
        .await
        .unwrap();
    let revealed = wait_for(&app, card("Customer advisory council")).await;
    if let Some(dir) = &shots {
        let _ = app.screenshot(&dir.join("app-revealed.png")).await;
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
    let undo = wait_for(&app, By::Css("[data-testid='undo']")).await;
    assert_eq!(
        undo.attr("title").await.unwrap().unwrap_or_default(),
        "Undo the reveal of 1 card from the live session (Ctrl+Z)"
    );
    phone.wait_text("Ana").await;

    // Stop ends the session: the participant's page says so.
    wait_for(&app, button("Stop live session"))
        .await
        .click()
        .await
        .unwrap();
    phone.wait_text("ended the live session").await;
    app.quit().await.unwrap();
    phone.quit().await;
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
}

/// Where the file says the session is being served (`None`: it was stopped cleanly).
fn serving_on(file: &std::path::Path) -> Option<String> {
    let db =
        rusqlite::Connection::open_with_flags(file, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("the canvas file opens read-only");
    db.query_row("SELECT serving_on FROM live_session", [], |row| row.get(0))
        .expect("the file has a live_session row")
}

#[tokio::test(flavor = "multi_thread")]
async fn closing_the_window_tells_participants_the_session_ended() {
    let _alone = ONE_AT_A_TIME.lock().await;
    let driver = Driver::start();
    let files = tempfile::tempdir().unwrap();
    let file = files.path().join("Closed.stratmap");
    let out = Command::new(cli_binary())
        .args(["new", file.to_str().unwrap(), "--title", "Closed offsite"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let app = driver.launch(&[&file]).await;
    let url = start_session(&app).await;
    let phone = Chromium::start().await;
    phone.page.goto(&url).await.expect("the link opens");
    phone
        .wait(By::Id("join-name"))
        .await
        .send_keys("Ben")
        .await
        .unwrap();
    phone.wait(button("Join")).await.click().await.unwrap();
    connected(&phone).await;
    wait_text(&app, "Ben").await;
    assert!(
        serving_on(&file).is_some(),
        "a running session is noted in the file"
    );

    // Release whatever the driver's clicks may still hold in the page: a press held in the web
    // view keeps GTK from handling a close request at all.
    app.action_chain()
        .reset_actions()
        .await
        .expect("the app answers");
    // The close button, as a window manager delivers it, pressed again while nothing happens, as
    // a user would. Under Xvfb with no window manager and the CPU saturated, GTK can hold back
    // the close request for several seconds (a probe saw 9 to 22 s after launch before the
    // first one was acted on; a debugger showed no GDK_DELETE reaching GTK until then).
    let pid = driver.app_pid();
    let deadline = std::time::Instant::now() + Duration::from_secs(90);
    let mut requests = 0;
    let said_goodbye = loop {
        if !driver.app_pids().is_empty() {
            // Zero once the window is gone and the app is on its way out.
            requests += close_windows_of(pid);
        }
        if phone
            .shows_within("ended the live session", Duration::from_secs(3))
            .await
        {
            break true;
        }
        if std::time::Instant::now() >= deadline {
            break false;
        }
    };
    eprintln!("the app acted on close request {requests}");
    if !said_goodbye {
        panic!(
            "the phone never said the session ended after {requests} close requests; the app {}",
            if driver.app_pids().is_empty() {
                "quit without saying goodbye"
            } else {
                "is still running: it did not act on them"
            }
        );
    }
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    while !driver.app_pids().is_empty() {
        assert!(
            std::time::Instant::now() < deadline,
            "the app did not quit when its window closed"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(
        serving_on(&file),
        None,
        "a session ended by closing the window is not resumed on the next open"
    );
    phone.quit().await;
    let _ = end_session(app).await;
}
