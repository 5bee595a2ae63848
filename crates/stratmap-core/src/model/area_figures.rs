//! An area's figures, derived from the document: its stance, the shift to its target, the
//! initiatives pushing each way, the projected stance and the rows its cards are drawn in. The
//! view, the exports and the command line all take them from here.

use serde::Serialize;
use uuid::Uuid;

use super::Document;

/// An area and its derived stance.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct AreaSummary {
    pub id: Uuid,
    pub name: String,
    pub colour: String,
    pub product_pole: String,
    pub customer_pole: String,
    pub target: Option<f64>,
    pub stance: Option<f64>,
    /// How far the stance must move to reach the target (target − stance), when both exist.
    pub shift: Option<f64>,
    /// Initiatives whose own target lies towards the customer-centric pole from where they are.
    pub pushing_customer: u32,
    /// Initiatives whose own target lies towards the product-centric pole.
    pub pushing_product: u32,
    /// The stance once every initiative with a target has reached it.
    pub projected_stance: Option<f64>,
    /// Where the lane's cards are drawn: its rows, top to bottom, each row's card ids in axis
    /// order (`model::placement`). Sent with every change, as a move can shift its neighbours.
    pub rows: Vec<Vec<Uuid>>,
}

/// Per area: initiatives pushing each way and the projected stance's weighted sums.
#[derive(Default, Clone, Copy)]
struct Pushes {
    customer: u32,
    product: u32,
    projected_sum: f64,
    weight: f64,
}

/// Every area's figures, in lane order.
pub fn summaries(doc: &Document) -> Vec<AreaSummary> {
    let mut pushes: std::collections::HashMap<Uuid, Pushes> = std::collections::HashMap::new();
    for initiative in doc.initiatives() {
        let p = pushes.entry(initiative.area_id).or_default();
        let goal = initiative.target.unwrap_or(initiative.position);
        if goal > initiative.position {
            p.customer += 1;
        } else if goal < initiative.position {
            p.product += 1;
        }
        p.projected_sum += goal * f64::from(initiative.impact);
        p.weight += f64::from(initiative.impact);
    }
    doc.stances()
        .into_iter()
        .filter_map(|(id, stance)| {
            let area = doc.area(id).ok()?;
            let p = pushes.get(&id).copied().unwrap_or_default();
            Some(AreaSummary {
                shift: area.target.zip(stance).map(|(t, s)| t - s),
                pushing_customer: p.customer,
                pushing_product: p.product,
                projected_stance: (p.weight > 0.0).then(|| p.projected_sum / p.weight),
                rows: doc.card_rows(id),
                id,
                name: area.name.clone(),
                colour: area.colour.clone(),
                product_pole: area.product_pole.clone(),
                customer_pole: area.customer_pole.clone(),
                target: area.target,
                stance,
            })
        })
        .collect()
}
