//! The vocabulary of facet values: each (facet, value) pair gets a small integer code, stored
//! in the index's `codes` fast field. Codes are only ever added, so a code in an old segment
//! keeps its meaning; the vocabulary is saved beside the index.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

const FILE: &str = "facet-codes.json";

/// Facet values and their codes.
#[derive(Debug, Default)]
pub struct FacetCodes {
    values: Vec<(String, String)>,
    by_value: HashMap<(String, String), u32>,
    path: PathBuf,
    dirty: bool,
}

impl FacetCodes {
    /// Loads the vocabulary saved in `dir`, or starts an empty one.
    pub fn load(dir: &Path) -> std::io::Result<Self> {
        let path = dir.join(FILE);
        let values: Vec<(String, String)> = match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(std::io::Error::other)?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
            Err(e) => return Err(e),
        };
        let by_value = values.iter().enumerate().map(|(i, v)| (v.clone(), i as u32)).collect();
        Ok(FacetCodes { values, by_value, path, dirty: false })
    }

    /// The code of a value, adding it if new.
    pub fn code_or_add(&mut self, facet: &str, value: &str) -> u32 {
        let key = (facet.to_string(), value.to_string());
        if let Some(code) = self.by_value.get(&key) {
            return *code;
        }
        let code = self.values.len() as u32;
        self.values.push(key.clone());
        self.by_value.insert(key, code);
        self.dirty = true;
        code
    }

    /// The code of a known value.
    pub fn code(&self, facet: &str, value: &str) -> Option<u32> {
        self.by_value.get(&(facet.to_string(), value.to_string())).copied()
    }

    /// The code of a known value, ignoring case when no value matches exactly ("death
    /// penalty" finds the issue "Death penalty").
    pub fn code_ignoring_case(&self, facet: &str, value: &str) -> Option<u32> {
        self.code(facet, value).or_else(|| {
            self.values.iter().position(|(f, v)| f == facet && v.eq_ignore_ascii_case(value)).map(|i| i as u32)
        })
    }

    /// The (facet, value) of a code.
    pub fn value(&self, code: usize) -> Option<&(String, String)> {
        self.values.get(code)
    }

    /// Number of codes.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// Writes the vocabulary if it changed; called before the index commits, so that no
    /// committed segment holds a code the saved vocabulary lacks.
    pub fn save(&mut self) -> std::io::Result<()> {
        if self.dirty {
            let tmp = self.path.with_extension("json.tmp");
            std::fs::write(&tmp, serde_json::to_vec(&self.values).map_err(std::io::Error::other)?)?;
            std::fs::rename(&tmp, &self.path)?;
            self.dirty = false;
        }
        Ok(())
    }
}
