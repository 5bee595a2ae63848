//! The live session's changes: starting and ending it, its phase, who is in it, the private
//! drafts, and the reveal that turns every draft into an ordinary initiative at once.

use uuid::Uuid;

use super::{Applied, Op, Touched};
use crate::error::{Error, Result};
use crate::model::{
    DEFAULT_IMPACT, Document, Draft, Initiative, LiveSession, LiveSettings, Participant, Status,
};

fn touched_session(session: &LiveSession) -> Touched {
    Touched {
        live_session: true,
        participants: session.participants.iter().map(|p| p.id).collect(),
        drafts: session.drafts.keys().copied().collect(),
        ..Touched::default()
    }
}

pub(super) fn begin(doc: &mut Document, session: &LiveSession) -> Result<Applied> {
    if doc.live().is_some() {
        return Err(Error::LiveSessionExists);
    }
    doc.set_live(Some(session.clone()))?;
    Ok(Applied {
        inverse: Op::EndLive,
        touched: touched_session(session),
    })
}

pub(super) fn end(doc: &mut Document) -> Result<Applied> {
    let session = doc.set_live(None)?.ok_or(Error::NoLiveSession)?;
    Ok(Applied {
        touched: touched_session(&session),
        inverse: Op::BeginLive { session },
    })
}

pub(super) fn set_settings(doc: &mut Document, settings: LiveSettings) -> Result<Applied> {
    let session = doc.live_mut()?;
    let previous = std::mem::replace(&mut session.settings, settings);
    Ok(Applied {
        inverse: Op::SetLiveSettings { settings: previous },
        touched: Touched {
            live_session: true,
            ..Touched::default()
        },
    })
}

pub(super) fn join(
    doc: &mut Document,
    participant: &Participant,
    drafts: &[Draft],
) -> Result<Applied> {
    let areas: std::collections::HashSet<Uuid> = doc.areas().iter().map(|a| a.id).collect();
    let session = doc.live_mut()?;
    session.admit(participant.clone(), drafts, |id| areas.contains(&id))?;
    Ok(Applied {
        inverse: Op::LeaveLive { id: participant.id },
        touched: Touched {
            participants: vec![participant.id],
            drafts: drafts.iter().map(|d| d.id).collect(),
            ..Touched::default()
        },
    })
}

pub(super) fn leave(doc: &mut Document, id: Uuid) -> Result<Applied> {
    let (participant, drafts) = doc.live_mut()?.dismiss(id)?;
    Ok(Applied {
        touched: Touched {
            participants: vec![id],
            drafts: drafts.iter().map(|d| d.id).collect(),
            ..Touched::default()
        },
        inverse: Op::JoinLive {
            participant,
            drafts,
        },
    })
}

pub(super) fn put_draft(doc: &mut Document, draft: &Draft) -> Result<Applied> {
    let areas: std::collections::HashSet<Uuid> = doc.areas().iter().map(|a| a.id).collect();
    let previous = doc
        .live_mut()?
        .put_draft(draft.clone(), |id| areas.contains(&id))?;
    let inverse = match previous {
        Some(old) => Op::PutDraft { draft: old },
        None => Op::DeleteDraft { id: draft.id },
    };
    Ok(Applied {
        inverse,
        touched: Touched {
            drafts: vec![draft.id],
            ..Touched::default()
        },
    })
}

pub(super) fn delete_draft(doc: &mut Document, id: Uuid) -> Result<Applied> {
    let draft = doc.live_mut()?.remove_draft(id)?;
    Ok(Applied {
        inverse: Op::PutDraft { draft },
        touched: Touched {
            drafts: vec![id],
            ..Touched::default()
        },
    })
}

/// The initiative a revealed draft becomes: its owner is the participant who placed it.
fn revealed(draft: &Draft, owner: &str) -> Initiative {
    Initiative {
        id: draft.id,
        area_id: draft.area_id,
        title: draft.title.clone(),
        notes: String::new(),
        position: draft.position,
        target: None,
        lane_offset: draft.lane_offset,
        owner: owner.to_string(),
        status: Status::Idea,
        impact: DEFAULT_IMPACT,
        tags: Vec::new(),
        votes: 0,
    }
}

/// Every draft becomes a public initiative at once; undone, they are private drafts again.
pub(super) fn reveal(doc: &mut Document) -> Result<Applied> {
    let session = doc.live().ok_or(Error::NoLiveSession)?;
    let drafts: Vec<Draft> = session.drafts.values().cloned().collect();
    let cards: Vec<Initiative> = drafts
        .iter()
        .map(|d| {
            let owner = session
                .participant(d.participant)
                .map(|p| p.name.clone())
                .unwrap_or_default();
            revealed(d, &owner)
        })
        .collect();
    for (index, card) in cards.iter().enumerate() {
        if let Err(err) = doc.insert_initiative(card.clone()) {
            for inserted in &cards[..index] {
                doc.remove_initiative(inserted.id)
                    .expect("an initiative inserted just now is present");
            }
            return Err(err);
        }
    }
    doc.live_mut()?.drafts.clear();
    let ids: Vec<Uuid> = drafts.iter().map(|d| d.id).collect();
    let mut inverse: Vec<Op> = ids.iter().map(|&id| Op::DeleteInitiative { id }).collect();
    inverse.extend(drafts.into_iter().map(|draft| Op::PutDraft { draft }));
    Ok(Applied {
        inverse: Op::Batch { ops: inverse },
        touched: Touched {
            initiatives: ids.clone(),
            drafts: ids,
            ..Touched::default()
        },
    })
}
