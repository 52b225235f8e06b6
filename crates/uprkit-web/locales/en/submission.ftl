# submission: the submission builder, the section editor, citations, versions.

## Builder
submission-back-to-workspace = The workspace
submission-builder-intro = The stakeholder submission on { $state }: its sections, the OHCHR checks and the annex.
submission-check-title = OHCHR checks
submission-check-words = Words
submission-check-limit = Limit
submission-check-joint = joint submission (5,630 words)
submission-check-single = submission by one organisation (2,815 words)
submission-check-left = Words left
submission-check-footnotes = Footnotes
submission-check-annex = Annex
submission-counted = counted
submission-not-counted = not counted
submission-check-deadline = Deadline
submission-check-no-deadline = not known yet
submission-days-left = { $days ->
    [one] { $days } day left
   *[other] { $days } days left
}
submission-days-ago = { $days ->
    [one] passed { $days } day ago
   *[other] passed { $days } days ago
}
submission-check-missing = Missing
submission-check-warnings = Warnings
submission-check-never-blocking = The checks warn; they never stop you from saving or exporting.
submission-missing-organisations = the organisations block
submission-missing-about = the paragraph on { $organisation }
submission-missing-key-words = key words
submission-missing-thematic = a thematic section
submission-missing-previous = a citation of a previous recommendation
submission-warning-over-limit = { $words } words: over the limit of { $limit }.
submission-warning-near-limit = { $words } words: close to the limit of { $limit }.
submission-warning-over-budget = A section is over its word budget.
submission-warning-budgets = The sections' budgets add up to more than the limit of { $limit } words.
submission-warning-deadline-passed = The deadline for submissions has passed.
submission-warning-deadline-soon = The deadline is in { $days } days.
submission-warning-missing = A required part is missing.
submission-organisations-block = Organisations and key words
submission-no-organisations = No organisation is named yet.
submission-key-words = Key words:
submission-no-key-words = none yet
submission-change-settings = Change the organisations, key words and counting rules
submission-add-about = Add the paragraph on { $organisation }
submission-sections = Sections
submission-no-sections = No section yet: add the first one below.
submission-field-title = Title
submission-field-kind = Kind
submission-field-assigned = Written by
submission-field-organisation = Organisation writing it
submission-field-person = Person writing it
submission-field-budget = Word budget
submission-field-state = State
submission-field-words = Words
submission-field-text = Text
submission-words-of-budget = { $words } of { $budget }
submission-over-budget = over budget
submission-kind-summary = Summary
submission-kind-about = Paragraph on an organisation
submission-kind-theme = Thematic section
submission-state-draft = draft
submission-state-in-review = in review
submission-state-final = final
submission-nobody = nobody yet
submission-download-docx = Download (Word)
submission-download-pdf = Download (PDF)
submission-add-section = Add a section
submission-add = Add the section
submission-import-title = Import a Word draft
submission-import-explain = Headings become sections; paragraphs, footnotes and citations are kept. At most { $megabytes } MB.
submission-import-file = Word file (.docx)
submission-import-button = Import
submission-import-done = { $sections ->
    [one] One section imported
   *[other] { $sections } sections imported
}, { $citations } citations recognised.
submission-import-choose = Choose a Word file (.docx).
submission-annex-title = Annex: Implementation of previous recommendations
submission-annex-empty = No recommendation is cited yet: cite one from a section's editor, or type its paragraph number (such as 115.24).
submission-no-paragraph = no paragraph number
submission-assessment = What became of it (the annex's assessment)
submission-assessment-save = Save the assessment
submission-no-assessment = No assessment yet.
submission-bad-kind = Kind: summary, about or theme.
submission-bad-state = State: draft, in review or final.
submission-bad-budget = The word budget is a whole number of words.
submission-bad-version = The form lacks the version it was opened on; reload the page.
submission-writers-only = Only editors of the workspace's organisations can change it.

## Editor
submission-conflict-title = Someone else saved this section first
submission-conflict-explain = Your save was refused so that nothing is lost: { $name } saved version { $version } on
submission-conflict-their-text = Their saved text (read only)
submission-conflict-yours-below = Your text is still in the box below: take what you need from theirs, then save again.
submission-toolbar = Formatting
submission-tool-bold = Bold
submission-tool-italic = Italic
submission-tool-list = List
submission-tool-link = Link
submission-tool-footnote = Footnote
submission-markup-help = Markup: a blank line between paragraphs, "- " at the start of list lines, **bold**, *italic*, [label](https://...), a footnote ^[its text]; type paragraph numbers such as 115.24 and they are linked.
submission-count-words = words in this section
submission-count-total = words in the submission
submission-save = Save
submission-versions = Versions
submission-delete = Delete the section
submission-preview = Preview (saved text)
submission-preview-empty = Nothing written yet.
submission-cite-title = Cite a recommendation
submission-cite-search = Search the recommendations to this State
submission-cite-find = Search
submission-cite-none = No recommendation found.
submission-cite-count = { $count } found; the previous cycle's first.
submission-cite-insert = Insert { $paragraph }
submission-cite-appends = "Insert" adds the citation at the end of the section's saved text.
submission-cycle = cycle { $cycle }
submission-delete-title = Delete the section?
submission-delete-confirm = "{ $title }" and all its versions will be deleted.
submission-cancel = Cancel

## Versions
submission-diff-title = Changes from version { $from } to version { $to }
submission-diff-from = From version
submission-diff-to = To version
submission-diff-compare = Compare
submission-diff-legend = Added text is underlined between [+ and +]; removed text is struck through between [- and -].
submission-diff-with-previous = Changes in version { $version }
submission-versions-saved = Saved versions
submission-version = Version
submission-saved-by = Saved by
submission-saved-at = Saved on
submission-remark = How
submission-actions = Actions
submission-current = current
submission-restore = Restore version { $version }
submission-remark-created = created
submission-remark-edited = edited
submission-remark-restored = restored version { $version }
