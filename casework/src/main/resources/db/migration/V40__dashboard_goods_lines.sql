-- The goods lines of each filing version, projected from its stored document for the supervisors' dashboard (top
-- origins, HS chapters) so that the figures come from SQL rather than from parsing every document on each view.
-- Filled by the dashboard's projection for every filing_version row it has not projected yet.
create table filing_goods_line (
    mrn                   varchar(18)   not null,
    version               integer       not null,
    consignment_position  integer       not null,
    line_position         integer       not null,
    loading_country       varchar(2),
    hs_chapter            varchar(2),
    gross_mass_kg         numeric(15, 3),
    primary key (mrn, version, consignment_position, line_position),
    foreign key (mrn, version) references filing_version (mrn, version)
);
create index ix_filing_goods_line_country on filing_goods_line (loading_country);
create index ix_filing_goods_line_chapter on filing_goods_line (hs_chapter);

-- Which filing versions have been projected (also those without goods lines).
create table filing_version_projected (
    mrn           varchar(18)  not null,
    version       integer      not null,
    projected_at  timestamp with time zone not null,
    primary key (mrn, version),
    foreign key (mrn, version) references filing_version (mrn, version)
);
