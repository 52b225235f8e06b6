//! Shared by the integration tests: real text to typeset, and poppler to read PDFs back.
#![allow(dead_code)] // each test file uses a different part

pub mod fixture;
pub mod poppler;
