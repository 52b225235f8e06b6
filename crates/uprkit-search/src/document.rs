//! What the index holds of a recommendation.

/// A recommendation as the index sees it: its text and every value it can be filtered or
/// counted by.
#[derive(Debug, Clone, Default)]
pub struct IndexDocument {
    /// Database id.
    pub id: i64,
    /// Full text.
    pub text: String,
    /// Language of the text: `en`, `fr` or `es` (others are indexed as English).
    pub language: String,
    /// State under Review (ISO3).
    pub sur: String,
    /// Regional group of the SuR.
    pub sur_regional_group: String,
    /// Organisations of the SuR.
    pub sur_organisations: Vec<String>,
    /// Recommending States (ISO3).
    pub rs: Vec<String>,
    /// Regional groups of the recommending States.
    pub rs_regional_groups: Vec<String>,
    /// Organisations of the recommending States.
    pub rs_organisations: Vec<String>,
    /// Cycle.
    pub cycle: u8,
    /// Session.
    pub session: u16,
    /// Current position.
    pub response: Option<String>,
    /// UPR Info action category.
    pub action_category: Option<u8>,
    /// UPR Info issues.
    pub issues: Vec<String>,
    /// UHRI themes.
    pub themes: Vec<String>,
    /// UHRI groups of persons.
    pub groups_of_persons: Vec<String>,
    /// SDG goals.
    pub sdgs: Vec<u8>,
}

impl IndexDocument {
    /// Every (facet, value) pair of the document, as the facet counts and filters see them.
    pub fn facet_values(&self) -> Vec<(&'static str, String)> {
        let mut out = vec![
            ("sur", self.sur.clone()),
            ("sur_regional_group", self.sur_regional_group.clone()),
            ("cycle", self.cycle.to_string()),
            ("session", self.session.to_string()),
            ("response", self.response.clone().unwrap_or_else(|| "unknown".into())),
        ];
        if let Some(a) = self.action_category {
            out.push(("action_category", a.to_string()));
        }
        let mut many = |facet: &'static str, values: &[String]| {
            let mut seen: Vec<&String> = Vec::new();
            for v in values {
                if !v.is_empty() && !seen.contains(&v) {
                    seen.push(v);
                    out.push((facet, v.clone()));
                }
            }
        };
        many("sur_organisation", &self.sur_organisations);
        many("rs", &self.rs);
        many("rs_regional_group", &self.rs_regional_groups);
        many("rs_organisation", &self.rs_organisations);
        many("issues", &self.issues);
        many("themes", &self.themes);
        many("groups_of_persons", &self.groups_of_persons);
        let sdgs: Vec<String> = self.sdgs.iter().map(u8::to_string).collect();
        many("sdgs", &sdgs);
        out
    }
}

/// Facet names in display order.
pub const FACETS: [&str; 14] = [
    "sur",
    "rs",
    "sur_regional_group",
    "rs_regional_group",
    "sur_organisation",
    "rs_organisation",
    "cycle",
    "session",
    "response",
    "action_category",
    "issues",
    "themes",
    "groups_of_persons",
    "sdgs",
];
