//! The bundled demo set: 2,747 real UPR Info rows for 14 States across cycles 1 and 2, taken
//! from `shared/data/upr-info/recommendations_sessions01-16.csv` so a fresh clone runs alone.

/// File name shown in provenance.
pub const DEMO_FILE: &str = "uprinfo_demo.csv";

/// The rows, in the cleaned UPR Info layout.
pub const DEMO_CSV: &[u8] = include_bytes!("../demo/uprinfo_demo.csv");
