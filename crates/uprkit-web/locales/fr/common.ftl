# Partagé par toutes les pages : la mise en page, les libellés des valeurs, les erreurs.

## Mise en page
skip-to-content = Aller au contenu
nav-main = Principal
nav-search = Recherche
nav-states = États
nav-statistics = Statistiques
nav-calendar = Calendrier
nav-account = Compte
nav-import = Importer
nav-organisations = Organisations
nav-coalitions = Coalitions
language-switch = Langue
footer-sources = Recommandations : documents de l’ONU, codées par UPR Info. uprkit fonctionne sur votre propre machine ; rien n’est envoyé ailleurs.

## Positions
position-supported = Acceptée
position-partially-supported = Acceptée en partie
position-noted = Notée
position-pending = En attente
position-unknown = Inconnue

## Catégories d’action d’UPR Info (échelle d’Edward McMahon)
action-category-1 = Action minimale
action-category-2 = Action continue
action-category-3 = Action envisagée
action-category-4 = Action générale
action-category-5 = Action spécifique
action-category-1-meaning = Demande à l’État examiné de solliciter une aide ou de partager des informations, sans action propre.
action-category-2-meaning = Demande à l’État de poursuivre ce qu’il fait déjà (« poursuivre », « maintenir », « persévérer »).
action-category-3-meaning = Demande à l’État d’envisager un changement ou d’y réfléchir (« envisager », « étudier », « réfléchir à »).
action-category-4-meaning = Demande une action en termes généraux (« prendre des mesures », « veiller à », « promouvoir », « accélérer »).
action-category-5-meaning = Demande une action précise et mesurable (« adopter une loi », « ratifier », « abolir », « créer »).

## Facettes et leurs valeurs
facet-sur = État examiné
facet-rs = État auteur de la recommandation
facet-sur-regional-group = Groupe régional (État examiné)
facet-rs-regional-group = Groupe régional (État auteur)
facet-sur-organisation = Organisations (État examiné)
facet-rs-organisation = Organisations (État auteur)
facet-cycle = Cycle
facet-session = Session
facet-response = Position
facet-action-category = Catégorie d’action
facet-issues = Thème (UPR Info)
facet-themes = Thème (IUDH)
facet-groups-of-persons = Groupes de personnes
facet-sdgs = ODD
facet-coded-by = Codé par
facet-repeated = Déjà recommandée
facet-other = Autre
label-cycle-n = Cycle { $n }
label-session-n = Session { $n }
label-sdg-n = ODD { $n }
coded-by-upr-info = UPR Info
coded-by-ohchr = HCDH
coded-by-dihr = DIHR
coded-by-reviewed = Revu par une personne
coded-by-suggested = Suggéré par uprkit
repeated-yes = Déjà recommandée
repeated-no = Première fois
regional-group-africa = Afrique
regional-group-asia = Asie-Pacifique
regional-group-eeg = Europe orientale
regional-group-grulac = Amérique latine et Caraïbes
regional-group-weog = Europe occidentale et autres
regional-group-observer = Observateur

## Pages d’erreur
error-title = Erreur { $status }
error-back-home = Retour à l’accueil
error-not-found = Introuvable
error-went-wrong = Une erreur s’est produite
error-no-such-record = Aucun enregistrement de ce nom.
error-sign-in-first = Veuillez d’abord vous connecter.
error-bad-token = Ce jeton d’API est erroné, révoqué ou expiré.
error-csrf = Ce formulaire a expiré ou ne vient pas d’uprkit. Revenez en arrière, rechargez la page et réessayez.
error-too-many = Trop de tentatives. Veuillez patienter { $seconds } secondes et réessayer.
error-internal = Une erreur s’est produite sur le serveur ; elle a été consignée.
