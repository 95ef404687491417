-- Every rule set version that goes live records why (the author's change note, or the files a directory change
-- touched), and whether its author went live over failing scenarios. The draft remembers the live version it was
-- started from, so that authors are warned when live moved on since.
alter table rule_set_activation add column note varchar(1000);
alter table rule_set_activation add column failing_scenarios integer;

create table rule_set_draft_base (
    directory     varchar(500) primary key,
    base_version  varchar(32)  not null,
    started_by    varchar(64)  not null,
    started_at    timestamp with time zone not null
);
