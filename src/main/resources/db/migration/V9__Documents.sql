-- Documents: programme attachments and the municipal decision document of a placement agreement.
-- Written for both PostgreSQL and H2 (PostgreSQL mode): bytea is PostgreSQL's byte string and H2 accepts it as
-- BINARY VARYING. EclipseLink reads a sequence value as the last id of its block of 50, so sequences start at 50.

create sequence stored_document_seq start with 50 increment by 50;
create table stored_document (
    id           bigint       not null primary key,
    file_name    varchar(255) not null,
    media_type   varchar(100) not null,
    size_bytes   bigint       not null,
    sha256       varchar(64)  not null,
    uploaded_by  varchar(64)  not null,
    uploaded_at  timestamp with time zone not null
);

-- The bytes apart from the facts, so that lists never read them.
create table document_content (
    document_id  bigint not null primary key references stored_document (id) on delete cascade,
    content      bytea  not null
);

create sequence programme_attachment_seq start with 50 increment by 50;
create table programme_attachment (
    id           bigint       not null primary key,
    programme_id bigint       not null references programme (id) on delete cascade,
    document_id  bigint       not null unique references stored_document (id),
    description  varchar(500)
);
create index programme_attachment_programme_idx on programme_attachment (programme_id);

-- At most one decision document per agreement; a new upload replaces it.
create table agreement_decision_document (
    agreement_id bigint not null primary key references placement_agreement (id),
    document_id  bigint not null unique references stored_document (id)
);
