//! People's review of suggestions: what the classifier and people said about a
//! recommendation, the queue of suggestions waiting (least sure first), and a decision.

use crate::{App, AppError};
use uprkit_core::classification::Head;
use uprkit_store::classification::{ClassificationView, NewDecision, QueueItem};
use uprkit_store::{Actor, Role};

/// Items per page of the review queue.
pub const QUEUE_PAGE: u32 = 25;

impl App {
    /// Suggestions and decisions on one recommendation (public: the coding is public data).
    pub async fn classification(&self, recommendation_id: i64) -> Result<ClassificationView, AppError> {
        self.store.recommendation(recommendation_id).await?.ok_or(AppError::NotFound)?;
        Ok(self.store.classification(recommendation_id).await?)
    }

    /// One page (from 1) of the suggestions nobody reviewed yet, least sure first, with the
    /// count of all of them. For the people who may decide ([`App::may_review_classification`]).
    pub async fn review_queue(
        &self,
        actor: &Actor,
        head: Option<Head>,
        page: u32,
    ) -> Result<(u64, Vec<QueueItem>), AppError> {
        may_review(actor)?;
        let offset = page.saturating_sub(1).saturating_mul(QUEUE_PAGE);
        Ok(self.store.review_queue(head, QUEUE_PAGE, offset).await?)
    }

    /// Whether the actor may confirm or correct suggestions.
    pub fn may_review_classification(&self, actor: &Actor) -> bool {
        may_review(actor).is_ok()
    }

    /// Confirms or corrects the coding of one head of a recommendation: `values` are the
    /// values the person settles on (empty: none, e.g. no SDG link). Kept with who and when,
    /// audited, outlasting every later `classify apply`, and learnt by the next training. A
    /// head a source coded cannot be decided here: sources are never overwritten.
    pub async fn decide_classification(
        &self,
        actor: &Actor,
        recommendation_id: i64,
        head: Head,
        values: &[String],
    ) -> Result<(), AppError> {
        may_review(actor)?;
        let current = self.classification(recommendation_id).await?;
        if current.coded_by_source.contains(&head) {
            return Err(AppError::Invalid(format!(
                "{} of this recommendation comes from its source and cannot be changed here",
                head.label()
            )));
        }
        let mut checked: Vec<String> = Vec::new();
        for v in values.iter().filter(|v| !v.trim().is_empty()) {
            let v = head.value(v).map_err(AppError::Invalid)?;
            if !checked.contains(&v) {
                checked.push(v);
            }
        }
        if head.single() && checked.len() != 1 {
            return Err(AppError::Invalid(format!("{} takes exactly one value", head.label())));
        }
        if checked.len() > 30 {
            return Err(AppError::Invalid("at most 30 values".into()));
        }
        let suggested: Vec<String> =
            current.suggestions.iter().filter(|s| s.head == head).map(|s| s.value.clone()).collect();
        let same = {
            let (mut a, mut b) = (suggested.clone(), checked.clone());
            a.sort();
            b.sort();
            a == b
        };
        let decision = if same { "confirmed" } else { "corrected" };
        let mut uow = self.begin(actor).await?;
        uow.decide(&NewDecision { recommendation_id, head, values: checked }, decision).await?;
        self.commit(uow).await
    }
}

/// Editors and owners of an organisation, and administrators, review suggestions.
fn may_review(actor: &Actor) -> Result<(), AppError> {
    if !actor.is_authenticated() {
        return Err(AppError::SignInNeeded);
    }
    let editor = actor.organisations().iter().any(|(_, role)| matches!(role, Role::Editor | Role::Owner));
    if actor.is_admin() || editor {
        Ok(())
    } else {
        Err(AppError::Forbidden("reviewing suggested coding is for editors and owners of an organisation".into()))
    }
}
