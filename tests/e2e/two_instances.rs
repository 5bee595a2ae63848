//! One writer per file, seen from the real app: while one app holds a canvas open, a second app
//! started on the same file says it is open for editing elsewhere and shows no canvas to edit;
//! the CLI can read the file but not change it (exit 1, one line, file unchanged). Once the first
//! app quits, the CLI can change it again.

use std::time::Duration;

use stratmap_e2e::{Driver, card, cli, cli_ok, position_of, positions, show_json, wait_for};
use thirtyfour::prelude::*;

#[tokio::test(flavor = "multi_thread")]
async fn a_second_app_and_the_cli_cannot_edit_an_open_canvas() {
    let first = Driver::start();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("Shared.stratmap");
    let f = file.as_os_str();
    cli_ok(&["new".as_ref(), f, "--title".as_ref(), "Shared".as_ref()]);
    let id = cli_ok(&[
        "add".as_ref(),
        f,
        "--area".as_ref(),
        "Growth strategy".as_ref(),
        "--title".as_ref(),
        "Shared card".as_ref(),
        "--position".as_ref(),
        "-30".as_ref(),
    ])
    .trim()
    .to_string();

    let app = first.launch(&[&file]).await;
    let shared = wait_for(&app, card("Shared card")).await;
    // The first app edits: one step right with the keyboard.
    shared.focus().await.unwrap();
    app.action_chain()
        .send_keys(Key::Right)
        .perform()
        .await
        .unwrap();
    for _ in 0..50 {
        if position_of(&shared).await == -25.0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(position_of(&shared).await, -25.0);

    // A second app (its own process, home and library) on the same file.
    let second = Driver::start();
    let other = second.launch(&[&file]).await;
    let problem = wait_for(&other, By::Css("[data-testid='library-problem']")).await;
    let text = problem.text().await.unwrap();
    assert!(
        text.contains("could not be opened") && text.contains("open for editing elsewhere"),
        "the second app should say the canvas is open elsewhere, it says: {text}"
    );
    assert!(
        other
            .find_all(card("Shared card"))
            .await
            .unwrap()
            .is_empty(),
        "the second app must not show the canvas for editing"
    );

    // The CLI reads it (with the first app's move), but cannot change it.
    let before = std::fs::read(&file).unwrap();
    let doc = show_json(&file);
    assert_eq!(positions(&doc)["Shared card"], -25.0);
    let refused = cli(&[
        "move".as_ref(),
        f,
        id.as_ref(),
        "--position".as_ref(),
        "80".as_ref(),
    ]);
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(refused.status.code(), Some(1), "stratmap move: {stderr}");
    assert!(
        stderr.contains("open for editing elsewhere") && stderr.trim().lines().count() == 1,
        "{stderr}"
    );
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "the refused move changed the file"
    );
    assert_eq!(positions(&show_json(&file))["Shared card"], -25.0);

    // The first app still edits, and its edits are the ones in the file.
    let shared = app.find(card("Shared card")).await.unwrap();
    shared.focus().await.unwrap();
    app.action_chain()
        .send_keys(Key::Right)
        .perform()
        .await
        .unwrap();
    for _ in 0..50 {
        if position_of(&shared).await == -20.0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(positions(&show_json(&file))["Shared card"], -20.0);

    // Once the first app has quit, the CLI may change the file.
    other.quit().await.unwrap();
    app.quit().await.unwrap();
    let quit = std::time::Instant::now();
    for _ in 0..300 {
        if first.app_pids().is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(first.app_pids().is_empty(), "the first app did not quit");
    println!(
        "the first app's process ended {:?} after its window closed",
        quit.elapsed()
    );
    cli_ok(&[
        "move".as_ref(),
        f,
        id.as_ref(),
        "--position".as_ref(),
        "80".as_ref(),
    ]);
    assert_eq!(positions(&show_json(&file))["Shared card"], 80.0);
}
