//! The real app, as a user drives it: create a canvas, add an initiative, drag it across the axis,
//! quit, check the file with the CLI, reopen and see it there.

use std::time::Duration;

use stratmap_e2e::{Driver, card, position_of, show_json, wait_for};
use thirtyfour::prelude::*;

#[tokio::test(flavor = "multi_thread")]
async fn create_add_drag_quit_and_reopen() {
    let driver = Driver::start();
    let app = driver.launch(&[]).await;

    // Home: a new canvas from the basic template.
    wait_for(&app, By::Css("[data-testid='new-canvas-title']"))
        .await
        .send_keys("E2E offsite")
        .await
        .unwrap();
    app.find(By::Css("[data-testid='create-canvas']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let lane = wait_for(
        &app,
        By::Css("[role='group'][aria-label='Growth strategy']"),
    )
    .await;

    // Add an initiative to "Growth strategy".
    app.find(By::Css("[data-testid='add-initiative-Growth strategy']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let input = wait_for(&app, By::Css("[data-testid='initiative-title-input']")).await;
    input.send_keys("Partner programme").await.unwrap();
    input.send_keys(Key::Enter).await.unwrap();
    let partner = wait_for(&app, card("Partner programme")).await;

    // Put it on the product side with the keyboard (Shift+← = 20 a step).
    partner.focus().await.unwrap();
    for _ in 0..10 {
        if position_of(&partner).await <= -40.0 {
            break;
        }
        app.action_chain()
            .key_down(Key::Shift)
            .send_keys(Key::Left)
            .key_up(Key::Shift)
            .perform()
            .await
            .unwrap();
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
    let before = position_of(&partner).await;
    assert!(
        before <= -40.0,
        "the card should be on the product side, is at {before}"
    );

    // Drag it with the pointer to the customer side of the same lane.
    let lane_width = lane.rect().await.unwrap().width;
    let distance = (lane_width * 0.45) as i64;
    app.action_chain()
        .move_to_element_center(&partner)
        .click_and_hold()
        .move_by_offset(20, 0)
        .move_by_offset(distance / 2, 0)
        .move_by_offset(distance - distance / 2 - 20, 0)
        .release()
        .perform()
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    let partner = wait_for(&app, card("Partner programme")).await;
    let after = position_of(&partner).await;
    assert!(
        after > 0.0,
        "after the drag the card should be on the customer side, is at {after}"
    );
    let valuetext = partner
        .attr("aria-valuetext")
        .await
        .unwrap()
        .unwrap_or_default();
    assert!(
        valuetext.contains("customer-centric") && valuetext.contains("Growth strategy"),
        "{valuetext}"
    );

    // Quit, then read the file with the command line.
    app.quit().await.unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    let files: Vec<_> = std::fs::read_dir(driver.library())
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "stratmap"))
        .collect();
    assert_eq!(files.len(), 1, "one canvas in the library: {files:?}");
    let doc = show_json(&files[0]);
    assert_eq!(doc["canvas"]["title"], "E2E offsite");
    let growth = doc["areas"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["name"] == "Growth strategy")
        .unwrap();
    let stored = growth["initiatives"][0]["position"].as_f64().unwrap();
    assert_eq!(growth["initiatives"][0]["title"], "Partner programme");
    assert!(
        (stored - after).abs() < 0.5,
        "file has {stored}, the app showed {after}"
    );

    // Reopen the app on the file: the card is where it was left.
    let app = driver.launch(&[&files[0]]).await;
    let partner = wait_for(&app, card("Partner programme")).await;
    assert!((position_of(&partner).await - stored).abs() < 0.5);
    app.quit().await.unwrap();
}
