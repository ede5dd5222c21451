-- Single sign-on (docs/security.md): the provider's subject (the sub claim) an administrator links to an account.
-- Existing accounts have none and keep signing in as before (by password, or by e-mail when KOTO_OIDC_MATCH=email).
alter table user_account add column sso_subject varchar(255);
create unique index user_account_sso_subject on user_account (sso_subject);
