# The home page: the State you work on, then what the database holds and a list of recommendations.

home-title = Your State's Universal Periodic Review
home-ask-heading = Which State do you work on?
home-ask-explainer = uprkit shows its next review, the deadline for your submission and the recommendations it received. Your choice is kept in this browser only.
home-ask-label = State
home-ask-button = Show its review
home-ask-hint = Any UN name in English, French or Spanish, a UPR Info spelling, or a code such as LKA.
home-change-label = Another State
home-change-button = Change
home-lead-heading = { $state }: the next review
home-lead-review = Cycle { $cycle }, session { $session }:
home-lead-deadline = Next deadline:
home-lead-no-plan = No review of { $state } is planned yet in uprkit's calendar.
home-lead-dashboard = Everything about { $state }
home-unknown = No State is called “{ $name }”.
home-unknown-none = Type a UN name or a code such as LKA.
home-unknown-did-you-mean = Did you mean:
home-stored = { $n ->
    [one] 1 recommendation in the database
   *[other] { $n } recommendations in the database
}
home-empty = The database is empty. Load the UPR Info data with the command “uprkit import upr-info FILE”, or start with “uprkit serve --demo”.
home-col-cycle = Cycle
home-col-recommendations = Recommendations
home-col-states = States under Review
home-col-supported = Supported
home-percent = { $n }%
home-filters = Recommendations
home-words = Words
home-words-example = e.g. torture
home-all-states = All States
home-all-cycles = All cycles
home-any-position = Any position
home-search = Search
home-matching = { $n ->
    [one] 1 matching recommendation
   *[other] { $n } matching recommendations
}
home-page-of = page { $page } of { $last }
home-from = from { $states }
home-from-unknown = from an unknown State
home-cycle-session = cycle { $cycle }, session { $session }
home-pages = Pages
home-previous = Previous
home-next = Next
