# The search page: the search box, the filter panel, the results, "did you mean".

search-title = Search
search-words = Words to search for
search-placeholder = Words, "a phrase", -exclude, tortur*
search-button = Search
search-hint-use = Use
search-hint-phrase-example = "quotes"
search-hint-phrase = for a phrase
search-hint-or-example = OR
search-hint-or = for either word
search-hint-exclude-example = -word
search-hint-exclude = to exclude
search-hint-prefix-example = word*
search-hint-prefix = for any ending

## The filter panel (a "Filters" button on phones)
search-filters = Filters
search-filters-active = { $n } active
search-facet-filter = Filter the list “{ $facet }”
search-facet-filter-placeholder = Type a name
search-facet-no-match = No value matches.
search-show-all = Show all { $n }
search-show-fewer = Show the top { $n }
search-apply = Apply filters
search-clear = Clear all

## Results
search-total = { $n ->
    [one] { $n } recommendation
   *[other] { $n } recommendations
}
search-sort = Sort
search-sort-relevance = Best match
search-sort-newest = Newest session
search-sort-sur = State under Review
search-words-ignored = “{ $q }” is too common to search for; showing every recommendation.
search-filtered-by = Filtered by
search-chip = { $facet }: { $value }
search-download-all = { $n ->
    [one] Download:
   *[other] Download all { $n }:
}
search-download-csv = CSV (Excel)
search-download-xlsx = XLSX
search-charts = Charts of this search
search-did-you-mean-before = Did you mean
search-did-you-mean-after = ?
search-did-you-mean-count = { $n ->
    [one] (1 recommendation)
   *[other] ({ $n } recommendations)
}
search-from = from { $states }
search-from-unknown = from an unknown State
search-cycle-session = cycle { $cycle }, session { $session }
search-suggested = suggested
search-suggested-title = Part of this coding is suggested by uprkit, not yet reviewed
search-nothing = Nothing matches. Remove a filter or try other words.
search-pages = Pages
search-previous = Previous
search-next = Next
search-page-of = Page { $page } of { $last }
