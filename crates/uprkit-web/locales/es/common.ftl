# Común a todas las páginas: el diseño, las etiquetas de los valores, los errores.

## Diseño
skip-to-content = Ir al contenido
nav-main = Principal
nav-search = Buscar
nav-states = Estados
nav-statistics = Estadísticas
nav-calendar = Calendario
nav-account = Cuenta
nav-import = Importar
nav-organisations = Organizaciones
nav-coalitions = Coaliciones
language-switch = Idioma
footer-sources = Recomendaciones: documentos de la ONU, codificadas por UPR Info. uprkit funciona en su propio equipo; no se envía nada a ningún otro lugar.

## Posiciones
position-supported = Aceptada
position-partially-supported = Aceptada en parte
position-noted = Anotada
position-pending = Pendiente
position-unknown = Desconocida

## Categorías de acción de UPR Info (escala de Edward McMahon)
action-category-1 = Acción mínima
action-category-2 = Acción continua
action-category-3 = Acción a considerar
action-category-4 = Acción general
action-category-5 = Acción específica
action-category-1-meaning = Pide al Estado examinado que solicite ayuda o comparta información, sin acción propia.
action-category-2-meaning = Pide al Estado que continúe lo que ya hace («continuar», «mantener», «perseverar»).
action-category-3-meaning = Pide al Estado que considere un cambio o reflexione sobre él («considerar», «estudiar», «reflexionar»).
action-category-4-meaning = Pide una acción en términos generales («adoptar medidas», «garantizar», «promover», «acelerar»).
action-category-5-meaning = Pide una acción concreta y medible («aprobar una ley», «ratificar», «abolir», «establecer»).

## Facetas y sus valores
facet-sur = Estado examinado
facet-rs = Estado recomendante
facet-sur-regional-group = Grupo regional (Estado examinado)
facet-rs-regional-group = Grupo regional (recomendante)
facet-sur-organisation = Organizaciones (Estado examinado)
facet-rs-organisation = Organizaciones (recomendante)
facet-cycle = Ciclo
facet-session = Período de sesiones
facet-response = Posición
facet-action-category = Categoría de acción
facet-issues = Tema (UPR Info)
facet-themes = Tema (IUDH)
facet-groups-of-persons = Grupos de personas
facet-sdgs = ODS
facet-coded-by = Codificado por
facet-repeated = Recomendada anteriormente
facet-other = Otro
label-cycle-n = Ciclo { $n }
label-session-n = Período de sesiones { $n }
label-sdg-n = ODS { $n }
coded-by-upr-info = UPR Info
coded-by-ohchr = ACNUDH
coded-by-dihr = DIHR
coded-by-reviewed = Revisado por una persona
coded-by-suggested = Sugerido por uprkit
repeated-yes = Recomendada anteriormente
repeated-no = Primera vez
regional-group-africa = África
regional-group-asia = Asia-Pacífico
regional-group-eeg = Europa Oriental
regional-group-grulac = América Latina y el Caribe
regional-group-weog = Europa Occidental y otros
regional-group-observer = Observador

## Páginas de error
error-title = Error { $status }
error-back-home = Volver a la página de inicio
error-not-found = No encontrado
error-went-wrong = Algo ha fallado
error-no-such-record = No existe ese registro.
error-sign-in-first = Inicie sesión primero.
error-bad-token = Este token de la API es incorrecto, está revocado o ha caducado.
error-csrf = Este formulario ha caducado o no procede de uprkit. Vuelva atrás, recargue la página e inténtelo de nuevo.
error-too-many = Demasiados intentos. Espere { $seconds } segundos e inténtelo de nuevo.
error-internal = Algo ha fallado en el servidor; se ha registrado.
