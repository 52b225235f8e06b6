# The list of States, and a State's dashboard.

states-title = States
states-intro = 193 Member States and 2 observer States, by regional group, with the recommendations each received in this database.
states-next-review = Next review
states-submission-passed = The stakeholder submission deadline of this review has passed: prepare for the review itself and for lobbying.
states-plan = Review plan
states-plan-all = { $n ->
    [one] The whole review plan (1 step ahead)
   *[other] The whole review plan ({ $n } steps ahead)
}
states-previous-heading = Recommendations received in cycle { $cycle }
states-previous-fallback = The database holds no recommendations of cycle { $wanted } yet: these are from cycle { $cycle }, the latest it holds.
states-previous-all = { $n ->
    [one] The recommendation of cycle { $cycle }
   *[other] All { $n } recommendations of cycle { $cycle }
}
states-by-issue = By issue
states-by-theme = By theme
states-group-all = { $n ->
    [one] 1 recommendation on “{ $name }”
   *[other] All { $n } on “{ $name }”
}
states-documents = Latest documents
states-documents-none = No OHCHR document about { $state } has been imported yet.
states-imported-on = imported { $date }
states-as-sur = As State under Review
states-received = { $n ->
    [one] 1 recommendation received
   *[other] { $n } recommendations received
}
states-supported-share = { $share }% supported
states-no-positions = no positions known
states-per-cycle = Per cycle
states-top-issues = Top issues
states-top-recommenders = Top recommending States
states-as-rs = As recommending State
states-made = { $n ->
    [one] 1 recommendation made
   *[other] { $n } recommendations made
}
states-made-supported = { $share } by the States that received them.
states-made-to = To whom
states-made-on = On what
states-charts-received = Charts of the recommendations { $state } received
states-charts-made = of those it made
states-repeat-share = { $share }% of the recommendations received in cycle { $cycle } repeat an earlier one
states-repeat-of = ({ $repeated } of { $n })
states-previous-none-heading = Recommendations received
states-previous-none = The database holds no recommendations to { $state } yet.
states-previous-none-import = Import UPR Info data or OHCHR documents
