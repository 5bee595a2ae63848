//! The scenes of the live session that the UI's test double replays (`ui/mock/live-scenes.ts`):
//! what a real host shows the facilitator at each phase of a small session, made by a real host
//! on 127.0.0.1 over a real canvas file. The test fails when the committed file differs, so the
//! mock's texts (the phase statuses, the participants' rows) are always the host's.
//! After changing the live session: `STRATMAP_WRITE_BINDINGS=1 cargo test -p stratmap-app --test live_scenes`.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr};
use std::path::Path;
use std::sync::{Arc, Mutex};

use serde_json::{Value, json};
use stratmap_app::{LOOPBACK_LABEL, LiveStatus, NetworkChoice, join_code, network_label};
use stratmap_core::model::{BallotVote, Phase};
use stratmap_core::{Context, Editor, Template};
use stratmap_live::hub::{Hub, Outgoing};
use stratmap_live::protocol::{ClientMessage, LiveView, ServerMessage};
use stratmap_live::room::Actor;
use stratmap_live::{Canvas, Host, HostConfig};
use tokio::sync::{mpsc, oneshot};
use uuid::Uuid;

mod committed;

const SCENES_PATH: &str = "../ui/mock/live-scenes.ts";
/// What stands in for the random port and secret in the committed links.
const PORT: u16 = 47_800;
const SECRET: &str = "5ec7e75ec7e75ec7e75ec7e75ec7e75ec7e75ec7e75ec7e75ec7e75ec7e75ec7";

/// A participant's device, attached to the hub as a socket would be.
struct Device {
    hub: Hub,
    client: u64,
    inbox: mpsc::Receiver<Outgoing>,
    _closer: oneshot::Receiver<(u16, String)>,
    requests: u32,
}

impl Device {
    async fn attach(hub: &Hub, id: Uuid) -> Device {
        let (outbox, inbox) = mpsc::channel(64);
        let (closer, _closer) = oneshot::channel();
        let client = hub
            .attach(Actor::Participant(id), outbox, closer)
            .await
            .expect("the hub runs");
        Device {
            hub: hub.clone(),
            client,
            inbox,
            _closer,
            requests: 0,
        }
    }

    /// Sends a request and waits until the host acknowledges it; returns the last view seen.
    async fn request(&mut self, make: impl FnOnce(u32) -> ClientMessage) -> Option<LiveView> {
        self.requests += 1;
        let number = self.requests;
        self.hub.request(self.client, make(number));
        let mut seen = None;
        while let Some(message) = self.inbox.recv().await {
            match message {
                Outgoing::Send(ServerMessage::View { view }) => seen = Some(*view),
                Outgoing::Send(ServerMessage::Ack { request }) if request == number => break,
                Outgoing::Send(ServerMessage::Refused { message, .. }) => panic!("{message}"),
                _ => {}
            }
        }
        while let Ok(Outgoing::Send(ServerMessage::View { view })) = self.inbox.try_recv() {
            seen = Some(*view);
        }
        seen
    }
}

fn facilitate(host: &Host, message: ClientMessage) {
    host.hub().facilitate(message).expect("the host agrees");
}

fn phase(host: &Host, phase: Phase, allowance: Option<i32>) {
    facilitate(
        host,
        ClientMessage::SetPhase {
            request: 0,
            phase,
            allowance,
        },
    );
}

/// What the facilitator sees now, the running timer's remaining time made fixed.
fn scene(host: &Host) -> LiveView {
    let mut view = host.hub().facilitator_view().expect("the hub runs");
    if let Some(timer) = &mut view.timer {
        timer.remaining_ms = timer.total_seconds * 1000;
    }
    view
}

/// The join panel of the session, the random port and secret made fixed (the mock puts each
/// scene's view in it).
fn join_panel(view: LiveView) -> LiveStatus {
    let url = format!("http://127.0.0.1:{PORT}/join/{SECRET}");
    LiveStatus {
        join_code_svg: join_code(&url).expect("a QR code"),
        participants_url: url,
        network: network_label("127.0.0.1"),
        view,
    }
}

/// The same value with every object's keys in sorted order, whether or not serde_json keeps
/// insertion order (a feature some builds of the workspace turn on).
fn sorted_keys(value: Value) -> Value {
    match value {
        Value::Array(items) => Value::Array(items.into_iter().map(sorted_keys).collect()),
        Value::Object(fields) => {
            let mut fields: Vec<(String, Value)> = fields.into_iter().collect();
            fields.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(
                fields
                    .into_iter()
                    .map(|(key, value)| (key, sorted_keys(value)))
                    .collect(),
            )
        }
        other => other,
    }
}

/// Replaces every id by a fixed one, in order of first appearance, so that the file is the same
/// on every run.
fn fixed_ids(value: &mut Value, ids: &mut HashMap<String, String>) {
    match value {
        Value::String(text) if Uuid::parse_str(text).is_ok() => {
            let next = ids.len() + 1;
            let fixed = ids
                .entry(text.clone())
                .or_insert_with(|| format!("00000000-0000-4000-9000-{next:012x}"));
            *text = fixed.clone();
        }
        Value::Array(items) => items.iter_mut().for_each(|v| fixed_ids(v, ids)),
        Value::Object(fields) => fields.values_mut().for_each(|v| fixed_ids(v, ids)),
        _ => {}
    }
}

async fn record_scenes(path: &Path) -> Value {
    let editor =
        Editor::create(path, "Q3 offsite", Template::Basic, Context::system()).expect("a canvas");
    let growth = editor.document().areas()[1].id;
    let host = Host::start(HostConfig {
        canvas: Canvas::Open(Arc::new(Mutex::new(editor))),
        on_change: None,
        bind: Some(IpAddr::V4(Ipv4Addr::LOCALHOST)),
        port: None,
    })
    .await
    .expect("the host starts");
    let mut scenes = serde_json::Map::new();
    let mut keep = |name: &str, host: &Host| {
        scenes.insert(
            name.to_string(),
            serde_json::to_value(scene(host)).expect("JSON"),
        );
    };
    keep("lobby", &host);

    let ana = host.hub().join("Ana".to_string()).await.expect("Ana joins");
    // Ben joined earlier on his phone, which has since gone to sleep.
    host.hub().join("Ben".to_string()).await.expect("Ben joins");
    let mut ana_phone = Device::attach(host.hub(), ana.id).await;
    phase(&host, Phase::Placement, None);
    for (title, position) in [
        ("Customer advisory council", 35.0),
        ("Usage-based pricing", -20.0),
    ] {
        ana_phone
            .request(|request| ClientMessage::AddDraft {
                request,
                area_id: growth,
                title: title.to_string(),
                position,
                lane_offset: 0.5,
            })
            .await;
    }
    facilitate(
        &host,
        ClientMessage::SetTimer {
            request: 0,
            seconds: Some(180),
        },
    );
    keep("placement", &host);

    phase(&host, Phase::Discussion, None);
    facilitate(
        &host,
        ClientMessage::SetTimer {
            request: 0,
            seconds: None,
        },
    );
    keep("discussion", &host);

    phase(&host, Phase::Voting, Some(3));
    let board = host.hub().facilitator_view().expect("the hub runs").board;
    let first_card = board.cards[0].id;
    ana_phone
        .request(|request| ClientMessage::SubmitVotes {
            request,
            votes: vec![BallotVote {
                initiative_id: first_card,
                count: 3,
            }],
        })
        .await;
    keep("voting", &host);
    phase(&host, Phase::VotesRevealed, None);
    keep("votes_revealed", &host);

    phase(&host, Phase::Assessment, None);
    ana_phone
        .request(|request| ClientMessage::SubmitAnswers {
            request,
            answers: vec![3, 1, 4, 2, 2, 0, 3, 1, 4, 2, 3, 1, 2, 4],
        })
        .await;
    keep("assessment", &host);
    phase(&host, Phase::Results, None);
    keep("results", &host);
    host.stop().await;

    let networks = [
        NetworkChoice {
            address: "192.168.1.20".to_string(),
            label: network_label("192.168.1.20"),
        },
        NetworkChoice {
            address: "127.0.0.1".to_string(),
            label: LOOPBACK_LABEL.to_string(),
        },
    ];
    let lobby = serde_json::from_value(scenes["lobby"].clone()).expect("a view");
    let mut all =
        sorted_keys(json!({ "networks": networks, "status": join_panel(lobby), "scenes": scenes }));
    fixed_ids(&mut all, &mut HashMap::new());
    all
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn committed_live_scenes_are_what_the_host_shows() {
    let dir = tempfile::tempdir().unwrap();
    let scenes = record_scenes(&dir.path().join("scenes.stratmap")).await;
    let fresh = format!(
        "// Generated from a real live session by src-tauri/tests/live_scenes.rs: do not edit.\n\
         import type {{ LiveStatus_Serialize as LiveStatus, LiveView_Serialize as LiveView, NetworkChoice }} from \"../src/bindings\";\n\n\
         export const LIVE_SCENES: {{ networks: NetworkChoice[]; status: LiveStatus; scenes: Record<string, LiveView> }} = {};\n",
        serde_json::to_string_pretty(&scenes).unwrap()
    );
    committed::assert_committed(SCENES_PATH, &fresh, "live_scenes");
}
