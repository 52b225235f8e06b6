# La page de recherche : la zone de recherche, le panneau des filtres, les résultats, « vouliez-vous dire ».

search-title = Recherche
search-words = Mots à rechercher
search-placeholder = Mots, "une expression", -exclure, tortur*
search-button = Rechercher
search-hint-use = Utilisez
search-hint-phrase-example = "guillemets"
search-hint-phrase = pour une expression exacte
search-hint-or-example = OR
search-hint-or = pour l’un ou l’autre mot
search-hint-exclude-example = -mot
search-hint-exclude = pour exclure un mot
search-hint-prefix-example = mot*
search-hint-prefix = pour toutes les terminaisons

## Le panneau des filtres (un bouton « Filtres » sur téléphone)
search-filters = Filtres
search-filters-active = { $n ->
    [one] { $n } actif
   *[other] { $n } actifs
}
search-facet-filter = Filtrer la liste « { $facet } »
search-facet-filter-placeholder = Saisissez un nom
search-facet-no-match = Aucune valeur ne correspond.
search-show-all = Tout afficher ({ $n })
search-show-fewer = N’afficher que les { $n } premiers
search-apply = Appliquer les filtres
search-clear = Tout effacer

## Résultats
search-total = { $n ->
    [one] { $n } recommandation
   *[other] { $n } recommandations
}
search-sort = Trier par
search-sort-relevance = Pertinence
search-sort-newest = Session la plus récente
search-sort-sur = État examiné
search-words-ignored = « { $q } » est trop courant pour être recherché ; toutes les recommandations sont affichées.
search-filtered-by = Filtres appliqués :
search-chip = { $facet } : { $value }
search-download-all = { $n ->
    [one] Télécharger :
   *[other] Télécharger les { $n } :
}
search-download-csv = CSV (Excel)
search-download-xlsx = XLSX
search-charts = Graphiques de cette recherche
search-did-you-mean-before = Vouliez-vous dire
search-did-you-mean-after = {"\u202F"}?
search-did-you-mean-count = { $n ->
    [one] (1 recommandation)
   *[other] ({ $n } recommandations)
}
search-from = par { $states }
search-from-unknown = par un État inconnu
search-cycle-session = cycle { $cycle }, session { $session }
search-suggested = suggéré
search-suggested-title = Une partie de ce codage est suggérée par uprkit et n’a pas encore été vérifiée
search-nothing = Aucun résultat. Retirez un filtre ou essayez d’autres mots.
search-pages = Pages
search-previous = Précédente
search-next = Suivante
search-page-of = Page { $page } sur { $last }
