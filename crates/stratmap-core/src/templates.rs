//! The areas a new canvas starts with. Pole texts summarise DOMAIN.md in the app's own words.

use crate::context::Context;
use crate::model::Area;

/// Which set of areas a new canvas gets.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Template {
    /// End goal, growth strategy, marketing strategy.
    Basic,
    /// The three core areas and five more.
    Full,
}

impl std::str::FromStr for Template {
    type Err = crate::error::Error;
    fn from_str(text: &str) -> crate::error::Result<Self> {
        match text {
            "basic" => Ok(Template::Basic),
            "full" => Ok(Template::Full),
            other => Err(crate::error::Error::Invalid {
                field: "template",
                reason: format!("{other:?} is not one of basic, full"),
            }),
        }
    }
}

struct AreaText {
    name: &'static str,
    colour: &'static str,
    product_pole: &'static str,
    customer_pole: &'static str,
}

const CORE_AREAS: [AreaText; 3] = [
    AreaText {
        name: "End goal",
        colour: "#5B5BD6",
        product_pole: "Build the best product there is; success rests on how good the product is.",
        customer_pole: "Build the best answer to the customer's problem, product or service; know the customer as well as the product.",
    },
    AreaText {
        name: "Growth strategy",
        colour: "#0F9D8A",
        product_pole: "Grow by upgrading and extending the product through steady innovation.",
        customer_pole: "Grow by uncovering customer needs; customer success feeds what it learns to product, sales and marketing.",
    },
    AreaText {
        name: "Marketing strategy",
        colour: "#D9733A",
        product_pole: "Let the product sell itself; broad campaigns aimed at demographic groups.",
        customer_pole: "Turn loyal customers into advocates; long relationships and personal, well-timed outreach based on behaviour.",
    },
];

const FURTHER_AREAS: [AreaText; 5] = [
    AreaText {
        name: "R&D and innovation",
        colour: "#8E4EC6",
        product_pole: "Few large, long and risky bets that may or may not find product-market fit.",
        customer_pole: "Many small experiments, steered by what customers say and do.",
    },
    AreaText {
        name: "Success metrics",
        colour: "#C2418C",
        product_pole: "Sales figures, units shipped and product specifications.",
        customer_pole: "Engagement, churn, lifetime value, NPS and retention, written into people's goals.",
    },
    AreaText {
        name: "Organisation",
        colour: "#3E7FC1",
        product_pole: "Budgets and teams arranged by product line; silos are tolerated.",
        customer_pole: "Cross-functional teams built around customer segments and journeys.",
    },
    AreaText {
        name: "Customer research",
        colour: "#3F9650",
        product_pole: "Ideas come from inside; the audience is picked once the product idea exists.",
        customer_pole: "Pain points, feedback and usage data are where product ideas start.",
    },
    AreaText {
        name: "Time horizon",
        colour: "#A87B2F",
        product_pole: "Long roadmaps funded by patient capital.",
        customer_pole: "Short cycles: read the market, then react.",
    },
];

/// The areas of `template`, in lane order, with fresh ids and no targets.
pub fn areas(template: Template, ctx: &mut Context) -> Vec<Area> {
    let further: &[AreaText] = match template {
        Template::Basic => &[],
        Template::Full => &FURTHER_AREAS,
    };
    CORE_AREAS
        .iter()
        .chain(further)
        .enumerate()
        .map(|(index, text)| Area {
            id: ctx.new_id(),
            name: text.name.to_string(),
            order: i32::try_from(index).unwrap_or(i32::MAX),
            colour: text.colour.to_string(),
            product_pole: text.product_pole.to_string(),
            customer_pole: text.customer_pole.to_string(),
            target: None,
        })
        .collect()
}

/// A new area's colour, cycling through the template palette.
pub fn colour_for(order: usize) -> &'static str {
    let all: Vec<&AreaText> = CORE_AREAS.iter().chain(FURTHER_AREAS.iter()).collect();
    all[order % all.len()].colour
}
