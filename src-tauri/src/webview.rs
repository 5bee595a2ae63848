//! Settings of the window's web view that the config file cannot express.

use tauri::{AppHandle, Manager};

/// Turns off WebKitGTK's accelerated compositing on Linux. The board is plain DOM and paints
/// well in software, and compositing layers (one per lifted card, kept as backing stores) more
/// than doubled the web process's memory: measured with a 1 000-card canvas under Xvfb, all
/// processes took 452 MB with compositing and 236 MB without (debug build).
pub fn tune(app: &AppHandle) {
    #[cfg(target_os = "linux")]
    for window in app.webview_windows().into_values() {
        let _ = window.with_webview(|webview| {
            use webkit2gtk::{HardwareAccelerationPolicy, SettingsExt, WebViewExt};
            if let Some(settings) = WebViewExt::settings(&webview.inner()) {
                settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
            }
        });
    }
    #[cfg(not(target_os = "linux"))]
    let _ = app;
}
