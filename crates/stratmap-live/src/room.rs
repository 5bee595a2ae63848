//! The session as the host holds it: the canvas's `Editor` (the one writer), who is connected,
//! and what only lives while the host runs (summon, timer). Every request is checked here (who
//! sent it, which phase) and turned into the core's ops; nothing else changes the canvas.

use std::collections::HashMap;
use std::net::IpAddr;
use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use uuid::Uuid;

use stratmap_core::model::{LiveSession, LiveSettings, Participant};
use stratmap_core::{Context, Editor, Error, Op};

use crate::protocol::ClientMessage;
use crate::secrets;

mod plan;
use plan::{Step, plan};

/// Who a socket speaks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Actor {
    Participant(Uuid),
    Facilitator,
}

/// Votes each participant gets when the facilitator names no number.
pub const DEFAULT_ALLOWANCE: i32 = 3;

/// Which clients must be sent a fresh view after a change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Audience {
    /// Everyone: the public board or the phase changed.
    Everyone,
    /// One participant's private state changed (and the facilitator's counts).
    Participant(Uuid),
}

/// A running countdown.
#[derive(Debug, Clone, Copy)]
pub struct Timer {
    pub total_seconds: u32,
    pub ends: Instant,
}

impl Timer {
    pub fn remaining(&self) -> Duration {
        self.ends.saturating_duration_since(Instant::now())
    }
}

/// A refusal, in words for the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal(pub String);

impl From<Error> for Refusal {
    fn from(err: Error) -> Self {
        Refusal(err.to_string())
    }
}

fn refuse<T>(message: impl Into<String>) -> Result<T, Refusal> {
    Err(Refusal(message.into()))
}

/// The canvas a room edits. The desktop app shares it: its own edits and the room's go through
/// the same `Editor`, one at a time.
pub type SharedEditor = Arc<Mutex<Editor>>;

/// Locks the canvas. A poisoned lock only means a panic elsewhere mid-way; the core keeps the
/// file consistent, so carry on with the data.
pub fn lock(editor: &SharedEditor) -> MutexGuard<'_, Editor> {
    editor
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// What lives only while the host runs: who is connected, the summon and the timer.
#[derive(Debug, Default)]
pub struct Presence {
    /// Open sockets per participant.
    connected: HashMap<Uuid, usize>,
    pub summon: Option<Uuid>,
    pub timer: Option<Timer>,
}

impl Presence {
    pub fn is_connected(&self, participant: Uuid) -> bool {
        self.connected.get(&participant).is_some_and(|n| *n > 0)
    }
}

pub struct Room {
    editor: SharedEditor,
    pub presence: Presence,
}

/// The session of a canvas that has one.
pub fn session(editor: &Editor) -> &LiveSession {
    editor
        .document()
        .live()
        .expect("a room's canvas always holds a live session")
}

impl Room {
    /// Opens `path` for editing (taking its lock) and resumes its session, or starts one.
    pub fn open(path: &Path) -> Result<Room, Error> {
        let editor = Editor::open(path, Context::system())?;
        Room::adopt(Arc::new(Mutex::new(editor)))
    }

    /// A room on a canvas that is already open (the desktop app's); resumes its session or
    /// starts one.
    pub fn adopt(editor: SharedEditor) -> Result<Room, Error> {
        {
            let mut canvas = lock(&editor);
            if canvas.document().live().is_none() {
                let session = LiveSession::new(secrets::fresh()?, secrets::fresh()?);
                canvas.apply(Op::BeginLive { session })?;
            }
        }
        Ok(Room {
            editor,
            presence: Presence::default(),
        })
    }

    pub fn editor(&self) -> MutexGuard<'_, Editor> {
        lock(&self.editor)
    }

    pub fn shared_editor(&self) -> SharedEditor {
        self.editor.clone()
    }

    /// Remembers where the host serves: the port, so that a resumed host takes it again (the
    /// links stay valid), and the address, so that a host that dies resumes on its own.
    pub fn remember_serving(&mut self, bind: IpAddr, port: u16) -> Result<(), Error> {
        self.change_settings(|s| LiveSettings {
            port: Some(port),
            serving_on: Some(bind),
            ..s
        })
    }

    /// The host stopped cleanly: the session is no longer being served.
    pub fn forget_serving(&mut self) -> Result<(), Error> {
        self.change_settings(|s| LiveSettings {
            serving_on: None,
            ..s
        })
    }

    fn change_settings(
        &mut self,
        change: impl FnOnce(LiveSettings) -> LiveSettings,
    ) -> Result<(), Error> {
        let mut editor = self.editor();
        let settings = session(&editor).settings;
        let changed = change(settings);
        if changed == settings {
            return Ok(());
        }
        editor
            .apply_unrecorded(Op::SetLiveSettings { settings: changed })
            .map(drop)
    }

    pub fn connect(&mut self, actor: Actor) {
        if let Actor::Participant(id) = actor {
            *self.presence.connected.entry(id).or_insert(0) += 1;
        }
    }

    pub fn disconnect(&mut self, actor: Actor) {
        if let Actor::Participant(id) = actor
            && let Some(n) = self.presence.connected.get_mut(&id)
        {
            *n = n.saturating_sub(1);
        }
    }

    /// Someone joins with a name; returns who they now are (with the token their device keeps).
    pub fn join(&mut self, name: &str) -> Result<Participant, Refusal> {
        let mut editor = self.editor();
        if !session(&editor).settings.lobby_open {
            return refuse("the lobby is closed: ask the facilitator to let you in");
        }
        let participant = Participant {
            id: editor.context().new_id(),
            name: name.trim().to_string(),
            token: secrets::fresh()?,
            joined_at: editor.context().now(),
        };
        stratmap_core::model::validate::label(
            "your name",
            &participant.name,
            stratmap_core::model::validate::NAME_MAX,
        )?;
        editor.apply_unrecorded(Op::JoinLive {
            participant: participant.clone(),
            drafts: Vec::new(),
        })?;
        Ok(participant)
    }

    /// Handles one request; returns who must see the change.
    pub fn handle(&mut self, actor: Actor, message: ClientMessage) -> Result<Audience, Refusal> {
        let mut editor = lock(&self.editor);
        match plan(&mut editor, &mut self.presence, actor, message)? {
            Step::Done(audience) => Ok(audience),
            Step::Write {
                op,
                undoable,
                audience,
            } => {
                if undoable {
                    editor.apply(op)?;
                } else {
                    // A participant's change is theirs: it never joins the facilitator's undo.
                    editor.apply_unrecorded(op)?;
                }
                Ok(audience)
            }
        }
    }

    /// Handles requests from different participants together: each is checked and applied on
    /// its own, and all are committed at once (one disk sync for the group).
    pub fn handle_group(
        &mut self,
        requests: Vec<(Actor, ClientMessage)>,
    ) -> Vec<Result<Audience, Refusal>> {
        let mut editor = lock(&self.editor);
        let mut outcomes: Vec<Result<Audience, Refusal>> = Vec::with_capacity(requests.len());
        let mut writes = Vec::new();
        let mut written = Vec::new();
        for (actor, message) in requests {
            match plan(&mut editor, &mut self.presence, actor, message) {
                Ok(Step::Write {
                    op,
                    undoable,
                    audience,
                }) => {
                    written.push(outcomes.len());
                    writes.push((op, undoable));
                    outcomes.push(Ok(audience));
                }
                Ok(Step::Done(audience)) => outcomes.push(Ok(audience)),
                Err(refusal) => outcomes.push(Err(refusal)),
            }
        }
        match editor.apply_group(writes) {
            Ok(results) => {
                for (index, result) in written.into_iter().zip(results) {
                    if let Err(err) = result {
                        outcomes[index] = Err(err.into());
                    }
                }
            }
            Err(err) => {
                let refusal = Refusal::from(err);
                for index in written {
                    outcomes[index] = Err(refusal.clone());
                }
            }
        }
        outcomes
    }
}
