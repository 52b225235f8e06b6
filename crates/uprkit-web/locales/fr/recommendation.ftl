# La page d’une recommandation (citation, sources, historique de la position, codage, notes) et
# la file de relecture du codage suggéré.

## Titre et citation
recommendation-title-para = Recommandation { $paragraph } ({ $state }, cycle { $cycle })
recommendation-title = Recommandation ({ $state }, cycle { $cycle }, session { $session })
recommendation-back = ← Toutes les recommandations adressées à l’État examiné : { $state }
recommendation-cite-heading = Comment la citer
recommendation-cite-report = Rapport du Groupe de travail sur l’Examen périodique universel : { $state }
recommendation-para = par. { $paragraph }
recommendation-row = ligne { $row }
recommendation-no-paragraph = Son paragraphe dans le rapport n’est pas encore connu : aucune source qui numérote les recommandations n’a été rapprochée de celle-ci.
recommendation-no-symbol = Aucune source importée ne donne la cote du rapport du Groupe de travail pour cet examen (session { $session }), et uprkit ne la devine pas. Importer le rapport ou la liste thématique du HCDH pour cet examen complète la citation.
recommendation-open-document = Le lien ouvre le document sur le serveur de documents de l’ONU.

## Faits
recommendation-sur = État examiné
recommendation-rs = États auteurs de la recommandation
recommendation-rs-unknown = Non indiqués par la source
recommendation-cycle-session = Cycle et session
recommendation-cycle-session-value = Cycle { $cycle }, session { $session }
recommendation-paragraph = Paragraphe
recommendation-position = Position
recommendation-position-unknown = Inconnue
recommendation-stated-in = exprimée dans
recommendation-themes = Thèmes (Index universel des droits de l’homme)
recommendation-groups = Groupes de personnes
recommendation-action-category = Catégorie d’action
recommendation-action-what = Ce que cela signifie
recommendation-action-scale = UPR Info classe chaque recommandation sur une échelle de cinq degrés selon ce qu’elle demande à l’État, de 1 (action minimale) à 5 (action précise).
recommendation-sources = Sources
recommendation-source-wg-report = HCDH, Rapport du Groupe de travail
recommendation-source-thematic-list = HCDH, liste thématique des recommandations
recommendation-source-addendum = HCDH, additif au rapport (observations de l’État examiné)
recommendation-source-document = Document de l’ONU
recommendation-source-upr-info = Export de la base de données d’UPR Info, { $year }
recommendation-source-dihr = Données ODD de l’Institut danois des droits de l’homme (cycle { $cycle })
recommendation-source-citing = qui cite

## Historique de la position
recommendation-history = Historique de la position
recommendation-history-none = Aucune position enregistrée pour l’instant.
recommendation-history-position = Position
recommendation-history-source = Exprimée dans
recommendation-history-place = Où
recommendation-history-when = Quand
recommendation-history-imported = importée le { $date }
recommendation-when-undated = Non datée par cette source
recommendation-when-wg = Groupe de travail, session { $session } ({ $when })
recommendation-when-range = du { $start } au { $end }
recommendation-when-hrc = Conseil des droits de l’homme, { $n }e session ({ $part ->
    [0] mars
    [1] juin
   *[other] septembre
} { $year })

## Codage
recommendation-coding = Codage
recommendation-coding-what = Quoi
recommendation-coding-values = Valeurs
recommendation-coding-origin = D’où cela vient
recommendation-coding-none = Aucune valeur
recommendation-coding-sure = sûr à { $percent } %
recommendation-coding-sure-title = Degré de certitude du classificateur
recommendation-coding-review = Relire cette suggestion
recommendation-coding-set = La fixer à la main
recommendation-coding-sdg-legend = Objectifs de développement durable (aucun coché : pas de lien avec les ODD)
recommendation-coding-issues-label = Sujets, un par ligne
recommendation-coding-confirm = Confirmer ou enregistrer la correction
recommendation-coding-save = Enregistrer
recommendation-coding-queue-link = File de relecture : suggestions en attente, les moins sûres d’abord
recommendation-head-action-category = Catégorie d’action
recommendation-head-issue = Sujets
recommendation-head-sdg = Objectifs de développement durable
recommendation-origin-source = Source : { $source }
recommendation-origin-confirmed = Confirmé par { $who } le { $date }
recommendation-origin-corrected = Corrigé par { $who } le { $date }
recommendation-origin-suggested = Suggéré par uprkit (modèle { $model }), pas encore relu
recommendation-origin-none = Non codé

## Déjà recommandé
recommendation-repeats = Déjà recommandé
recommendation-repeats-none = Cette recommandation n’en répète aucune reçue lors d’un cycle précédent par l’État examiné ({ $state }).
recommendation-repeats-intro = L’État examiné ({ $state }) a reçu la même demande lors d’un cycle précédent :
recommendation-repeats-match = concordance { $percent } %
recommendation-cycle-session-short = cycle { $cycle }, session { $session }

## Notes
recommendation-notes = Notes
recommendation-notes-none = Aucune note visible pour vous.
recommendation-note-body = Note
recommendation-note-organisation = Organisation
recommendation-note-visibility = Qui peut la voir
recommendation-note-coalition = Coalition
recommendation-note-add = Ajouter la note
recommendation-visibility-choice-private = Seulement mon organisation
recommendation-visibility-choice-coalition = Mon organisation et une coalition
recommendation-visibility-choice-public = Tout le monde
recommendation-visibility-private = Privée
recommendation-visibility-coalition = Partagée avec une coalition
recommendation-visibility-public = Publique

## Recommandations semblables
recommendation-related = Recommandations semblables adressées à l’État examiné ({ $state }) lors d’autres cycles
recommendation-related-none = Aucune trouvée : c’est peut-être la première fois que cela est recommandé.

## File de relecture du codage suggéré
recommendation-queue-title = Relire le codage suggéré
recommendation-queue-intro = uprkit suggère une catégorie d’action, des sujets et des objectifs de développement durable lorsqu’aucune source n’a codé une recommandation. { $n ->
    [0] Aucune suggestion n’attend
    [one] Une suggestion attend
   *[other] { $n } suggestions attendent
} une personne, les moins sûres d’abord. Votre décision est conservée avec votre nom, survit à chaque nouvelle exécution du classificateur et sert à son prochain entraînement.
recommendation-queue-tabs = Quel codage
recommendation-queue-all = Tout
recommendation-queue-none = Rien n’attend de relecture.
recommendation-queue-session = { $state }, session { $session }
recommendation-queue-confirm = Confirmer
recommendation-queue-correct = Corriger sur sa page
recommendation-queue-pages = Pages
recommendation-queue-previous = ← Précédente
recommendation-queue-next = Suivante →
recommendation-queue-page = Page { $page } sur { $pages }
