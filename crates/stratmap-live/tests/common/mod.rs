//! A real host on 127.0.0.1 over a real canvas file, for the integration tests.
#![allow(dead_code)]

pub mod client;

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};

use stratmap_core::{Context, Editor, NewInitiative, Template};
use stratmap_live::protocol::ClientMessage;
use stratmap_live::{Host, HostConfig};
use uuid::Uuid;

use client::Device;

pub const LOOPBACK: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);

/// A basic canvas with one public card in "Growth strategy".
pub fn canvas() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("room.stratmap");
    let mut editor =
        Editor::create(&path, "Q3 offsite", Template::Basic, Context::system()).expect("canvas");
    let growth = editor.document().areas()[1].id;
    editor
        .add_initiative(NewInitiative {
            area_id: growth,
            title: "Loyalty app".to_string(),
            position: -40.0,
            ..NewInitiative::default()
        })
        .expect("card");
    (dir, path)
}

pub async fn host(path: &Path, port: Option<u16>) -> Host {
    Host::start(HostConfig {
        canvas: stratmap_live::Canvas::File(path.to_path_buf()),
        on_change: None,
        bind: Some(LOOPBACK),
        port,
    })
    .await
    .expect("the host starts")
}

/// The facilitator's device.
pub async fn facilitator(host: &Host) -> Device {
    let cookie = facilitator_cookie(host).await;
    Device::connect(host.address, &cookie).await
}

pub async fn facilitator_cookie(host: &Host) -> String {
    let reply = client::http(
        host.address,
        "GET",
        &client::path_of(&host.facilitator_url),
        &[],
        "",
    )
    .await;
    assert_eq!(reply.status, 303);
    reply.cookie().expect("cookie")
}

/// A participant who joined as `name`, with their cookies.
pub async fn participant(host: &Host, name: &str) -> (Device, String) {
    let cookies = client::join(host.address, &host.participants_url, name)
        .await
        .expect("joins");
    (Device::connect(host.address, &cookies).await, cookies)
}

pub fn addr(host: &Host) -> SocketAddr {
    host.address
}

/// The id of the area named `name` in a view.
pub fn area(device: &Device, name: &str) -> Uuid {
    device
        .view
        .as_ref()
        .expect("a view")
        .board
        .areas
        .iter()
        .find(|a| a.name == name)
        .expect("the area")
        .id
}

pub fn add_draft(area_id: Uuid, title: &str, position: f64) -> impl FnOnce(u32) -> ClientMessage {
    let title = title.to_string();
    move |request| ClientMessage::AddDraft {
        request,
        area_id,
        title,
        position,
        lane_offset: 0.5,
    }
}

pub fn phase(phase: stratmap_core::model::Phase) -> impl FnOnce(u32) -> ClientMessage {
    move |request| ClientMessage::SetPhase {
        request,
        phase,
        allowance: Some(3),
    }
}
