# account: signing in, the account page, invitations, API tokens, importing a document.

## Signing in
account-sign-in = Sign in
account-sign-in-explain = Signing in shows your organisation's own notes and plans. The UN data is open to everyone without an account.
account-email = E-mail address
account-password = Password
account-wrong-sign-in = The e-mail address or the password is wrong.

## Account
account-back = Your account
account-signed-in-as = Signed in as { $email }.
account-your-organisations = Your organisations
account-no-organisation = You are not in an organisation yet: ask an owner for an invitation link.
account-change-password = Change your password
account-current-password = Current password
account-new-password = New password (10 characters or more)
account-change-password-button = Change password
account-current-password-wrong = The current password is wrong.
account-sign-out = Sign out

## Invitations
account-invitation-title = Invitation
account-invitation-join = Join { $organisation }
account-invitation-explain = You are invited to join { $organisation } on uprkit as { $role }. This link works once.
account-your-name = Your name
account-invitation-refused = This e-mail address and password cannot be used. If you have an account, give its password (or sign in first); otherwise check the address.

## API tokens
account-tokens-title = API tokens
account-tokens-explain-1 = A token lets a program (a script, a spreadsheet, a coalition's own tool) use the
account-tokens-json-api = JSON API
account-tokens-explain-2 = as you: send it as
account-tokens-header-example = Authorization: Bearer TOKEN
account-tokens-explain-3 = It sees and changes what you may, nothing more. Revoke it when the program no longer needs it.
account-tokens-new = Your new token, shown this once; copy it now and keep it secret:
account-tokens-make = Make a token
account-tokens-name = What it is for
account-tokens-name-example = Coalition tracker
account-tokens-days = Valid for (days; empty: until revoked)
account-tokens-yours = Your tokens
account-tokens-none = No tokens yet.
account-tokens-made = made { $date }
account-tokens-expires = expires { $date }
account-tokens-last-used = last used { $date }
account-tokens-revoked = revoked { $date }
account-tokens-bad-days = "{ $value }" is not a number of days.
account-tokens-revoke = Revoke

## Importing a document
account-import-title = Import an OHCHR document
account-import-explain = A Working Group report, its addendum or an OHCHR thematic list (PDF or DOCX), in any order: uprkit recognises the kind from the content and shows what it would add before anything is written.
account-import-document = Document
account-import-preview = Preview
account-import-confirm = Import it
account-import-another = Choose another file
account-import-would-add = Would add { $created } new recommendations, { $updated } updated, { $unchanged } unchanged;
account-import-added = Added { $created } new recommendations, { $updated } updated, { $unchanged } unchanged;
account-import-positions = { $recorded } positions recorded, { $waiting } kept until their report comes.
account-import-unknown = This upload is unknown: choose the file again.
account-import-choose-file = Choose a PDF or DOCX file.
account-import-expired = This upload has expired: choose the file again.
