//! Deadlines announced for particular sessions (`data/upr_stakeholder_deadlines.csv`): the
//! stakeholder submission deadline, and the national report deadline where known, as OHCHR
//! announced them and secondary sources relayed them. A real date beats uprkit's estimate.

use chrono::NaiveDate;
use serde::Serialize;
use std::sync::OnceLock;

/// The embedded copy of the reference file, with its source column.
const DEADLINES_CSV: &str = include_str!("../../data/upr_stakeholder_deadlines.csv");
/// Its name, for messages.
pub const DEADLINES_FILE: &str = "upr_stakeholder_deadlines.csv";

/// The deadlines announced for one Working Group session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AnnouncedDeadlines {
    /// Working Group session.
    pub session: u16,
    /// Deadline of the stakeholder written submissions.
    pub stakeholder_deadline: NaiveDate,
    /// Deadline of the national report, where the source gives it.
    pub national_report_deadline: Option<NaiveDate>,
    /// How the source states it: "announced", "extended deadline", "announced, may have changed".
    pub status: String,
    /// Where the date was found, as the file gives it (a URL, sometimes with a remark).
    pub source: String,
}

impl AnnouncedDeadlines {
    /// What users see as the basis of an announced date: "announced by OHCHR" and the status
    /// when it says more than "announced".
    pub fn basis_note(&self) -> String {
        match self.status.trim() {
            "" | "announced" => "announced by OHCHR".to_string(),
            status => format!("announced by OHCHR ({status})"),
        }
    }

    /// The address to link to: the source's first `http(s)://` word, if any.
    pub fn source_url(&self) -> Option<&str> {
        self.source.split_whitespace().find(|w| w.starts_with("https://") || w.starts_with("http://"))
    }
}

fn date(text: &str, file: &str, line: u64, column: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| format!("{file}, line {line}: {column} {text:?} is not a date like 2025-10-10"))
}

/// Reads the file strictly: the header as expected, every row with a session number, a
/// stakeholder deadline, an optional national report deadline, a status and a source, and no
/// session twice.
pub fn parse(text: &str, file: &str) -> Result<Vec<AnnouncedDeadlines>, String> {
    const HEADER: [&str; 5] = ["session", "stakeholder_deadline", "national_report_deadline", "status", "source"];
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().map_err(|e| format!("{file}, line 1: {e}"))?;
    if header.iter().map(str::trim).ne(HEADER) {
        return Err(format!("{file}, line 1: the header should be {}", HEADER.join(",")));
    }
    let mut out: Vec<AnnouncedDeadlines> = Vec::new();
    for record in reader.records() {
        let r = record.map_err(|e| format!("{file}: {e}"))?;
        let line = r.position().map(|p| p.line()).unwrap_or(0);
        let field = |i: usize| r.get(i).unwrap_or("").trim();
        let session: u16 = field(0)
            .parse()
            .ok()
            .filter(|n| (1..=99).contains(n))
            .ok_or_else(|| format!("{file}, line {line}: session {:?} is not a session number", field(0)))?;
        if out.iter().any(|d| d.session == session) {
            return Err(format!("{file}, line {line}: session {session} is listed twice"));
        }
        let stakeholder_deadline = date(field(1), file, line, "stakeholder_deadline")?;
        let national_report_deadline = match field(2) {
            "" => None,
            text => Some(date(text, file, line, "national_report_deadline")?),
        };
        let (status, source) = (field(3), field(4));
        if status.is_empty() || source.is_empty() {
            return Err(format!("{file}, line {line}: a status and a source are required"));
        }
        out.push(AnnouncedDeadlines {
            session,
            stakeholder_deadline,
            national_report_deadline,
            status: status.to_string(),
            source: source.to_string(),
        });
    }
    Ok(out)
}

/// Every announced deadline of the embedded file (its test guarantees it parses whole).
pub fn all() -> &'static [AnnouncedDeadlines] {
    static ALL: OnceLock<Vec<AnnouncedDeadlines>> = OnceLock::new();
    ALL.get_or_init(|| parse(DEADLINES_CSV, DEADLINES_FILE).unwrap_or_default())
}

/// The deadlines announced for `session`, if the file lists it.
pub fn for_session(session: u16) -> Option<&'static AnnouncedDeadlines> {
    all().iter().find(|d| d.session == session)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    #[test]
    fn the_real_file_parses_whole_and_the_embedded_copy_is_the_same() {
        let path = crate::testing::shared_data("reference/upr_stakeholder_deadlines.csv");
        let text = std::fs::read_to_string(&path).expect("readable");
        assert_eq!(text, DEADLINES_CSV, "the embedded copy differs from {}", path.display());
        let rows = parse(&text, DEADLINES_FILE).expect("every row parses");
        assert_eq!(rows.len(), 14);
        assert_eq!(all(), rows.as_slice());
        let sessions: Vec<u16> = rows.iter().map(|d| d.session).collect();
        assert_eq!(sessions, [21, 22, 23, 24, 25, 26, 41, 42, 43, 44, 45, 52, 53, 54]);
        assert_eq!(rows.iter().filter(|d| d.national_report_deadline.is_some()).count(), 8);
        let s21 = for_session(21).expect("21");
        assert_eq!((s21.stakeholder_deadline, s21.national_report_deadline), (day("2014-06-15"), None));
        assert_eq!(s21.basis_note(), "announced by OHCHR (extended deadline)");
        assert_eq!(
            s21.source_url(),
            Some("https://www.upr-info.org/en/news/extension-deadline-civil-society-reports-upr-21-and-22")
        );
        let s52 = for_session(52).expect("52");
        assert_eq!(s52.stakeholder_deadline, day("2025-10-10"));
        assert_eq!(s52.national_report_deadline, Some(day("2026-01-26")));
        assert_eq!(s52.basis_note(), "announced by OHCHR");
        // A source without an address is kept as it is, with nothing to link.
        assert!(s52.source.starts_with("CeHDI-Foundation/UPR_Maternal-Health_Public"));
        assert_eq!(s52.source_url(), None);
        assert_eq!(
            for_session(23).map(|d| d.basis_note()).as_deref(),
            Some("announced by OHCHR (announced, may have changed)")
        );
        assert!(for_session(48).is_none());
    }

    #[test]
    fn damaged_rows_are_refused_with_file_and_line() {
        let head = "session,stakeholder_deadline,national_report_deadline,status,source\n";
        let cases = [
            ("x,2025-10-10,,announced,u\n", "line 2: session \"x\""),
            ("52,10/10/2025,,announced,u\n", "line 2: stakeholder_deadline \"10/10/2025\""),
            ("52,2025-10-10,soon,announced,u\n", "line 2: national_report_deadline"),
            ("52,2025-10-10,,,u\n", "line 2: a status and a source"),
            ("52,2025-10-10,,announced,u\n52,2025-10-11,,announced,u\n", "line 3: session 52 is listed twice"),
        ];
        for (rows, expected) in cases {
            let err = parse(&format!("{head}{rows}"), "f.csv").expect_err(rows);
            assert!(err.starts_with("f.csv, ") && err.contains(expected), "{err}");
        }
        assert!(parse("session,deadline\n52,2025-10-10\n", "f.csv").expect_err("header").contains("line 1"));
    }
}
