# The page of one recommendation (citation, sources, position history, coding, notes) and the
# review queue of suggested coding.

## Title and citation
recommendation-title-para = Recommendation { $paragraph } to { $state }, cycle { $cycle }
recommendation-title = Recommendation to { $state }, cycle { $cycle }, session { $session }
recommendation-back = ← All recommendations to { $state }
recommendation-cite-heading = How to cite it
recommendation-cite-report = Report of the Working Group on the Universal Periodic Review: { $state }
recommendation-para = para. { $paragraph }
recommendation-row = row { $row }
recommendation-no-paragraph = Its paragraph in the report is not known yet: no source that numbers the recommendations has been matched to this one.
recommendation-no-symbol = No imported source gives the symbol of the Working Group report of this review (session { $session }), and uprkit does not guess it. Importing OHCHR's report or thematic list of the review completes the citation.
recommendation-open-document = The link opens the document on the UN's document server.

## Facts
recommendation-sur = State under Review
recommendation-rs = Recommending States
recommendation-rs-unknown = Not recorded in the source
recommendation-cycle-session = Cycle and session
recommendation-cycle-session-value = Cycle { $cycle }, session { $session }
recommendation-paragraph = Paragraph
recommendation-position = Position
recommendation-position-unknown = Not known
recommendation-stated-in = stated in
recommendation-themes = Themes (UHRI)
recommendation-groups = Groups of persons
recommendation-action-category = Action category
recommendation-action-what = What this means
recommendation-action-scale = UPR Info codes every recommendation on a five-step scale by what it asks the State to do, from 1 (minimal action) to 5 (specific action).
recommendation-sources = Sources
recommendation-source-wg-report = OHCHR, Report of the Working Group
recommendation-source-thematic-list = OHCHR, thematic list of recommendations
recommendation-source-addendum = OHCHR, addendum to the report (views of the State under Review)
recommendation-source-document = UN document
recommendation-source-upr-info = UPR Info database export, { $year }
recommendation-source-dihr = DIHR SDG data (cycle { $cycle })
recommendation-source-citing = citing

## Position history
recommendation-history = Position history
recommendation-history-none = No position recorded yet.
recommendation-history-position = Position
recommendation-history-source = Stated in
recommendation-history-place = Where in it
recommendation-history-when = When stated
recommendation-history-imported = imported on { $date }
recommendation-when-undated = Not dated by this source
recommendation-when-wg = Working Group, session { $session } ({ $when })
recommendation-when-range = { $start } to { $end }
recommendation-when-hrc = Human Rights Council, session { $n } ({ $part ->
    [0] March
    [1] June
   *[other] September
} { $year })

## Coding
recommendation-coding = Coding
recommendation-coding-what = What
recommendation-coding-values = Values
recommendation-coding-origin = Where it comes from
recommendation-coding-none = None
recommendation-coding-sure = { $percent }% sure
recommendation-coding-sure-title = How sure the classifier is
recommendation-coding-review = Review this suggestion
recommendation-coding-set = Set it by hand
recommendation-coding-sdg-legend = SDG goals (none ticked: no SDG link)
recommendation-coding-issues-label = Issues, one per line
recommendation-coding-confirm = Confirm or save correction
recommendation-coding-save = Save
recommendation-coding-queue-link = Review queue: suggestions waiting, least sure first
recommendation-head-action-category = Action category
recommendation-head-issue = Issues
recommendation-head-sdg = SDG goals
recommendation-origin-source = From { $source }
recommendation-origin-confirmed = Confirmed by { $who } on { $date }
recommendation-origin-corrected = Corrected by { $who } on { $date }
recommendation-origin-suggested = Suggested by uprkit (model { $model }), not yet reviewed
recommendation-origin-none = Not coded

## Recommended previously
recommendation-repeats = Recommended previously
recommendation-repeats-none = This does not repeat a recommendation { $state } received in an earlier cycle.
recommendation-repeats-intro = { $state } received the same ask in an earlier cycle:
recommendation-repeats-match = match { $percent }%
recommendation-cycle-session-short = cycle { $cycle }, session { $session }

## Notes
recommendation-notes = Notes
recommendation-notes-none = No notes you can see.
recommendation-note-body = Note
recommendation-note-organisation = Organisation
recommendation-note-visibility = Who may see it
recommendation-note-coalition = Coalition
recommendation-note-add = Add note
recommendation-visibility-choice-private = Only my organisation
recommendation-visibility-choice-coalition = My organisation and a coalition
recommendation-visibility-choice-public = Everyone
recommendation-visibility-private = Private
recommendation-visibility-coalition = Shared with a coalition
recommendation-visibility-public = Public

## Similar recommendations
recommendation-related = Similar recommendations to { $state } in other cycles
recommendation-related-none = None found: this may be the first time this is recommended.

## Review queue of suggested coding
recommendation-queue-title = Review suggested coding
recommendation-queue-intro = uprkit suggests an action category, issues and SDG goals where no source coded a recommendation. { $n ->
    [0] No suggestion waits
    [one] One suggestion waits
   *[other] { $n } suggestions wait
} for a person, least sure first. Your decision is kept with your name, outlasts every new run of the classifier, and teaches its next training.
recommendation-queue-tabs = Which coding
recommendation-queue-all = All
recommendation-queue-none = Nothing waits for review.
recommendation-queue-session = { $state }, session { $session }
recommendation-queue-confirm = Confirm
recommendation-queue-correct = Correct on its page
recommendation-queue-pages = Pages
recommendation-queue-previous = ← Previous
recommendation-queue-next = Next →
recommendation-queue-page = Page { $page } of { $pages }
