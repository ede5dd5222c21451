-- Drafts are private to their municipality until the coordinator shares them with the regional authority for
-- guidance, or submits them (issue 16 item 5; docs/domain.md "Sharing drafts for guidance").
-- Written for both PostgreSQL and H2 (PostgreSQL mode); sequences start at 50 for EclipseLink's blocks of 50.

-- Who shared the draft and when; null while it is private. Submitting keeps the flag (a withdrawn draft that had
-- been shared stays shared); unsharing clears it.
alter table programme add column shared_for_guidance_at timestamp with time zone;
alter table programme add column shared_by varchar(64);

-- Existing data: every draft becomes private, except a draft that had been submitted before and withdrawn
-- (submission_round > 0). The authority has already read a version of such a draft, and its officials may have
-- given guidance on it, so it is marked shared by the coordinator who withdrew it (the last withdrawal on its
-- timeline; the creator when the timeline has none), at the moment of that withdrawal (its last change otherwise).
-- Programmes in any other state are unchanged; the flag matters only for drafts.
update programme
   set shared_by = coalesce(
           (select max(e.actor) from programme_event e
             where e.programme_id = programme.id and e.action = 'WITHDRAW'
               and e.at = (select max(e2.at) from programme_event e2
                            where e2.programme_id = programme.id and e2.action = 'WITHDRAW')),
           created_by),
       shared_for_guidance_at = coalesce(
           (select max(e.at) from programme_event e
             where e.programme_id = programme.id and e.action = 'WITHDRAW'),
           changed_at)
 where status = 'DRAFT' and submission_round > 0;

-- Guidance notes: what an official of the authority serving the municipality writes on a shared draft, outside
-- any review round. Kept when the draft is unshared (officials see them again only while it is shared).
create sequence guidance_note_seq start with 50 increment by 50;
create table guidance_note (
    id            bigint        not null primary key,
    programme_id  bigint        not null references programme (id) on delete cascade,
    section_key   varchar(40),
    body          varchar(4000) not null,
    author        varchar(64)   not null,
    created_at    timestamp with time zone not null
);
create index guidance_note_programme_idx on guidance_note (programme_id, created_at);

-- Report snapshots: whether the programme was shared for guidance at the end of the period, so that a report
-- read by the authority or a manager leaves out drafts that were private then. Snapshots taken before this
-- migration: a draft counts as shared when its programme was marked shared above.
alter table snapshot_programme add column shared_for_guidance boolean not null default false;
update snapshot_programme
   set shared_for_guidance = true
 where status = 'DRAFT'
   and programme_id in (select id from programme where shared_for_guidance_at is not null);
