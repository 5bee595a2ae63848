//! Import from the real app: a CSV of initiatives chosen in the native open dialog joins the
//! open canvas as one undoable step, and the file holds it. The file is what a spreadsheet in
//! much of Europe writes (semicolons, a decimal comma, its own column names, a column Stratmap
//! does not read), and the window says how it was read.

use std::process::Command;

use stratmap_e2e::{Driver, FileDialog, answer_file_dialog, card, cli_binary, show_json, wait_for};
use thirtyfour::prelude::*;

#[tokio::test(flavor = "multi_thread")]
async fn import_a_csv_through_the_open_dialog() {
    let driver = Driver::start();
    let canvas = driver.home.path().join("Imports.stratmap");
    let status = Command::new(cli_binary())
        .args(["new", canvas.to_str().unwrap(), "--title", "Imports"])
        .status()
        .unwrap();
    assert!(status.success());
    let rows = driver.home.path().join("rows.csv");
    std::fs::write(
        &rows,
        "Business area;Initiative;Position;Owner;Budget\r\nGrowth strategy;Churn dashboard;35,5;Lee;12000\r\nEnd goal;New sensor line;-80;;\r\n",
    )
    .unwrap();
    let app = driver.launch(&[&canvas]).await;
    wait_for(&app, By::Css("[role='group'][aria-label='End goal']")).await;
    // Every command the page sends from here on, by name (Tauri's IPC goes through fetch to
    // ipc://localhost/COMMAND).
    app.execute(
        "const send = window.fetch.bind(window);
         window.__sent = [];
         window.fetch = (url, init) => {
           const text = String(url);
           if (text.startsWith('ipc:')) window.__sent.push(decodeURIComponent(text.split('/').pop()));
           return send(url, init);
         };",
        vec![],
    )
    .await
    .unwrap();

    app.find(By::Css("[data-testid='import']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    answer_file_dialog("Import", FileDialog::Open, &rows).await;

    let churn = wait_for(&app, card("Churn dashboard")).await;
    assert_eq!(
        churn.attr("aria-valuenow").await.unwrap().as_deref(),
        Some("35.5")
    );
    wait_for(&app, card("New sensor line")).await;
    let notice = wait_for(&app, By::Css("[data-testid='notice']"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        notice.contains("Added 2 initiatives from a semicolon-separated file"),
        "{notice}"
    );
    assert!(
        notice.contains("Budget"),
        "the unread column is named: {notice}"
    );
    let doc = show_json(&canvas);
    assert_eq!(
        doc["areas"][1]["initiatives"][0]["title"],
        "Churn dashboard"
    );
    assert_eq!(doc["areas"][0]["initiatives"][0]["position"], -80.0);
    // The import's answer is the view: no change event comes back to this window to fetch the
    // whole canvas again.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let sent = app.execute("return window.__sent;", vec![]).await.unwrap();
    let sent: Vec<String> = sent.convert().unwrap();
    assert!(
        sent.contains(&"import_dialog".to_string()),
        "the import went through IPC: {sent:?}"
    );
    assert!(
        !sent.contains(&"current_canvas".to_string()),
        "the page fetched the whole canvas again after its own import: {sent:?}"
    );

    // One undo removes the whole import.
    app.find(By::Css("[data-testid='undo']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(
        app.find_all(card("Churn dashboard")).await.unwrap().len(),
        0
    );
    assert_eq!(
        app.find_all(card("New sensor line")).await.unwrap().len(),
        0
    );
    app.quit().await.unwrap();
}
