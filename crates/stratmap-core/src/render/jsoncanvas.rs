//! JSON Canvas 1.0 (the open format of Obsidian's canvas and other tools): one group node per
//! lane, one text node per initiative where its card is in the picture. Node ids are the
//! model's ids, so the file is stable across exports.

use serde::Serialize;

use super::layout::{self, Rect};
use crate::error::{Error, Result};
use crate::model::Document;

#[derive(Debug, Serialize)]
struct JsonCanvas {
    nodes: Vec<Node>,
    edges: Vec<serde_json::Value>,
}

#[derive(Debug, Serialize)]
struct Node {
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    x: i64,
    y: i64,
    width: i64,
    height: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    color: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    label: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<String>,
}

fn placed(id: String, kind: &'static str, rect: Rect, color: String) -> Node {
    Node {
        id,
        kind,
        x: rect.x.round() as i64,
        y: rect.y.round() as i64,
        width: rect.width.round().max(1.0) as i64,
        height: rect.height.round().max(1.0) as i64,
        color: Some(color),
        label: None,
        text: None,
    }
}

/// The JSON Canvas text of `doc`, pretty-printed, ending in a newline.
pub fn to_string(doc: &Document) -> Result<String> {
    let layout = layout::layout(doc)?;
    let mut nodes = Vec::new();
    for lane in &layout.lanes {
        let area = doc.area(lane.area_id)?;
        let mut group = placed(
            lane.area_id.to_string(),
            "group",
            lane.rect,
            area.colour.clone(),
        );
        group.label = Some(area.name.clone());
        nodes.push(group);
    }
    for lane in &layout.lanes {
        for card in &lane.cards {
            let initiative = doc.initiative(card.id)?;
            let mut node = placed(card.id.to_string(), "text", card.rect, card.colour.hex());
            let mut text = markdown_escape(&initiative.title);
            let mut facts: Vec<String> = Vec::new();
            if !initiative.owner.trim().is_empty() {
                facts.push(markdown_escape(&initiative.owner));
            }
            facts.push(initiative.status.as_str().to_string());
            facts.push(format!(
                "position {}",
                layout::format_axis_value(initiative.position)
            ));
            text.push_str("\n\n");
            text.push_str(&facts.join(" · "));
            node.text = Some(text);
            nodes.push(node);
        }
    }
    let canvas = JsonCanvas {
        nodes,
        edges: Vec::new(),
    };
    let mut text = serde_json::to_string_pretty(&canvas).map_err(|e| Error::Json(e.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// Escapes the characters Markdown would read as formatting, so a title shows as typed.
fn markdown_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        if matches!(
            ch,
            '\\' | '`'
                | '*'
                | '_'
                | '{'
                | '}'
                | '['
                | ']'
                | '<'
                | '>'
                | '('
                | ')'
                | '#'
                | '+'
                | '-'
                | '!'
                | '|'
                | '~'
        ) {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_characters_are_escaped() {
        assert_eq!(markdown_escape("*R&D* <b>"), "\\*R&D\\* \\<b\\>");
    }
}
