//! The live session hosted by the app on the window's open canvas: start and stop, the join code,
//! and the facilitator's controls. The host is the same as `stratmap host`'s, on the app's async
//! runtime; the session's rules are the live crate's and the core's.

use serde::{Deserialize, Serialize};
use std::net::IpAddr;
use stratmap_live::protocol::{ClientMessage, LiveView};
use stratmap_live::{Canvas, Host, HostConfig};

use tauri::{AppHandle, State, WebviewWindow};
use tauri_specta::Event;

use crate::error::CommandError;
use crate::state::{AppState, SESSION_ENDED};

/// A network the session can be offered on.
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type)]
pub struct NetworkChoice {
    pub address: String,
    pub label: String,
}

/// The running session as the facilitator's window shows it.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct LiveStatus {
    /// What participants open (the QR code says the same).
    pub participants_url: String,
    /// The network it is offered on, in words.
    pub network: String,
    /// The participants link as a QR code (an SVG picture).
    pub join_code_svg: String,
    pub view: LiveView,
}

/// Emitted after every change the session commits or sees (joins, connections); `board` when the
/// public board changed, so the window reloads its canvas.
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type, tauri_specta::Event)]
pub struct LiveChanged {
    pub board: bool,
}

pub const LOOPBACK_LABEL: &str = "This computer only (127.0.0.1)";

pub fn network_label(address: &str) -> String {
    if address == "127.0.0.1" {
        LOOPBACK_LABEL.to_string()
    } else {
        format!("Local network ({address})")
    }
}

/// The networks to offer: the machine's private LAN addresses first, then this computer only.
#[tauri::command]
#[specta::specta]
pub async fn live_networks() -> Vec<NetworkChoice> {
    stratmap_live::net::private_addresses()
        .into_iter()
        .map(|ip| ip.to_string())
        .chain(std::iter::once("127.0.0.1".to_string()))
        .map(|address| NetworkChoice {
            label: network_label(&address),
            address,
        })
        .collect()
}

/// The QR code of `url`, as an SVG picture.
pub fn join_code(url: &str) -> Result<String, String> {
    let code = qrcode::QrCode::new(url.as_bytes()).map_err(|e| e.to_string())?;
    Ok(code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(320, 320)
        .quiet_zone(true)
        .build())
}

fn status(host: &Host, network: String) -> Result<Option<LiveStatus>, CommandError> {
    let Some(view) = host.hub().facilitator_view() else {
        return Ok(None);
    };
    Ok(Some(LiveStatus {
        join_code_svg: join_code(&host.participants_url)
            .map_err(|message| CommandError::new("live", message))?,
        participants_url: host.participants_url.clone(),
        network,
        view,
    }))
}

/// Starts (or resumes) the live session of the window's canvas on `address`.
#[tauri::command]
#[specta::specta]
pub async fn start_live_session(
    app: AppHandle,
    window: WebviewWindow,
    state: State<'_, AppState>,
    address: String,
) -> Result<LiveStatus, CommandError> {
    let bind: IpAddr = address.parse().map_err(|_| {
        CommandError::new(
            "invalid_input",
            format!("{address:?} is not a network address"),
        )
    })?;
    serve(app, &window, &state, bind).await
}

/// Resumes the session of the window's canvas if its host died while serving it (the app was
/// killed or crashed): on the same network and link, so that participants' pages reconnect on
/// their own. `None` when the canvas has no session that was being served.
#[tauri::command]
#[specta::specta]
pub async fn resume_live_session(
    app: AppHandle,
    window: WebviewWindow,
    state: State<'_, AppState>,
) -> Result<Option<LiveStatus>, CommandError> {
    let serving = state.with_canvas(window.label(), |editor| {
        Ok(editor
            .document()
            .live()
            .and_then(|session| session.settings.serving_on))
    })?;
    match serving {
        Some(bind) => serve(app, &window, &state, bind).await.map(Some),
        None => Ok(None),
    }
}

async fn serve(
    app: AppHandle,
    window: &WebviewWindow,
    state: &AppState,
    bind: IpAddr,
) -> Result<LiveStatus, CommandError> {
    let network = network_label(&bind.to_string());
    if let Some(running) = state.with_host(window.label(), |h| status(h, network.clone())) {
        return running?.ok_or_else(stopped);
    }
    let notify = app.clone();
    let host = Host::start(HostConfig {
        canvas: Canvas::Open(state.shared_editor(window.label())?),
        on_change: Some(Box::new(move |board| {
            let _ = LiveChanged { board }.emit(&notify);
        })),
        bind: Some(bind),
        port: None,
    })
    .await?;
    let shown = status(&host, network).and_then(|s| s.ok_or_else(stopped));
    state.set_host(window.label(), host)?;
    shown
}

/// Opens the participants' page in this computer's browser, to check that the session answers.
#[tauri::command]
#[specta::specta]
pub async fn open_participant_page(
    window: WebviewWindow,
    state: State<'_, AppState>,
) -> Result<(), CommandError> {
    let url = state
        .with_host(window.label(), |h| h.participants_url.clone())
        .ok_or_else(stopped)?;
    // Detached: the browser outlives this command (and the app).
    open::that_detached(&url)
        .map_err(|e| CommandError::new("live", format!("could not open a browser: {e}")))
}

fn stopped() -> CommandError {
    CommandError::new("live", "the live session is not running".to_string())
}

/// The running session, if the window's canvas hosts one.
#[tauri::command]
#[specta::specta]
pub async fn live_status(
    window: WebviewWindow,
    state: State<'_, AppState>,
) -> Result<Option<LiveStatus>, CommandError> {
    let network = |h: &Host| network_label(&h.address.ip().to_string());
    state
        .with_host(window.label(), |h| status(h, network(h)))
        .transpose()
        .map(Option::flatten)
}

/// Carries out one of the facilitator's controls (phase, lobby, remove, summon, timer).
#[tauri::command]
#[specta::specta]
pub async fn live_control(
    window: WebviewWindow,
    state: State<'_, AppState>,
    control: ClientMessage,
) -> Result<(), CommandError> {
    let hub = state
        .with_host(window.label(), |h| h.hub().clone())
        .ok_or_else(stopped)?;
    hub.facilitate(control)
        .map_err(|refusal| CommandError::new("live", refusal.0))
}

/// Stops serving the session; participants' pages say so. The session stays in the file and
/// resumes, with the same links, when it is started again.
#[tauri::command]
#[specta::specta]
pub async fn stop_live_session(
    window: WebviewWindow,
    state: State<'_, AppState>,
) -> Result<(), CommandError> {
    if let Some(host) = state.take_host(window.label()) {
        host.end(SESSION_ENDED).await;
    }
    Ok(())
}
