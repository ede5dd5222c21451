-- Regional work-permit guidelines (alueellinen työlupalinjaus), docs/domain.md "Regional work-permit guidelines".
-- Written for both PostgreSQL and H2 (PostgreSQL mode); sequences start at 50 for EclipseLink's blocks of 50.

-- The occupation classification (ISCO-08, the codes of Statistics Finland's classification of occupations 2010),
-- loaded by V61 from db/reference/occupations_isco08.csv.
create table occupation (
    code        varchar(4)   not null primary key,
    level       integer      not null,
    parent_code varchar(4),
    title_fi    varchar(300),
    title_sv    varchar(300),
    title_en    varchar(300) not null
);

create sequence work_permit_guideline_seq start with 50 increment by 50;
create table work_permit_guideline (
    id                    bigint        not null primary key,
    valid_from            date          not null,
    valid_to              date          not null,
    situation_fi          varchar(20000),
    situation_sv          varchar(20000),
    status                varchar(20)   not null,
    consultation_deadline date,
    decided_on            date,
    decision_maker        varchar(200),
    decision_reference    varchar(100),
    effective_on          date,
    ended_on              date,
    previous_id           bigint references work_permit_guideline (id),
    reminded_at           timestamp with time zone,
    created_by            varchar(64)   not null,
    created_at            timestamp with time zone not null,
    changed_by            varchar(64)   not null,
    changed_at            timestamp with time zone not null,
    version               bigint        not null default 0
);
create index work_permit_guideline_status_idx on work_permit_guideline (status);

-- A joint guideline has several authorities; every participating authority's officials edit it.
create table work_permit_guideline_authority (
    guideline_id bigint not null references work_permit_guideline (id) on delete cascade,
    authority_id bigint not null references regional_authority (id),
    primary key (guideline_id, authority_id)
);
create index wpg_authority_idx on work_permit_guideline_authority (authority_id);

create sequence guideline_occupation_seq start with 50 increment by 50;
create table guideline_occupation (
    id               bigint        not null primary key,
    guideline_id     bigint        not null references work_permit_guideline (id) on delete cascade,
    occupation_code  varchar(4)    not null references occupation (code),
    justification_fi varchar(2000),
    justification_sv varchar(2000),
    unique (guideline_id, occupation_code)
);
create index guideline_occupation_code_idx on guideline_occupation (occupation_code);

-- A party heard in the consultation, with its statement (text and/or a document) once received.
create sequence consultation_party_seq start with 50 increment by 50;
create table consultation_party (
    id             bigint        not null primary key,
    guideline_id   bigint        not null references work_permit_guideline (id) on delete cascade,
    name           varchar(300)  not null,
    kind           varchar(40)   not null,
    added_by       varchar(64)   not null,
    added_at       timestamp with time zone not null,
    statement_on   date,
    statement_text varchar(20000),
    document_id    bigint references stored_document (id),
    recorded_by    varchar(64),
    recorded_at    timestamp with time zone,
    unique (guideline_id, name)
);

create sequence guideline_event_seq start with 50 increment by 50;
create table guideline_event (
    id           bigint        not null primary key,
    guideline_id bigint        not null references work_permit_guideline (id) on delete cascade,
    at           timestamp with time zone not null,
    actor        varchar(64)   not null,
    action       varchar(30)   not null,
    from_status  varchar(20),
    to_status    varchar(20)   not null,
    comment      varchar(4000)
);
create index guideline_event_guideline_idx on guideline_event (guideline_id);
