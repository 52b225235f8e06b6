# La page d'accueil : l'État sur lequel vous travaillez, puis le contenu de la base et une liste de recommandations.

home-title = L'Examen périodique universel de votre État
home-ask-heading = Sur quel État travaillez-vous ?
home-ask-explainer = uprkit affiche son prochain examen, la date limite de votre contribution et les recommandations qu'il a reçues. Votre choix n'est conservé que dans ce navigateur.
home-ask-label = État
home-ask-button = Voir son examen
home-ask-hint = Un nom de l'ONU en français, en anglais ou en espagnol, une graphie d'UPR Info ou un code comme LKA.
home-change-label = Un autre État
home-change-button = Changer
home-lead-heading = { $state } : le prochain examen
home-lead-review = Cycle { $cycle }, session { $session } :
home-lead-deadline = Prochaine échéance :
home-lead-no-plan = Aucun examen de l'État « { $state } » n'est encore prévu dans le calendrier d'uprkit.
home-lead-dashboard = Tout sur l'État « { $state } »
home-unknown = Aucun État ne s'appelle « { $name } ».
home-unknown-none = Saisissez un nom de l'ONU ou un code comme LKA.
home-unknown-did-you-mean = Vouliez-vous dire :
home-stored = { $n ->
    [one] { $n } recommandation dans la base
   *[other] { $n } recommandations dans la base
}
home-empty = La base est vide. Chargez les données d'UPR Info avec la commande « uprkit import upr-info FICHIER », ou commencez avec « uprkit serve --demo ».
home-col-cycle = Cycle
home-col-recommendations = Recommandations
home-col-states = États examinés
home-col-supported = Acceptées
home-percent = { $n } %
home-filters = Recommandations
home-words = Mots
home-words-example = p. ex. torture
home-all-states = Tous les États
home-all-cycles = Tous les cycles
home-any-position = Toute position
home-search = Rechercher
home-matching = { $n ->
    [one] { $n } recommandation trouvée
   *[other] { $n } recommandations trouvées
}
home-page-of = page { $page } sur { $last }
home-from = de : { $states }
home-from-unknown = d'un État inconnu
home-cycle-session = cycle { $cycle }, session { $session }
home-pages = Pages
home-previous = Précédente
home-next = Suivante
