//! The offsite tools in the real app: take a snapshot, move a card, compare the snapshot with now
//! and see the ghost and the arrow; the comparison the app shows is the one the CLI reads.

use std::process::Command;
use std::time::Duration;

use stratmap_e2e::{Driver, card, cli_binary, position_of, wait_for};
use thirtyfour::prelude::*;

#[tokio::test(flavor = "multi_thread")]
async fn snapshot_move_compare_and_see_the_arrow() {
    let driver = Driver::start();
    std::fs::create_dir_all(driver.library()).expect("library folder");
    let file = driver.library().join("Compare.stratmap");
    let cli = |args: &[&str]| {
        let out = Command::new(cli_binary())
            .args(args)
            .output()
            .expect("stratmap runs");
        assert!(
            out.status.success(),
            "stratmap {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let path = file.to_str().expect("utf-8 path");
    cli(&["new", path, "--title", "Compare"]);
    cli(&[
        "add",
        path,
        "--area",
        "Growth strategy",
        "--title",
        "Loyalty app",
        "--position",
        "-40",
    ]);
    let app = driver.launch(&[&file]).await;
    let loyalty = wait_for(&app, card("Loyalty app")).await;

    // Snapshots → name → Take snapshot.
    app.find(By::Css("[data-testid='tool-snapshots']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let name = wait_for(&app, By::Css("[data-testid='snapshot-name']")).await;
    name.send_keys("Before offsite").await.unwrap();
    app.find(By::Css("[data-testid='take-snapshot']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for(&app, By::Css("[data-testid='compare-with-now']")).await;

    // Move the card 60 steps towards the customer side (Shift+→ = 20).
    loyalty.focus().await.unwrap();
    for _ in 0..3 {
        app.action_chain()
            .key_down(Key::Shift)
            .send_keys(Key::Right)
            .key_up(Key::Shift)
            .perform()
            .await
            .unwrap();
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let loyalty = wait_for(&app, card("Loyalty app")).await;
    let mut moved = position_of(&loyalty).await;
    for _ in 0..20 {
        if moved == 20.0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(150)).await;
        moved = position_of(&loyalty).await;
    }
    assert_eq!(moved, 20.0, "three Shift+→ presses move -40 to +20");

    // Compare with now: a ghost at the old place, an arrow, and the change in the table.
    app.find(By::Css("[data-testid='compare-with-now']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for(&app, By::Css("[data-testid='compare-arrow']")).await;
    let ghost = wait_for(&app, By::Css("[data-testid='compare-ghost']")).await;
    // The overlay is decoration for the eye (aria-hidden): read its DOM text, not rendered text.
    let ghost_text = ghost.prop("textContent").await.unwrap().unwrap_or_default();
    assert!(ghost_text.contains("Loyalty app"), "{ghost_text:?}");
    let row = wait_for(&app, By::Css("[data-testid='change-row']")).await;
    let text = row.text().await.unwrap();
    assert!(
        text.contains("Loyalty app") && text.contains("60"),
        "the table lists the move and its distance: {text:?}"
    );
    // WebKitWebDriver will not measure an aria-hidden overlay; the page can.
    let xs = app
        .execute(
            "return [document.querySelector(\"[data-testid='compare-ghost']\"), \
                     document.querySelector(\"[role='slider'][aria-label='Loyalty app']\")] \
                    .map((e) => e.getBoundingClientRect().x);",
            Vec::new(),
        )
        .await
        .unwrap();
    let xs: Vec<f64> = xs.convert().unwrap();
    assert!(
        xs[0] < xs[1],
        "the ghost (old place, x {}) is left of the card now (x {})",
        xs[0],
        xs[1]
    );
    app.quit().await.unwrap();

    // The file holds the snapshot and the move: the CLI sees the same comparison.
    let compared = cli(&["compare", path, "--from", "Before offsite", "--json"]);
    let json: serde_json::Value = serde_json::from_str(&compared).expect("compare --json");
    let moves = json["moved"].as_array().expect("moved list");
    assert_eq!(moves.len(), 1);
    assert_eq!(moves[0]["title"], "Loyalty app");
    assert_eq!(moves[0]["shift"], 60.0);
}
