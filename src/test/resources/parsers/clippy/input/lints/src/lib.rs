//! Code with what clippy and rustc warn about, and one lint denied by default.

pub fn length(v: &Vec<u32>) -> usize {
    v.len()
}

pub fn is_empty(s: &str) -> bool {
    s.len() == 0
}

pub fn unused() {
    let x = 5;
}

pub fn compare(a: f64) -> bool {
    a == f64::NAN
}

pub fn always(a: u32) -> bool {
    a == a
}
