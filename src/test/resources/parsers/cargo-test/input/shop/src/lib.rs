//! A throwaway crate whose only job is to make `cargo test` print real output.

/// Adds two numbers.
///
/// ```
/// assert_eq!(shop::add(2, 3), 5);
/// ```
pub fn add(a: i32, b: i32) -> i32 {
    a + b
}

/// Halves a number, rounding down.
///
/// ```
/// assert_eq!(shop::half(7), 4);
/// ```
pub fn half(a: i32) -> i32 {
    a / 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adds() {
        assert_eq!(add(2, 2), 4);
    }

    #[test]
    fn halves_wrongly() {
        assert_eq!(half(5), 3);
    }

    #[test]
    #[ignore = "slow"]
    fn slow() {}
}
