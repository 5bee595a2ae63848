//! A participant's own browser: Debian's Chromium, headless, driven through chromedriver on
//! 127.0.0.1, so the end-to-end tests join the live session the way a phone's browser does (the
//! real participants' page, its cookies, its reconnect loop).

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use thirtyfour::ChromiumLikeCapabilities;
use thirtyfour::prelude::*;

use crate::{free_port, wait_for_port, which};

/// One chromedriver with one headless Chromium.
pub struct Chromium {
    child: Child,
    pub page: WebDriver,
}

impl Chromium {
    pub async fn start() -> Chromium {
        let driver = which("chromedriver")
            .expect("chromedriver is not installed: apt-get install chromium-driver");
        let port = free_port();
        let child = Command::new(driver)
            .args([
                format!("--port={port}"),
                "--allowed-ips=127.0.0.1".to_string(),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        wait_for_port(port, "chromedriver");
        let mut caps = DesiredCapabilities::chrome();
        caps.set_binary(&std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()))
            .expect("capability");
        for arg in [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--window-size=390,844",
        ] {
            caps.add_arg(arg).expect("capability");
        }
        let page = WebDriver::new(format!("http://127.0.0.1:{port}"), caps)
            .await
            .expect("a Chromium session");
        Chromium { child, page }
    }

    /// Waits until the page shows an element matching `by`.
    pub async fn wait(&self, by: By) -> WebElement {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            if let Ok(found) = self.page.find(by.clone()).await {
                return found;
            }
            assert!(Instant::now() < deadline, "Chromium never showed {by:?}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until the page's text contains `wanted`.
    pub async fn wait_text(&self, wanted: &str) {
        if !self.shows_within(wanted, Duration::from_secs(15)).await {
            panic!("Chromium never showed {wanted:?}: {}", self.text().await);
        }
    }

    /// Whether the page's text comes to contain `wanted` within `limit`.
    pub async fn shows_within(&self, wanted: &str, limit: Duration) -> bool {
        let deadline = Instant::now() + limit;
        loop {
            if self.text().await.contains(wanted) {
                return true;
            }
            if Instant::now() >= deadline {
                return false;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    async fn text(&self) -> String {
        self.page
            .execute("return document.body.innerText", vec![])
            .await
            .map(|r| r.json().as_str().unwrap_or_default().to_string())
            .unwrap_or_default()
    }

    pub async fn quit(self) {
        let _ = self.page.clone().quit().await;
        // Drop stops chromedriver.
    }
}

impl Drop for Chromium {
    /// A test that fails mid-way (a panic) must not leave chromedriver and its Chromium behind
    /// to load the next tests: chromedriver ends its browsers when it is stopped.
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
