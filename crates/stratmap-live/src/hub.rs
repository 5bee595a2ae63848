//! The one thread that owns the [`Room`]: sockets and HTTP handlers send it commands, it applies
//! them one at a time (each committed before it answers) and sends every client that must see a
//! change its fresh view. One writer, no locks shared with the network code.

use std::collections::HashMap;
use std::sync::mpsc as sync_mpsc;

use tokio::sync::{mpsc, oneshot};
use uuid::Uuid;

use stratmap_core::model::Participant;

use crate::protocol::{Board, ClientMessage, ServerMessage};
use crate::room::{Actor, Audience, Refusal, Room};
use crate::views;

/// What a socket's writer is told to do.
#[derive(Debug)]
pub enum Outgoing {
    Send(ServerMessage),
    /// Close with a WebSocket close code and reason.
    Close(u16, String),
}

pub type ClientId = u64;

enum Command {
    Join {
        name: String,
        reply: oneshot::Sender<Result<Participant, Refusal>>,
    },
    WhoIs {
        token: String,
        reply: oneshot::Sender<Option<Participant>>,
    },
    Attach {
        actor: Actor,
        outbox: mpsc::Sender<Outgoing>,
        reply: oneshot::Sender<ClientId>,
    },
    Request {
        client: ClientId,
        message: ClientMessage,
    },
    Detach {
        client: ClientId,
    },
    Title {
        reply: oneshot::Sender<String>,
    },
    Stop,
}

/// A handle for sending the hub commands; cheap to clone.
#[derive(Clone)]
pub struct Hub {
    commands: sync_mpsc::Sender<Command>,
}

struct Client {
    actor: Actor,
    outbox: mpsc::Sender<Outgoing>,
}

/// Starts the hub's thread on `room`; the thread ends (closing the file) after [`Hub::stop`].
pub fn start(room: Room) -> (Hub, std::thread::JoinHandle<()>) {
    let (commands, inbox) = sync_mpsc::channel();
    let thread = std::thread::Builder::new()
        .name("stratmap-live-hub".to_string())
        .spawn(move || run(room, &inbox))
        .expect("the system can start a thread");
    (Hub { commands }, thread)
}

impl Hub {
    async fn ask<T>(&self, make: impl FnOnce(oneshot::Sender<T>) -> Command) -> Option<T> {
        let (reply, answer) = oneshot::channel();
        self.commands.send(make(reply)).ok()?;
        answer.await.ok()
    }

    pub async fn join(&self, name: String) -> Result<Participant, Refusal> {
        self.ask(|reply| Command::Join { name, reply })
            .await
            .unwrap_or_else(|| Err(Refusal("the host is stopping".to_string())))
    }

    pub async fn who_is(&self, token: String) -> Option<Participant> {
        self.ask(|reply| Command::WhoIs { token, reply })
            .await
            .flatten()
    }

    pub async fn title(&self) -> String {
        self.ask(|reply| Command::Title { reply })
            .await
            .unwrap_or_default()
    }

    pub async fn attach(&self, actor: Actor, outbox: mpsc::Sender<Outgoing>) -> Option<ClientId> {
        self.ask(|reply| Command::Attach {
            actor,
            outbox,
            reply,
        })
        .await
    }

    pub fn request(&self, client: ClientId, message: ClientMessage) {
        let _ = self.commands.send(Command::Request { client, message });
    }

    pub fn detach(&self, client: ClientId) {
        let _ = self.commands.send(Command::Detach { client });
    }

    pub fn stop(&self) {
        let _ = self.commands.send(Command::Stop);
    }
}

struct State {
    room: Room,
    clients: HashMap<ClientId, Client>,
    next_client: ClientId,
    /// The public board as last built; rebuilt only when it may have changed.
    board: Board,
}

fn run(room: Room, inbox: &sync_mpsc::Receiver<Command>) {
    let board = views::board(room.editor().document());
    let mut state = State {
        room,
        clients: HashMap::new(),
        next_client: 1,
        board,
    };
    while let Ok(command) = inbox.recv() {
        match command {
            Command::Join { name, reply } => {
                let joined = state.room.join(&name);
                let _ = reply.send(joined);
                state.send_views(|actor| actor == Actor::Facilitator);
            }
            Command::WhoIs { token, reply } => {
                let found = state.room.session().participant_with_token(&token).cloned();
                let _ = reply.send(found);
            }
            Command::Title { reply } => {
                let _ = reply.send(state.room.editor().document().canvas.title.clone());
            }
            Command::Attach {
                actor,
                outbox,
                reply,
            } => {
                let id = state.next_client;
                state.next_client += 1;
                state.room.connect(actor);
                state.clients.insert(id, Client { actor, outbox });
                let _ = reply.send(id);
                state.send_views(|a| a == actor || a == Actor::Facilitator);
            }
            Command::Request { client, message } => state.request(client, message),
            Command::Detach { client } => {
                if let Some(gone) = state.clients.remove(&client) {
                    state.room.disconnect(gone.actor);
                    state.send_views(|a| a == Actor::Facilitator);
                }
            }
            Command::Stop => break,
        }
    }
    for client in state.clients.values() {
        let _ = client
            .outbox
            .try_send(Outgoing::Close(1001, "the host stopped".to_string()));
    }
    // Dropping the room closes the canvas file (and releases its editing lock).
}

impl State {
    fn request(&mut self, client: ClientId, message: ClientMessage) {
        let Some(actor) = self.clients.get(&client).map(|c| c.actor) else {
            return;
        };
        let request = message.request();
        match self.room.handle(actor, message) {
            Ok(audience) => {
                if let Some(request) = request {
                    self.send(client, ServerMessage::Ack { request });
                }
                match audience {
                    Audience::Everyone => {
                        self.board = views::board(self.room.editor().document());
                        self.send_views(|_| true);
                    }
                    Audience::Participant(id) => {
                        self.send_views(|a| a == Actor::Participant(id) || a == Actor::Facilitator);
                    }
                }
                self.end_removed();
            }
            Err(Refusal(message)) => self.send(client, ServerMessage::Refused { request, message }),
        }
    }

    fn send(&mut self, client: ClientId, message: ServerMessage) {
        let lagging = match self.clients.get(&client) {
            Some(c) => c.outbox.try_send(Outgoing::Send(message)).is_err(),
            None => false,
        };
        if lagging {
            self.drop_client(client);
        }
    }

    /// Sends a fresh view to every client `who` picks.
    fn send_views(&mut self, who: impl Fn(Actor) -> bool) {
        let mut lagging = Vec::new();
        for (id, client) in &self.clients {
            if !who(client.actor) || self.gone(client.actor) {
                continue;
            }
            let view = views::view_for(&self.room, client.actor, &self.board);
            let message = ServerMessage::View {
                view: Box::new(view),
            };
            if client.outbox.try_send(Outgoing::Send(message)).is_err() {
                lagging.push(*id);
            }
        }
        for id in lagging {
            self.drop_client(id);
        }
    }

    /// A client whose outbox is full (or closed) is cut off; its page reconnects for a fresh view.
    fn drop_client(&mut self, id: ClientId) {
        if let Some(client) = self.clients.remove(&id) {
            self.room.disconnect(client.actor);
            let _ = client.outbox.try_send(Outgoing::Close(
                1013,
                "this device fell behind; reconnecting".to_string(),
            ));
        }
    }

    fn gone(&self, actor: Actor) -> bool {
        match actor {
            Actor::Participant(id) => self.room.session().participant(id).is_none(),
            Actor::Facilitator => false,
        }
    }

    /// Tells the devices of anyone removed from the session, and lets them go.
    fn end_removed(&mut self) {
        let removed: Vec<(ClientId, Uuid)> = self
            .clients
            .iter()
            .filter_map(|(id, c)| match c.actor {
                Actor::Participant(p) if self.gone(c.actor) => Some((*id, p)),
                _ => None,
            })
            .collect();
        for (id, _) in removed {
            if let Some(client) = self.clients.remove(&id) {
                let _ = client.outbox.try_send(Outgoing::Send(ServerMessage::Ended {
                    message: "The facilitator removed you from this session.".to_string(),
                }));
                let _ = client.outbox.try_send(Outgoing::Close(
                    1000,
                    "removed from the session".to_string(),
                ));
            }
        }
    }
}
