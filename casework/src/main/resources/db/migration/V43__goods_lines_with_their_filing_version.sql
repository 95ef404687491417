-- Goods lines are written with their filing version, in its transaction (intake's FilingGoodsLines), no longer
-- projected by the dashboard on each view; so the per-version marker of that projection goes.
-- The versions stored before this release that the dashboard had not projected yet are queued here and written once
-- by GoodsLineBackfill when the application starts (SQL cannot read the filing documents the same way on H2 and
-- PostgreSQL); a version is taken off the queue with its lines, in one transaction.
create table filing_goods_line_backfill (
    mrn      varchar(18)  not null,
    version  integer      not null,
    primary key (mrn, version),
    foreign key (mrn, version) references filing_version (mrn, version)
);
insert into filing_goods_line_backfill (mrn, version)
select v.mrn, v.version from filing_version v
where not exists (select 1 from filing_version_projected p where p.mrn = v.mrn and p.version = v.version);
drop table filing_version_projected;

-- The gross mass of a goods line was written but never read: the dashboard counts consignments and goods items.
alter table filing_goods_line drop column gross_mass_kg;
