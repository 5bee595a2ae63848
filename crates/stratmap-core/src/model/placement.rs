//! Where each card sits in its lane: the one placement rule that the board, the PNG and the PDF
//! all draw. A lane is a stack of rows. Two cards in one row are at least a card's span apart on
//! the axis, so no card ever covers another's title, whatever positions and offsets were chosen;
//! the lane gains a row when its cards need one.

use uuid::Uuid;

use super::Initiative;

/// How much of the axis (−100..100) a card takes, its gap included. Every front end draws cards
/// no wider than this share of its axis, so cards in one row never touch.
pub const CARD_SPAN: f64 = 40.0;

/// The lane offset where imports, the keyboard and new cards leave a card: it asks for no row in
/// particular. A card dragged above it asks for the top row, below it for the second.
pub const NO_PREFERENCE: f64 = 0.5;

/// The rows a lane shows even when its cards need fewer: room to drag a card up or down.
pub const MIN_ROWS: usize = 2;

/// A lane's cards as rows, top to bottom, each row's cards in axis order. A row may be empty
/// when a card asked for a row below it.
pub type Rows = Vec<Vec<Uuid>>;

/// The row a card asks for, from its lane offset.
fn asks_for(card: &Initiative) -> Option<usize> {
    if card.lane_offset < NO_PREFERENCE {
        Some(0)
    } else if card.lane_offset > NO_PREFERENCE {
        Some(1)
    } else {
        None
    }
}

fn fits(row: &[&Initiative], card: &Initiative) -> bool {
    row.iter()
        .all(|other| (other.position - card.position).abs() >= CARD_SPAN)
}

/// Places one lane's cards. Cards that asked for a row are placed first (the user chose it), then
/// the rest, each group along the axis (ties by id, so the result never depends on storage
/// order). A card takes the row it asked for if it fits there, else the nearest row above it that
/// has room, else the first one below.
pub fn rows<'a>(cards: impl IntoIterator<Item = &'a Initiative>) -> Rows {
    let mut order: Vec<&Initiative> = cards.into_iter().collect();
    order.sort_by(|a, b| {
        asks_for(a)
            .is_none()
            .cmp(&asks_for(b).is_none())
            .then(a.position.total_cmp(&b.position))
            .then(a.id.cmp(&b.id))
    });
    let mut rows: Vec<Vec<&Initiative>> = Vec::new();
    for card in order {
        let wanted = asks_for(card).unwrap_or(0);
        let free = |row: usize, rows: &Vec<Vec<&Initiative>>| {
            rows.get(row).is_none_or(|cards| fits(cards, card))
        };
        let row = (0..=wanted)
            .rev()
            .find(|&row| free(row, &rows))
            .or_else(|| (wanted + 1..).find(|&row| free(row, &rows)))
            .unwrap_or(wanted);
        if rows.len() <= row {
            rows.resize_with(row + 1, Vec::new);
        }
        rows[row].push(card);
    }
    rows.into_iter()
        .map(|mut row| {
            row.sort_by(|a, b| a.position.total_cmp(&b.position).then(a.id.cmp(&b.id)));
            row.into_iter().map(|card| card.id).collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Status;
    use proptest::prelude::*;

    fn card(n: u128, position: f64, lane_offset: f64) -> Initiative {
        Initiative {
            id: Uuid::from_u128(n),
            area_id: Uuid::nil(),
            title: format!("Card {n}"),
            notes: String::new(),
            position,
            target: None,
            lane_offset,
            owner: String::new(),
            status: Status::Idea,
            impact: 2,
            tags: Vec::new(),
            votes: 0,
        }
    }

    fn ids(rows: &Rows) -> Vec<Vec<u128>> {
        rows.iter()
            .map(|row| row.iter().map(|id| id.as_u128()).collect())
            .collect()
    }

    #[test]
    fn a_card_dropped_beside_another_goes_to_the_next_row() {
        // The defect: a card at +50 beside one at +70 hid its title.
        let cards = [card(1, 70.0, 0.5), card(2, 50.0, 0.5)];
        assert_eq!(ids(&rows(&cards)), vec![vec![2], vec![1]]);
    }

    #[test]
    fn cards_a_span_apart_share_a_row() {
        let cards = [card(1, -60.0, 0.5), card(2, -20.0, 0.5), card(3, 20.0, 0.5)];
        assert_eq!(ids(&rows(&cards)), vec![vec![1, 2, 3]]);
    }

    #[test]
    fn an_offset_the_user_chose_is_kept_and_others_make_room() {
        let cards = [card(1, 0.0, 0.9), card(2, 10.0, 0.5), card(3, 5.0, 0.1)];
        // 3 asked for the top row, 1 for the second; 2 asked for none and both rows are taken.
        assert_eq!(ids(&rows(&cards)), vec![vec![3], vec![1], vec![2]]);
    }

    #[test]
    fn a_card_asking_for_a_full_second_row_moves_up_before_it_moves_down() {
        let cards = [card(1, 0.0, 1.0), card(2, 10.0, 1.0)];
        assert_eq!(ids(&rows(&cards)), vec![vec![2], vec![1]]);
    }

    #[test]
    fn the_second_row_stays_empty_when_only_it_was_asked_for() {
        assert_eq!(ids(&rows(&[card(1, 0.0, 1.0)])), vec![vec![], vec![1]]);
    }

    proptest! {
        #[test]
        fn no_two_cards_in_a_row_overlap_and_every_card_is_placed_once(
            places in proptest::collection::vec((-100i32..=100, 0u8..=4), 0..60),
        ) {
            let cards: Vec<Initiative> = places
                .iter()
                .enumerate()
                .map(|(n, &(position, offset))| card(n as u128, f64::from(position), f64::from(offset) / 4.0))
                .collect();
            let placed = rows(&cards);
            let mut seen: Vec<u128> = placed.iter().flatten().map(|id| id.as_u128()).collect();
            seen.sort_unstable();
            prop_assert_eq!(seen, (0..cards.len() as u128).collect::<Vec<_>>());
            for row in &placed {
                for pair in row.windows(2) {
                    let at = |id: &Uuid| cards[id.as_u128() as usize].position;
                    prop_assert!(at(&pair[1]) - at(&pair[0]) >= CARD_SPAN);
                }
            }
            // The order cards were stored in never changes where they are drawn.
            let mut reversed = cards.clone();
            reversed.reverse();
            prop_assert_eq!(rows(&reversed), placed);
        }
    }
}
