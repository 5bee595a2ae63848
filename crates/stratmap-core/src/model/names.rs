//! How the names people type are compared: as people read them. "Ana", "ana" and " Ana " are
//! the same person; so are "Ana  Maria" and "Ana Maria".

/// The form two names are compared in: outer spaces dropped, inner runs of spaces made one,
/// letters in lower case.
pub fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Whether two typed names name the same person.
pub fn same_name(a: &str, b: &str) -> bool {
    name_key(a) == name_key(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_as_people_read_them() {
        assert!(same_name("Ana", "ana"));
        assert!(same_name(" Ana ", "ANA"));
        assert!(same_name("Ana  Maria", "ana maria"));
        assert!(same_name("Ístvan", "ístvan"));
        assert!(!same_name("Ana", "Anna"));
        assert!(!same_name("Ana Maria", "AnaMaria"));
    }
}
