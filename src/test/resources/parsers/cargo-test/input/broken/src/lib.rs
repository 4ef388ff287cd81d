pub fn count() -> u32 {
    "three"
}

pub fn name() -> String {
    missing()
}
