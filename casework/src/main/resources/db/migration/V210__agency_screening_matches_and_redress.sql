-- Watchlist matches belong to the agency whose assessment screened them: border police's assessment screens the
-- crew and passengers (its persons rules read the matches), customs' main assessment the parties. An agency's matches
-- are kept with its assessment, with the same columns as screening_match (list version, and the redress that set a
-- match aside).
create table agency_screening_match (
    assessment_id         bigint        not null references agency_assessment (id),
    position              integer       not null,
    list_name             varchar(100)  not null,
    entry_id              varchar(100)  not null,
    listed_name           varchar(300)  not null,
    subject_kind          varchar(16)   not null,
    subject_reference     varchar(300)  not null,
    subject_key           varchar(400)  not null,
    strength              varchar(16)   not null,
    score                 double precision not null,
    explanation           varchar(1000) not null,
    list_publisher        varchar(100),
    list_published_on     date,
    list_content_hash     varchar(64),
    set_aside_by          varchar(64),
    set_aside_at          timestamp with time zone,
    set_aside_reason      varchar(1000),
    set_aside_approved_by varchar(64),
    set_aside_approved_at timestamp with time zone,
    set_aside_until       date,
    primary key (assessment_id, position)
);

-- The agency whose officer marked the match (its supervisors approve, reject and revoke); null: the lead agency's
-- (customs'), as every record before agencies had their own matches.
alter table redress_record add column agency varchar(40);
