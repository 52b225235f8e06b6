# Shared by every page: the layout, labels of values, errors.

## Layout
skip-to-content = Skip to content
nav-main = Main
nav-search = Search
nav-states = States
nav-statistics = Statistics
nav-calendar = Calendar
nav-account = Account
nav-import = Import
nav-organisations = Organisations
nav-coalitions = Coalitions
language-switch = Language
footer-sources = Recommendations: UN documents, coded by UPR Info. uprkit runs on your own machine; nothing is sent elsewhere.

## Positions
position-supported = Supported
position-partially-supported = Partially supported
position-noted = Noted
position-pending = Pending
position-unknown = Not known

## UPR Info's action categories (Edward McMahon's scale)
action-category-1 = Minimal action
action-category-2 = Continuing action
action-category-3 = Considering action
action-category-4 = General action
action-category-5 = Specific action
action-category-1-meaning = Asks the State under review to ask for help or to share information, no action of its own.
action-category-2-meaning = Asks the State to continue what it already does (verbs such as "continue", "maintain", "persevere").
action-category-3-meaning = Asks the State to consider or reflect on a change ("consider", "explore", "reflect upon").
action-category-4-meaning = Asks for action in general terms ("take measures", "ensure", "promote", "accelerate").
action-category-5-meaning = Asks for a specific, measurable action ("adopt a law", "ratify", "abolish", "establish").

## Facets and their values
facet-sur = State under Review
facet-rs = Recommending State
facet-sur-regional-group = Regional group (SuR)
facet-rs-regional-group = Regional group (recommending)
facet-sur-organisation = Organisations (SuR)
facet-rs-organisation = Organisations (recommending)
facet-cycle = Cycle
facet-session = Session
facet-response = Position
facet-action-category = Action category
facet-issues = Issue (UPR Info)
facet-themes = Theme (UHRI)
facet-groups-of-persons = Groups of persons
facet-sdgs = SDG
facet-coded-by = Coded by
facet-repeated = Recommended previously
facet-other = Other
label-cycle-n = Cycle { $n }
label-session-n = Session { $n }
label-sdg-n = SDG { $n }
coded-by-upr-info = UPR Info
coded-by-ohchr = OHCHR
coded-by-dihr = DIHR
coded-by-reviewed = Reviewed by a person
coded-by-suggested = Suggested by uprkit
repeated-yes = Recommended previously
repeated-no = First time
regional-group-africa = African
regional-group-asia = Asia-Pacific
regional-group-eeg = Eastern European
regional-group-grulac = Latin America & Caribbean
regional-group-weog = Western European & others
regional-group-observer = Observer

## Error pages
error-title = Error { $status }
error-back-home = Back to the home page
error-not-found = Not found
error-went-wrong = Something went wrong
error-no-such-record = No such record.
error-sign-in-first = Please sign in first.
error-bad-token = This API token is wrong, revoked or expired.
error-csrf = This form has expired or did not come from uprkit. Go back, reload the page and try again.
error-too-many = Too many attempts. Please wait { $seconds } seconds and try again.
error-internal = Something went wrong on the server; it has been logged.
