//! Reading a canvas while the app edits it must never cost the app its edits. A native file dialog
//! that shows the canvas's folder (here Import…, cancelled) lets GTK open and close the canvas file
//! inside the app's process; on Linux that drops the app's SQLite (POSIX) locks on the file. A
//! reader (`stratmap show`) run afterwards must still see every later edit, and a SIGKILL of the app
//! must not lose them.
//!
//! It failed until readers stopped checkpointing on close: a reader closing its connection
//! deleted the -wal the app was still appending to (store::CanvasFile::open).

use std::time::Duration;

use stratmap_e2e::{
    Driver, card, cli_ok, focus_native_dialog, position_of, positions, show_json, wait_for, xdotool,
};
use thirtyfour::prelude::*;

/// One Right-arrow press on the card; returns the position the window then shows.
async fn step_right(app: &WebDriver, title: &str) -> f64 {
    let element = app.find(card(title)).await.expect("the card");
    let before = position_of(&element).await;
    element.focus().await.expect("focus");
    app.action_chain()
        .send_keys(Key::Right)
        .perform()
        .await
        .expect("a key press");
    for _ in 0..100 {
        let now = position_of(&element).await;
        if now != before {
            return now;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{title} did not move");
}

#[tokio::test(flavor = "multi_thread")]
async fn edits_after_a_file_dialog_survive_a_reader_and_a_kill() {
    let driver = Driver::start();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("Dialog.stratmap");
    let f = file.as_os_str();
    cli_ok(&["new".as_ref(), f]);
    cli_ok(&[
        "add".as_ref(),
        f,
        "--area".as_ref(),
        "Growth strategy".as_ref(),
        "--title".as_ref(),
        "Dialog card".as_ref(),
        "--position".as_ref(),
        "-30".as_ref(),
    ]);
    let app = driver.launch(&[&file]).await;
    wait_for(&app, card("Dialog card")).await;
    assert_eq!(step_right(&app, "Dialog card").await, -25.0);

    // Import…, look into the canvas's folder, then cancel.
    app.find(By::Css("[data-testid='import']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    focus_native_dialog("Import").await;
    xdotool(&["key", "ctrl+l"]);
    let folder = format!("{}/", dir.path().display());
    xdotool(&["type", "--delay", "10", &folder]);
    tokio::time::sleep(Duration::from_secs(3)).await;
    xdotool(&["key", "Escape"]);
    tokio::time::sleep(Duration::from_millis(500)).await;
    xdotool(&["key", "Escape"]);
    tokio::time::sleep(Duration::from_secs(1)).await;

    // A reader, then more edits: the reader sees each of them.
    assert_eq!(positions(&show_json(&file))["Dialog card"], -25.0);
    assert_eq!(step_right(&app, "Dialog card").await, -20.0);
    assert_eq!(
        positions(&show_json(&file))["Dialog card"],
        -20.0,
        "the window shows -20, a reader of the file sees the position before the reader ran"
    );
    assert_eq!(step_right(&app, "Dialog card").await, -15.0);

    // A kill loses nothing the window showed.
    let pid = driver.app_pid();
    Driver::kill_app(pid);
    let _ = stratmap_e2e::end_session(app).await;
    assert_eq!(
        positions(&show_json(&file))["Dialog card"],
        -15.0,
        "after a SIGKILL the file lost moves the window had shown"
    );
}
