# account: inicio de sesión, página de la cuenta, invitaciones, tokens de API, importación de un documento.

## Signing in
account-sign-in = Iniciar sesión
account-sign-in-explain = Al iniciar sesión verá las notas y los planes de su organización. Los datos de las Naciones Unidas están abiertos a todos, sin cuenta.
account-email = Correo electrónico
account-password = Contraseña
account-wrong-sign-in = El correo electrónico o la contraseña no son correctos.

## Account
account-back = Su cuenta
account-signed-in-as = Sesión iniciada como { $email }.
account-your-organisations = Sus organizaciones
account-no-organisation = Todavía no pertenece a ninguna organización: pida un enlace de invitación a una persona propietaria.
account-change-password = Cambiar la contraseña
account-current-password = Contraseña actual
account-new-password = Nueva contraseña (10 caracteres o más)
account-change-password-button = Cambiar la contraseña
account-current-password-wrong = La contraseña actual no es correcta.
account-sign-out = Cerrar sesión

## Invitations
account-invitation-title = Invitación
account-invitation-join = Unirse a { $organisation }
account-invitation-explain = Le invitan a unirse a { $organisation } en uprkit como { $role }. Este enlace sirve una sola vez.
account-your-name = Su nombre
account-invitation-refused = No se pueden usar este correo electrónico y esta contraseña. Si tiene una cuenta, indique su contraseña (o inicie sesión antes); si no, compruebe la dirección.

## API tokens
account-tokens-title = Tokens de API
account-tokens-explain-1 = Un token permite que un programa (un script, una hoja de cálculo, la herramienta de una coalición) use la
account-tokens-json-api = API JSON
account-tokens-explain-2 = en su nombre: envíelo como
account-tokens-header-example = Authorization: Bearer TOKEN
account-tokens-explain-3 = Ve y cambia lo que usted puede, nada más. Revóquelo cuando el programa ya no lo necesite.
account-tokens-new = Su nuevo token, que se muestra solo esta vez; cópielo ahora y guárdelo en secreto:
account-tokens-make = Crear un token
account-tokens-name = Para qué sirve
account-tokens-name-example = Seguimiento de la coalición
account-tokens-days = Válido durante (días; vacío: hasta que se revoque)
account-tokens-yours = Sus tokens
account-tokens-none = Todavía no hay tokens.
account-tokens-made = creado el { $date }
account-tokens-expires = caduca el { $date }
account-tokens-last-used = usado por última vez el { $date }
account-tokens-revoked = revocado el { $date }
account-tokens-bad-days = «{ $value }» no es un número de días.
account-tokens-revoke = Revocar

## Importing a document
account-import-title = Importar un documento del ACNUDH
account-import-explain = Un informe del Grupo de Trabajo, su adición o una lista temática del ACNUDH (PDF o DOCX), en cualquier orden: uprkit reconoce el tipo por su contenido y muestra lo que añadiría antes de escribir nada.
account-import-document = Documento
account-import-preview = Vista previa
account-import-confirm = Importarlo
account-import-another = Elegir otro archivo
account-import-would-add = Añadiría { $created } recomendaciones nuevas, actualizaría { $updated } y dejaría { $unchanged } sin cambios;
account-import-added = Se añadieron { $created } recomendaciones nuevas, se actualizaron { $updated } y { $unchanged } quedaron sin cambios;
account-import-positions = { $recorded } posiciones registradas, { $waiting } guardadas hasta que se publique su informe.
account-import-unknown = Esta carga es desconocida: vuelva a elegir el archivo.
account-import-choose-file = Elija un archivo PDF o DOCX.
account-import-expired = Esta carga ha caducado: vuelva a elegir el archivo.
