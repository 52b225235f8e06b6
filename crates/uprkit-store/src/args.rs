//! Dynamic query building with bound parameters: values are never written into SQL text.

use sqlx::any::AnyArguments;
use sqlx::{Any, Arguments, AssertSqlSafe};

/// One bound value.
#[derive(Debug, Clone)]
pub(crate) enum Arg {
    Int(i64),
    Text(String),
    OptInt(Option<i64>),
    OptText(Option<String>),
    Real(f64),
    Bytes(Vec<u8>),
}

/// SQL text with `$n` placeholders and the values bound to them.
#[derive(Debug, Default, Clone)]
pub(crate) struct Sql {
    pub text: String,
    pub args: Vec<Arg>,
}

impl Sql {
    /// Adds a value and returns its placeholder.
    pub fn bind(&mut self, arg: Arg) -> String {
        self.args.push(arg);
        format!("${}", self.args.len())
    }

    /// Adds several values and returns `$a, $b, ...` for an `IN (...)` list.
    pub fn bind_list(&mut self, args: impl IntoIterator<Item = Arg>) -> String {
        args.into_iter().map(|a| self.bind(a)).collect::<Vec<_>>().join(", ")
    }

    /// The query, ready to run.
    pub fn query(&self) -> sqlx::query::Query<'static, Any, AnyArguments> {
        let mut values = AnyArguments::default();
        for a in &self.args {
            // Adding a plain integer or string to the Any buffer cannot fail.
            let _ = match a {
                Arg::Int(v) => values.add(*v),
                Arg::Text(v) => values.add(v.clone()),
                Arg::OptInt(v) => values.add(*v),
                Arg::OptText(v) => values.add(v.clone()),
                Arg::Real(v) => values.add(*v),
                Arg::Bytes(v) => values.add(v.clone()),
            };
        }
        // Only placeholders and fixed fragments are ever written into the text.
        sqlx::query_with(AssertSqlSafe(self.text.clone()), values)
    }
}
